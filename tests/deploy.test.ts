import { load } from 'cheerio';
import { XMLParser } from 'fast-xml-parser';
import { SyntaxValidator } from 'fast-xml-validator';
import { beforeAll, describe, expect, it } from 'vitest';
import { siteUrlWarning } from '../src/site';
import { buildSite, root, type Build } from './helpers/build';

/** What a deployed site tells crawlers, feed readers, unfurlers and reference managers. */

const siteUrl = 'https://briefs.example/';
const brief = '2020-01-01-testville';

describe('a site built for deployment (SITE_URL set)', () => {
	let build: Build;
	beforeAll(() => {
		build = buildSite(`${root}/tests/fixtures/basic`, { SITE_URL: siteUrl });
		expect(build.status, build.output).toBe(0);
	}, 180_000);

	it('names its sitemap in robots.txt', () => {
		expect(build.read('robots.txt')).toBe(`User-agent: *\nAllow: /\n\nSitemap: ${siteUrl}sitemap-index.xml\n`);
	});

	it('gives each brief page its <lastmod> in the sitemap, from updated or date', () => {
		const urls = new XMLParser().parse(build.read('sitemap-0.xml')).urlset.url as { loc: string; lastmod?: string }[];
		const lastmod = (path: string) => urls.find((u) => u.loc === `${siteUrl}${path}`)?.lastmod;
		expect(lastmod(`briefs/${brief}/`)).toMatch(/^2020-01-0\d/);
		expect(lastmod('briefs/2020-01-03-single-source/')).toBe('2020-01-03T00:00:00.000Z');
		expect(lastmod('')).toBe([...urls.map((u) => u.lastmod).filter(Boolean)].sort().at(-1));
		// The Ukrainian page of a brief, translated or not, changes with it.
		expect(lastmod(`uk/briefs/${brief}/`)).toBe(lastmod(`briefs/${brief}/`));
		expect(build.read('sitemap-0.xml')).toContain(`<xhtml:link rel="alternate" hreflang="uk" href="${siteUrl}uk/briefs/${brief}/"/>`);
	});

	it('says the RSS feed’s own address (atom:link rel=self) and when it last changed', () => {
		const xml = build.read('rss.xml');
		const channel = new XMLParser({ ignoreAttributes: false }).parse(xml).rss.channel;
		expect(channel['atom:link']).toMatchObject({ '@_href': `${siteUrl}rss.xml`, '@_rel': 'self', '@_type': 'application/rss+xml' });
		expect(channel.lastBuildDate).toBe('Fri, 03 Jan 2020 00:00:00 GMT');
		expect(xml).toContain('xmlns:atom="http://www.w3.org/2005/Atom"');
	});

	it('gives the Ukrainian feed its own address, the Ukrainian home page and Ukrainian pages', () => {
		const xml = build.read('uk/rss.xml');
		expect(SyntaxValidator.validate(xml)).toBe(true);
		const channel = new XMLParser({ ignoreAttributes: false }).parse(xml).rss.channel;
		expect(channel['atom:link']).toMatchObject({ '@_href': `${siteUrl}uk/rss.xml`, '@_rel': 'self', '@_type': 'application/rss+xml' });
		expect([channel.link, channel.language, channel.lastBuildDate]).toEqual([`${siteUrl}uk/`, 'uk', 'Fri, 03 Jan 2020 00:00:00 GMT']);
		const links = [channel.item].flat().map((item: { link: string }) => item.link);
		expect(links).toContain(`${siteUrl}uk/briefs/${brief}/`);
		expect(links.every((link) => link.startsWith(`${siteUrl}uk/briefs/`))).toBe(true);
	});

	it('describes a brief as a NewsArticle with dates, author, a publisher with a logo, and its card as image', () => {
		const $ = load(build.read(`briefs/${brief}/index.html`));
		const data = JSON.parse($('script[type="application/ld+json"]').text());
		expect(data.datePublished).toBe('2020-01-01');
		expect(data.dateModified).toMatch(/^2020-01-0\d$/);
		expect(data.image).toBe(`${siteUrl}og/${brief}.png`);
		expect(data.author).toEqual({ '@type': 'Organization', name: 'Incident Briefs', url: siteUrl, logo: { '@type': 'ImageObject', url: `${siteUrl}logo.png` } });
		expect(data.publisher).toEqual(data.author);
		expect(build.list('').includes('logo.png')).toBe(true);
		expect($('meta[property="article:published_time"]').attr('content')).toBe('2020-01-01');
		expect($('meta[property="article:modified_time"]').attr('content')).toBe(data.dateModified);
	});

	it('lets a reference manager take title, date, publisher and address from the meta tags', () => {
		const $ = load(build.read(`briefs/${brief}/index.html`));
		// As Zotero's embedded-metadata reader does: citation_* first, then Dublin Core (DC.*, declared by schema.DC).
		const meta = (name: string) => $(`meta[name="${name}"]`).attr('content');
		expect($('link[rel="schema.DC"]').attr('href')).toBe('http://purl.org/dc/elements/1.1/');
		const item = {
			title: meta('citation_title') ?? meta('DC.title'),
			date: meta('citation_publication_date') ?? meta('DC.date'),
			publisher: meta('citation_publisher') ?? meta('DC.publisher'),
			url: meta('citation_fulltext_html_url') ?? meta('DC.identifier'),
			language: meta('citation_language') ?? meta('DC.language'),
		};
		expect(item).toEqual({
			title: $('h1').first().text(),
			date: '2020/01/01',
			publisher: 'Incident Briefs',
			url: `${siteUrl}briefs/${brief}/`,
			language: 'en',
		});
		expect([meta('DC.title'), meta('DC.date'), meta('DC.identifier'), meta('DC.rights')]).toEqual([
			item.title,
			'2020-01-01',
			item.url,
			'https://creativecommons.org/licenses/by/4.0/',
		]);
	});

	it('describes an untranslated brief’s Ukrainian page by its own address and card, its text as English', () => {
		const $ = load(build.read(`uk/briefs/${brief}/index.html`));
		const data = JSON.parse($('script[type="application/ld+json"]').text());
		const meta = (name: string) => $(`meta[name="${name}"]`).attr('content');
		const url = `${siteUrl}uk/briefs/${brief}/`;
		expect([data['@type'], data.url, data.inLanguage, data.datePublished, data.image]).toEqual(['NewsArticle', url, 'en', '2020-01-01', `${siteUrl}uk/og/${brief}.png`]);
		expect(data.dateModified).toMatch(/^2020-01-0\d$/);
		expect(data.publisher).toEqual({ '@type': 'Organization', name: 'Довідки про атаки', url: `${siteUrl}uk/`, logo: { '@type': 'ImageObject', url: `${siteUrl}logo.png` } });
		expect(build.list('uk/og')).toContain(`${brief}.png`);
		expect($('meta[property="og:image"]').attr('content')).toBe(data.image);
		expect([meta('citation_language'), meta('DC.language'), meta('citation_fulltext_html_url'), meta('DC.identifier')]).toEqual(['en', 'en', url, url]);
		expect(meta('citation_title')).toBe($('h1').first().text());
	});

	it('loads the search page’s stylesheet in the head, not the body', () => {
		const $ = load(build.read('search/index.html'));
		expect($('link[rel="stylesheet"]').map((_, el) => $(el).attr('href')).get()).not.toContain('/pagefind/pagefind-ui.css');
		expect($('body link[rel="stylesheet"], body style')).toHaveLength(0);
		// The search box's space is held before Pagefind mounts it, so the footer does not shift.
		const css = [
			...$('style').map((_, el) => $(el).text()).get(),
			...$('link[rel="stylesheet"][href^="/_astro/"]').map((_, el) => build.read($(el).attr('href')!.slice(1))).get(),
		].join('\n');
		expect(css).toMatch(/\.search(?:\[[^\]]+\])?\{min-height:3\.5rem\}/);
		expect(css).toContain('.pagefind-ui__search-input');
	});
});

describe('a build without SITE_URL', () => {
	it('is warned about, naming what breaks', () => {
		expect(siteUrlWarning({ SITE_URL: siteUrl })).toBeUndefined();
		expect(siteUrlWarning({})).toMatch(/SITE_URL is not set.*http:\/\/localhost:4321\/.*\n.*canonical links, og:url and og:image.*JSON-LD, the RSS feed, the sitemap/s);
	});
});
