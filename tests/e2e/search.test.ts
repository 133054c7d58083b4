import { describe, expect, it } from 'vitest';
import { useBrowser } from './helpers/browser';
import { kyiv } from './helpers/kyiv';

const { siteUrl, open } = useBrowser();

describe('search', () => {
	it('finds the Kyiv brief by words from its text, on the site alone and within the policy', async () => {
		const { page, requests, errors } = await open('/search/');
		expect(errors, 'loading the search page').toEqual([]);
		await page.locator('.pagefind-ui__search-input').fill('Cabinet of Ministers');
		const result = page.getByRole('link', { name: kyiv.title });
		await result.first().waitFor();
		expect(new URL((await result.first().getAttribute('href')) ?? '', siteUrl).pathname).toBe(kyiv.path);
		await result.first().click();
		await page.waitForURL(new URL(kyiv.path, siteUrl).href);
		expect(requests.filter((r) => new URL(r.url).origin !== new URL(siteUrl).origin)).toEqual([]);
		expect(requests.some((r) => r.url.includes('/pagefind/'))).toBe(true);
		expect(errors).toEqual([]);
		await page.close();
	});

	it('searches the Ukrainian briefs from /uk/search/, in Pagefind’s Ukrainian interface', async () => {
		const { page, requests, errors } = await open('/uk/search/');
		expect(errors, 'loading the search page').toEqual([]);
		const input = page.locator('.pagefind-ui__search-input');
		expect(await input.getAttribute('placeholder')).toBe('Пошук');
		await input.fill('Кабінет Міністрів');
		const result = page.getByRole('link', { name: kyiv.titleUk });
		await result.first().waitFor();
		expect(new URL((await result.first().getAttribute('href')) ?? '', siteUrl).pathname).toBe(`/uk${kyiv.path}`);
		expect(requests.filter((r) => new URL(r.url).origin !== new URL(siteUrl).origin)).toEqual([]);
		expect(errors).toEqual([]);
		await page.close();
	});

	it('holds the search box’s space before Pagefind mounts it, so the footer does not move', async () => {
		const { page } = await open('/search/');
		// The space held by the stylesheet alone, as the page first lays out.
		const reserved = await page.locator('#search').evaluate((el) => parseFloat(getComputedStyle(el).minHeight));
		await page.locator('.pagefind-ui__search-input').waitFor();
		const mounted = await page.locator('#search').evaluate((el) => el.getBoundingClientRect().height);
		expect(reserved).toBeGreaterThan(0);
		expect(mounted).toBeLessThanOrEqual(reserved);
		await page.close();
	});
});
