import { describe, expect, it } from 'vitest';
import { sitemapOptions, type SitemapItem } from '../src/lib/sitemap.ts';

const site = 'https://example.org';
const urls = ['/', '/uk/', '/briefs/a/', '/uk/briefs/a/', '/years/2025/', '/uk/years/2025/', '/only-en/', '/data/briefs.csv', '/404/', '/uk/404/', '/rss.xml'].map((path) => `${site}${path}`);

function sitemap(options = sitemapOptions(), pages = urls) {
	const kept = pages.filter((url) => options.filter(url));
	return kept.map((url) => options.serialize<SitemapItem>({ url }));
}

describe('the sitemap', () => {
	it('lists pages only: no data files, feeds or 404 pages in any language', () => {
		expect(sitemap().map((item) => item.url.slice(site.length))).toEqual(['/', '/uk/', '/briefs/a/', '/uk/briefs/a/', '/years/2025/', '/uk/years/2025/', '/only-en/']);
	});

	it('gives each page its twins in every language, in the order the integration sorts addresses', () => {
		const items = sitemap();
		const links = (path: string) => items.find((item) => item.url === `${site}${path}`)?.links;
		const both = (en: string, uk: string) => [{ url: `${site}${en}`, lang: 'en' }, { url: `${site}${uk}`, lang: 'uk' }];
		expect(links('/uk/briefs/a/')).toEqual(both('/briefs/a/', '/uk/briefs/a/'));
		expect(links('/')).toEqual(both('/', '/uk/'));
		// "…/uk/years/" sorts before "…/years/".
		expect(links('/years/2025/')).toEqual(both('/years/2025/', '/uk/years/2025/').reverse());
	});

	it('links no twin that is not in the sitemap', () => {
		expect(sitemap().find((item) => item.url === `${site}/only-en/`)?.links).toBeUndefined();
	});

	it('starts afresh for another build in the same process', () => {
		const options = sitemapOptions();
		sitemap(options);
		const second = sitemap(options, [`${site}/briefs/a/`]);
		expect(second).toEqual([{ url: `${site}/briefs/a/` }]);
	});
});
