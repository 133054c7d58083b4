import { describe, expect, it } from 'vitest';
import { useBrowser } from './helpers/browser';
import { kyiv } from './helpers/kyiv';

const { siteUrl, open } = useBrowser();

describe('a reader', () => {
	it('goes from the home page to a brief and back', async () => {
		const { page } = await open('/');
		await page.getByRole('link', { name: kyiv.title }).click();
		await page.waitForURL(new URL(kyiv.path, siteUrl).href);
		expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(kyiv.title);
		await page.goBack();
		await page.waitForURL(new URL('/', siteUrl).href);
		expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Incident Briefs');
		await page.close();
	});

	it('follows a figure to its source, which links to where it was published', async () => {
		const { page } = await open(kyiv.path);
		await page.getByRole('link', { name: 'source 2', exact: true }).first().click();
		await page.waitForURL(new URL(`${kyiv.path}#source-air-force`, siteUrl).href);
		const target = page.locator(':target');
		expect(await target.textContent()).toContain(kyiv.airForce.publisher);
		const inView = await target.evaluate((el) => {
			const box = el.getBoundingClientRect();
			return box.top > -1 && box.top < innerHeight;
		});
		expect(inView).toBe(true);
		expect(await target.getByRole('link', { name: 'original post' }).getAttribute('href')).toBe(kyiv.airForce.url);
		await page.close();
	});
});
