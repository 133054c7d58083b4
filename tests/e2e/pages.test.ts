import { beforeAll, describe, expect, inject, it } from 'vitest';
import { useBrowser, type Visit } from './helpers/browser';
import { accessibilityViolations, executableScripts } from './helpers/checks';
import { basePath, localePath, pathLocale } from '../../src/lib/i18n/paths';
import { samplePages, sitePaths } from './helpers/site-pages';

const { siteUrl, open } = useBrowser();
const origin = new URL(siteUrl).origin;
const missing = '/no-such-page/';
const paths = [...samplePages(sitePaths(inject('siteDir')), 5), missing];

describe('the pages of the built site', () => {
	it('include every kind of page', () => {
		for (const path of ['/', '/about/', '/briefs/', '/briefs/2025-09-07-kyiv/']) {
			expect(paths).toContain(path);
			expect(paths).toContain(localePath(path, 'uk'));
		}
	});
});

interface Seen {
	visit: Omit<Visit, 'page'>;
	lang: string | null;
	scripts: string[];
	violations: { light: string[]; dark: string[] };
	scrollWidthAt360: number;
}

describe.each(paths)('%s', (path) => {
	const seen = {} as Seen;
	beforeAll(async () => {
		const { page, ...visit } = await open(path);
		seen.visit = visit;
		seen.lang = await page.getAttribute('html', 'lang');
		seen.scripts = await executableScripts(page);
		const light = await accessibilityViolations(page);
		await page.close();
		const dark = await open(path, { colorScheme: 'dark' });
		seen.violations = { light, dark: await accessibilityViolations(dark.page) };
		await dark.page.close();
		const phone = await open(path, { width: 360 });
		seen.scrollWidthAt360 = await phone.page.evaluate(() => document.documentElement.scrollWidth);
		await phone.page.close();
	});

	it('is served', () => {
		expect(seen.visit.status).toBe(path === missing ? 404 : 200);
	});

	it.each(['light', 'dark'] as const)('has no WCAG 2.2 AA violations in the %s colour scheme', (scheme) => {
		expect(seen.violations[scheme]).toEqual([]);
	});

	it('declares its language', () => {
		expect(seen.lang).toBe(path === missing ? 'en' : pathLocale(path));
	});

	it('loads nothing from another origin', () => {
		expect(seen.visit.requests.length).toBeGreaterThan(0);
		expect(seen.visit.requests.filter((r) => new URL(r.url).origin !== origin)).toEqual([]);
	});

	it('reports no error and no Content-Security-Policy violation', () => {
		const documentNotFound = /status of 404/;
		expect(path === missing ? seen.visit.errors.filter((e) => !documentNotFound.test(e)) : seen.visit.errors).toEqual([]);
	});

	if (basePath(path) !== '/search/') {
		it('loads no JavaScript', () => {
			expect(seen.visit.requests.filter((r) => r.type === 'script')).toEqual([]);
			expect(seen.scripts).toEqual([]);
		});
	}

	it('fits a 360 px screen without horizontal scrolling', () => {
		expect(seen.scrollWidthAt360).toBeLessThanOrEqual(360);
	});
});
