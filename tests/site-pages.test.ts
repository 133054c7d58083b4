import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pageKind, samplePages, sitePaths } from './e2e/helpers/site-pages';

/** How the browser suite picks the pages it visits. */
describe('sitePaths', () => {
	const site = () => {
		const dir = mkdtempSync(join(tmpdir(), 'briefs-pages-'));
		for (const folder of ['', 'about', 'briefs/2020-01-01-a']) {
			mkdirSync(join(dir, folder), { recursive: true });
			writeFileSync(join(dir, folder, 'index.html'), '<!doctype html>');
		}
		writeFileSync(join(dir, '404.html'), '<!doctype html>');
		return dir;
	};

	it('lists every index.html as a page address when there is no sitemap', () => {
		expect(sitePaths(site())).toEqual(['/', '/about/', '/briefs/2020-01-01-a/']);
	});

	it('reads the sitemap when there is one', () => {
		const dir = site();
		writeFileSync(
			join(dir, 'sitemap-index.xml'),
			'<?xml version="1.0"?><sitemapindex><sitemap><loc>https://briefs.example/sitemap-0.xml</loc></sitemap></sitemapindex>',
		);
		writeFileSync(
			join(dir, 'sitemap-0.xml'),
			'<?xml version="1.0"?><urlset><url><loc>https://briefs.example/</loc></url><url><loc>https://briefs.example/stats/</loc></url></urlset>',
		);
		expect(sitePaths(dir)).toEqual(['/', '/stats/']);
	});
});

describe('samplePages', () => {
	it('groups nested pages by their parent', () => {
		expect(['/', '/briefs/', '/briefs/2020-01-01-a/', '/tags/kyiv/'].map(pageKind)).toEqual(['/', '/briefs/', '/briefs/*/', '/tags/*/']);
	});

	it('keeps small kinds whole and spreads a sample over large ones', () => {
		const briefs = Array.from({ length: 12 }, (_, i) => `/briefs/b${String(i).padStart(2, '0')}/`);
		expect(samplePages(['/', '/briefs/', ...briefs], 5)).toEqual([
			'/',
			'/briefs/',
			'/briefs/b00/',
			'/briefs/b03/',
			'/briefs/b06/',
			'/briefs/b08/',
			'/briefs/b11/',
		]);
	});
});
