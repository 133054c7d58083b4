import type { Server } from 'node:http';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite } from '../helpers/build';
import { writeSyntheticContent } from '../helpers/synthetic';
import { useBrowser } from './helpers/browser';
import { kyiv } from './helpers/kyiv';
import { serve } from './helpers/serve';

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

describe('search over an archive of many years (one index per language and year)', () => {
	const briefs = 24;
	let sample: { url: string; server: Server; years: Map<string, number> };
	beforeAll(async () => {
		const dir = mkdtempSync(join(tmpdir(), 'briefs-e2e-years-'));
		const written = writeSyntheticContent(dir, { briefs, seed: 5, words: [30, 60] });
		const build = buildSite(dir);
		if (build.status !== 0) throw new Error(`astro build failed:\n${build.output}`);
		const years = new Map<string, number>();
		for (const year of written.map((brief) => brief.slug.slice(0, 4))) years.set(year, (years.get(year) ?? 0) + 1);
		sample = { ...(await serve(build.outDir)), years };
	});
	afterAll(() => new Promise<void>((resolve) => (sample ? sample.server.close(() => resolve()) : resolve())));

	it('shows one list of results from every year, and its year filter narrows that list', async () => {
		expect(sample.years.size).toBeGreaterThan(2);
		const { page, errors } = await open(new URL('/search/', sample.url).href);
		await page.locator('.pagefind-ui__search-input').fill('Testville');
		const message = page.locator('.pagefind-ui__message');
		// Every year's bundle loads before the first results: wait for the message, not for a speed.
		const settled = { timeout: 20_000 };
		await expect.poll(() => message.textContent(), settled).toBe(`${briefs} results for Testville`);
		const [year, count] = [...sample.years].sort((a, b) => b[1] - a[1])[0];
		await page.locator('.pagefind-ui__filter-name', { hasText: 'year' }).click();
		await page.getByLabel(new RegExp(`^${year}`)).check();
		await expect.poll(() => message.textContent(), settled).toBe(`${count} result${count === 1 ? '' : 's'} for Testville`);
		const links = await page.locator('.pagefind-ui__result-link').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
		// The list shows its first results only (Pagefind's page size), every one of them from that year.
		expect(links.length).toBeGreaterThan(0);
		for (const link of links) expect(link).toMatch(new RegExp(`^/briefs/${year}-`));
		expect(errors).toEqual([]);
		await page.close();
	});
});
