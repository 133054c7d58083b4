import { describe, expect, it } from 'vitest';
import { useBrowser } from './helpers/browser';
import { contrastRatio } from './helpers/checks';
import { kyiv } from './helpers/kyiv';

const { open } = useBrowser();

describe('a printed brief', () => {
	it('keeps the figures and sources and drops the navigation', async () => {
		const { page } = await open(kyiv.path);
		const nav = page.getByRole('navigation', { name: 'Main' });
		const parts = [
			page.getByRole('heading', { level: 1 }),
			page.locator('.figures'),
			page.getByRole('table').first(),
			page.getByRole('region', { name: 'Sources' }),
		];
		expect(await nav.isVisible()).toBe(true);
		await page.emulateMedia({ media: 'print' });
		expect(await nav.isVisible()).toBe(false);
		expect(await page.locator('.site-footer').isVisible()).toBe(false);
		for (const part of parts) expect(await part.isVisible()).toBe(true);
		const printedAddress = await page
			.getByRole('link', { name: 'original post' })
			.evaluate((link) => getComputedStyle(link, '::after').content);
		expect(printedAddress).toContain(kyiv.airForce.url);
		await page.close();
	});

	it('prints dark text on white paper from a screen in the dark colour scheme', async () => {
		const { page } = await open(kyiv.path, { colorScheme: 'dark' });
		const colours = () => page.evaluate(() => [getComputedStyle(document.body).color, getComputedStyle(document.querySelector('.summary')!).color]);
		const [screenText] = await colours();
		expect(contrastRatio(screenText, 'rgb(255, 255, 255)')).toBeLessThan(3);
		await page.emulateMedia({ media: 'print' });
		for (const text of await colours()) expect(contrastRatio(text, 'rgb(255, 255, 255)')).toBeGreaterThanOrEqual(7);
		await page.close();
	});
});
