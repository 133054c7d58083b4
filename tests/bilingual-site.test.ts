import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { SyntaxValidator } from 'fast-xml-validator';
import { beforeAll, describe, expect, it } from 'vitest';
import { locales } from '../src/lib/i18n/locales';
import { basePath, localePath, pathLocale } from '../src/lib/i18n/paths';
import { containsPhrase, numbersIn, ownPhrases, textInPageLanguage } from './helpers/bilingual';
import { buildSite, page, root, type Build } from './helpers/build';
import { brokenReferences, htmlFiles, resolves } from './helpers/links';
import { openSearch } from './helpers/search';

/** The bundled site in English and Ukrainian: every page in both, each in its own language. */

const kyiv = '/briefs/2025-09-07-kyiv/';
const htmlFile = (path: string) => (path.endsWith('/') ? `${path.slice(1)}index.html` : path.slice(1));

let build: Build;
let pages: string[];
beforeAll(() => {
	build = buildSite(`${root}/content`);
	expect(build.status, build.output).toBe(0);
	const sitemap = build.read('sitemap-0.xml');
	pages = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]).pathname);
});

describe('every page in both languages', () => {
	it('has its twin in the other language, and the sitemap lists both as alternates', () => {
		const english = pages.filter((p) => pathLocale(p) === 'en');
		const ukrainian = pages.filter((p) => pathLocale(p) === 'uk');
		expect(english.length).toBeGreaterThan(20);
		expect(ukrainian.map(basePath).sort()).toEqual(english.sort());
		for (const path of pages) expect(existsSync(join(build.outDir, htmlFile(path))), path).toBe(true);
		const sitemap = build.read('sitemap-0.xml');
		expect(sitemap).toContain(`hreflang="uk" href="http://localhost:4321/uk${kyiv}"`);
		expect(build.read('uk/404/index.html')).toContain('Сторінку не знайдено');
	});

	it('links each page to its twin with hreflang, og:locale and the language switch', () => {
		for (const path of pages) {
			const { $ } = page(build.read(htmlFile(path)));
			const locale = pathLocale(path);
			expect($('html').attr('lang'), path).toBe(locale);
			for (const l of locales) expect($(`link[rel=alternate][hreflang=${l}]`).attr('href'), path).toBe(`http://localhost:4321${localePath(basePath(path), l)}`);
			expect($('link[rel=alternate][hreflang=x-default]').attr('href')).toBe(`http://localhost:4321${basePath(path)}`);
			expect($('meta[property="og:locale"]').attr('content')).toBe(locale === 'uk' ? 'uk_UA' : 'en_GB');
			const other = locale === 'uk' ? 'en' : 'uk';
			expect($(`.language-switch a[hreflang=${other}]`).attr('href'), path).toBe(localePath(basePath(path), other));
		}
	});

	it('names only addresses the build has a file for: links, assets, canonical, og:url, og:image, on every page', () => {
		expect(htmlFiles(build.outDir)).toEqual(expect.arrayContaining(['404.html', 'uk/404/index.html', 'uk/stats/index.html']));
		expect(brokenReferences(build.outDir, 'http://localhost:4321/')).toEqual({});
	});

	it('links each 404 page to its twin and to itself at the address it is served from', () => {
		const twins = { en: '/404.html', uk: '/uk/404/' };
		for (const [locale, file] of [['en', '404.html'], ['uk', 'uk/404/index.html']] as const) {
			const { $ } = page(build.read(file));
			const other = locale === 'en' ? 'uk' : 'en';
			expect($(`.language-switch a[hreflang=${other}]`).attr('href'), file).toBe(twins[other]);
			expect($('link[rel=canonical]').attr('href'), file).toBe(`http://localhost:4321${twins[locale]}`);
			expect($('meta[property="og:url"]').attr('content'), file).toBe(`http://localhost:4321${twins[locale]}`);
			for (const l of locales) expect($(`link[rel=alternate][hreflang=${l}]`).attr('href'), file).toBe(`http://localhost:4321${twins[l]}`);
			expect(resolves(build.outDir, twins[other])).toBe(true);
		}
	});

	it('shows no interface word of the other language outside elements marked with its lang', () => {
		const foreign = { en: ownPhrases('uk'), uk: ownPhrases('en') };
		expect(foreign.uk).toContain('Killed');
		expect(foreign.en).toContain('щонайменше');
		// The same reading finds each language's own words on its own pages.
		const own = textInPageLanguage(build.read(htmlFile(kyiv))).text;
		expect(foreign.uk.filter((phrase) => containsPhrase(own, phrase)).length).toBeGreaterThan(20);
		// Every page built, the 404 pages (which the sitemap leaves out) too.
		const files = htmlFiles(build.outDir);
		expect(files).toEqual(expect.arrayContaining(['uk/404/index.html', 'uk/stats/index.html', 'uk/data/index.html', 'uk/search/index.html', 'uk/about/index.html']));
		for (const file of files) {
			const { lang, text } = textInPageLanguage(build.read(file));
			const found = foreign[lang as 'en' | 'uk'].filter((phrase) => containsPhrase(text, phrase));
			expect(found, file).toEqual([]);
		}
	});
});

describe('the Kyiv brief in Ukrainian', () => {
	const read = (path: string) => page(build.read(htmlFile(path)));

	it('reads in Ukrainian: its translated title and summary, "щонайменше 2", the Cabinet of Ministers', () => {
		const { $, text } = read(`/uk${kyiv}`);
		expect($('html').attr('lang')).toBe('uk');
		expect($('h1').text()).toBe('Рекордна атака дронів і ракет на Київ: влучання в Кабінет Міністрів');
		expect($('h1').attr('lang')).toBeUndefined();
		expect($('.summary').text()).toContain('У Києві загинули мати та її немовля');
		expect(text).toContain('щонайменше 2');
		expect(text).toContain('Кабінет Міністрів');
		expect(text).toContain('7 вересня 2025 р.');
		expect(text).not.toContain('не перекладено');
		// A source's English title keeps its language.
		expect($('#source-metro [lang=en]').text()).toContain('Bodies of baby and mother');
		// Ukrainian dates end in "р.", which closes the sentence: no doubled full stop, no run-on.
		expect($('.cite p').text().replace(/\s+/g, ' ')).toContain('Востаннє оновлено 7 вересня 2025 р. Ця довідка як дані:');
		expect($('.cite-text').text()).toContain('востаннє оновлено 7 вересня 2025 р. http://');
		expect($('.cite-text').text()).not.toContain('р..');
	});

	it('shows the same figures as the English page, in both panels', () => {
		const [english, ukrainian] = [read(kyiv), read(`/uk${kyiv}`)];
		expect(ukrainian.casualties().map((row) => numbersIn(row, 'uk'))).toEqual(english.casualties().map((row) => numbersIn(row, 'en')));
		const cells = (p: ReturnType<typeof read>, locale: 'en' | 'uk') => p.munitions().map((row) => row.slice(1).map((cell) => numbersIn(cell, locale)));
		expect(cells(ukrainian, 'uk')).toEqual(cells(english, 'en'));
		expect(ukrainian.munitions()[0].slice(1)).toEqual(['805–810 (джерела розходяться: 805[1]; 810[2])', '747[1][2]', '92,2%–92,8%']);
	});

	it('has its own card, and structured data naming it a translation of the English page', () => {
		const { $ } = read(`/uk${kyiv}`);
		expect($('meta[property="og:image"]').attr('content')).toBe('http://localhost:4321/uk/og/2025-09-07-kyiv.png');
		expect(existsSync(join(build.outDir, 'uk/og/2025-09-07-kyiv.png'))).toBe(true);
		expect($('meta[property="og:image:alt"]').attr('content')).toContain('Щонайменше 2 загинули');
		const jsonLd = JSON.parse($('script[type="application/ld+json"]').text());
		expect(jsonLd.inLanguage).toBe('uk');
		expect(jsonLd.translationOfWork.url).toBe(`http://localhost:4321${kyiv}`);
		const original = JSON.parse(read(kyiv).$('script[type="application/ld+json"]').text());
		expect(original.inLanguage).toBe('en');
		expect(original.workTranslation.map((w: { url: string }) => w.url)).toEqual([`http://localhost:4321/uk${kyiv}`]);
	});

	it('is in the Ukrainian feed and the Ukrainian search, found by a stem through prefix matching', async () => {
		const feed = build.read('uk/rss.xml');
		expect(SyntaxValidator.validate(feed)).toBe(true);
		const channel = new XMLParser({ ignoreAttributes: false }).parse(feed).rss.channel;
		// The channel points at the Ukrainian home page and at itself.
		expect(channel.link).toBe('http://localhost:4321/uk/');
		expect(channel['atom:link']).toMatchObject({ '@_href': 'http://localhost:4321/uk/rss.xml', '@_rel': 'self' });
		expect(new XMLParser().parse(build.read('rss.xml')).rss.channel.link).toBe('http://localhost:4321/');
		expect(feed).toContain('<title>Довідки про атаки</title>');
		expect(feed).toContain(`<link>http://localhost:4321/uk${kyiv}</link>`);
		expect(feed).toContain('<language>uk</language>');
		const search = await openSearch(build.outDir, 'uk');
		try {
			expect((await search.search('Київ')).map((hit) => hit.url)).toEqual([`/uk${kyiv}`]);
			// Pagefind has no Ukrainian stemmer: "Києві" is found by its beginning, "Киє".
			const [hit] = await search.search('Киє');
			expect(hit?.url).toBe(`/uk${kyiv}`);
			expect((hit as unknown as { excerpt: string }).excerpt).toMatch(/<mark>Києв/);
		} finally {
			await search.close();
		}
		const english = await openSearch(build.outDir, 'en');
		try {
			expect((await english.search('Kyiv')).map((hit) => hit.url)).toEqual([kyiv]);
		} finally {
			await english.close();
		}
	});
});

describe('the stats page in Ukrainian', () => {
	it('gives its tables, charts and their text alternatives in Ukrainian numbers', () => {
		const { $, text } = page(build.read('uk/stats/index.html'));
		expect($('h1').text()).toBe('Підсумки й тенденції');
		expect(text).toContain('Запущені засоби ураження за місяцями');
		expect($('#casualties-chart-desc').text()).toMatch(/^Загиблі й поранені за місяцями, вересень 2025 р\./);
		expect($('#by-region').parent().text()).toContain('Київ');
	});
});

describe('the data page in Ukrainian', () => {
	it('closes the sentence of its date once: "станом на 7 вересня 2025 р. Ліцензія", and the English one with its full stop', () => {
		const lede = (file: string) => page(build.read(file)).$('.lede').text().replace(/\s+/g, ' ');
		expect(lede('uk/data/index.html')).toContain('станом на 7 вересня 2025 р. Ліцензія');
		expect(lede('uk/data/index.html')).not.toContain('р..');
		expect(lede('data/index.html')).toMatch(/7 September 2025\. \S/);
	});
});
