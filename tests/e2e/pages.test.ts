import { describe, expect, inject, it } from 'vitest';
import { useBrowser } from './helpers/browser';
import { accessibilityViolations, executableScripts } from './helpers/checks';
import { samplePages, sitePaths } from './helpers/site-pages';

const { siteUrl, open } = useBrowser();
const origin = new URL(siteUrl).origin;
const missing = '/no-such-page/';
const paths = [...samplePages(sitePaths(inject('siteDir')), 5), missing];

describe('the pages of the built site', () => {
	it('include every kind of page', () => {
		for (const path of ['/', '/about/', '/briefs/', '/briefs/2025-09-07-kyiv/']) expect(paths).toContain(path);
	});
});

describe.each(paths)('%s', (path) => {
	it.each(['light', 'dark'] as const)('has no WCAG 2.2 AA violations in the %s colour scheme', async (colorScheme) => {
		const { page, status } = await open(path, { colorScheme });
		expect(status).toBe(path === missing ? 404 : 200);
		expect(await accessibilityViolations(page)).toEqual([]);
		await page.close();
	});

	it('declares English, loads nothing from another origin, and breaks no policy', async () => {
		const { page, requests, errors } = await open(path);
		expect(await page.getAttribute('html', 'lang')).toBe('en');
		expect(requests.length).toBeGreaterThan(0);
		expect(requests.filter((r) => new URL(r.url).origin !== origin)).toEqual([]);
		const documentNotFound = /status of 404/;
		expect(path === missing ? errors.filter((e) => !documentNotFound.test(e)) : errors).toEqual([]);
		await page.close();
	});

	if (path !== '/search/') {
		it('loads no JavaScript', async () => {
			const { page, requests } = await open(path);
			expect(requests.filter((r) => r.type === 'script')).toEqual([]);
			expect(await executableScripts(page)).toEqual([]);
			await page.close();
		});
	}

	it('fits a 360 px screen without horizontal scrolling', async () => {
		const { page } = await open(path, { width: 360 });
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
		await page.close();
	});
});
