import { describe, expect, it } from 'vitest';
import { boundsText, shareText } from '../src/lib/figure';
import { en, enNouns } from '../src/lib/i18n/en';
import { countOf, dateText, formatCount, monthText } from '../src/lib/i18n/format';
import { dictionaries, fill, intlLocale, locales, nouns, useTranslations } from '../src/lib/i18n/index';
import { alternatePaths, basePath, localePath, pathLocale } from '../src/lib/i18n/paths';
import { scriptLang } from '../src/lib/i18n/text-lang';
import { uk } from '../src/lib/i18n/uk';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
const nbsp = '\u00a0';

describe('the dictionaries', () => {
	it('give every English key in Ukrainian, none empty', () => {
		expect(Object.keys(uk).sort()).toEqual(Object.keys(en).sort());
		for (const [key, value] of Object.entries(uk)) expect(value.trim(), key).not.toBe('');
	});

	it('fill the same values in both languages, except where Ukrainian words a count without its noun', () => {
		// A Ukrainian sentence may take the bare number ({count}) where English takes "n briefs" ({briefs}):
		// the case a noun would need after the preposition is avoided, so pages pass both.
		const alike = (names: string[]) => names.map((n) => (n === 'count' || n === 'briefs' || n.endsWith('Count') || n === 'entries' ? 'n' : n));
		for (const key of Object.keys(en) as (keyof typeof en)[]) {
			expect([...new Set(alike(placeholders(uk[key])))], key).toEqual([...new Set(alike(placeholders(en[key])))]);
		}
	});

	it('have a form of every counted noun for each plural category of the language', () => {
		for (const locale of locales) {
			const categories = new Intl.PluralRules(intlLocale[locale]).resolvedOptions().pluralCategories;
			for (const noun of Object.keys(enNouns) as (keyof typeof enNouns)[]) {
				for (const category of categories) expect(nouns[locale][noun][category], `${locale} ${noun} ${category}`).toBeTruthy();
			}
		}
	});

	it('refuse to leave a placeholder blank', () => {
		expect(() => useTranslations('uk')('pager.range', { from: 1, to: 2 })).toThrow('needs {total}');
		expect(fill('{a} and {b}', { a: 1, b: 'two' })).toBe('1 and two');
		expect(dictionaries.uk['nav.briefs']).toBe('Довідки');
	});
});

describe('Ukrainian numbers, dates and plurals', () => {
	it('group thousands with a no-break space and write dates as Ukrainian does', () => {
		expect(formatCount(1905, 'uk')).toBe(`1${nbsp}905`);
		expect(formatCount(1905, 'en')).toBe('1,905');
		expect(dateText('2025-09-07', 'uk')).toBe('7 вересня 2025 р.');
		expect(dateText('2025-09-07', 'en')).toBe('7 September 2025');
		expect(monthText('2025-09', 'uk')).toBe('вересень 2025 р.');
	});

	it('choose one, few and many as Intl.PluralRules does', () => {
		expect(['1', '3', '5', '11', '21', '22', '1905'].map((n) => countOf(Number(n), 'brief', 'uk'))).toEqual([
			'1 довідка',
			'3 довідки',
			'5 довідок',
			'11 довідок',
			'21 довідка',
			'22 довідки',
			`1${nbsp}905 довідок`,
		]);
		expect([1, 2].map((n) => countOf(n, 'brief', 'en'))).toEqual(['1 brief', '2 briefs']);
	});
});

describe('figures in Ukrainian', () => {
	it('read "щонайменше 2", "805–810" and Ukrainian decimals', () => {
		expect(boundsText({ min: 2 }, 'uk')).toBe('щонайменше 2');
		expect(boundsText({ min: 805, max: 810 }, 'uk')).toBe('805–810');
		expect(boundsText({ min: 1905, max: 1905 }, 'uk')).toBe(`1${nbsp}905`);
		expect(boundsText({ min: 2 })).toBe('at least 2');
		expect(shareText({ min: 92.2, max: 92.8 }, 'uk')).toBe('92,2%–92,8%');
		expect(shareText({ min: 92.2, max: 92.8 })).toBe('92.2%–92.8%');
		expect(shareText({ min: 50 }, 'uk')).toBe('щонайменше 50%');
	});

	it('say when sources disagree', () => {
		expect(useTranslations('uk')('figure.sourcesDiffer')).toBe('джерела розходяться:');
	});
});

describe('paths in two languages', () => {
	it('keep English at the root and put Ukrainian under /uk/', () => {
		expect(localePath('/stats/', 'uk')).toBe('/uk/stats/');
		expect(localePath('/stats/', 'en')).toBe('/stats/');
		expect(pathLocale('/uk/briefs/x/')).toBe('uk');
		expect(pathLocale('/ukraine/')).toBe('en');
		expect(basePath('/uk/')).toBe('/');
		expect(alternatePaths('/uk/regions/kyiv-city/2/')).toEqual({ en: '/regions/kyiv-city/2/', uk: '/uk/regions/kyiv-city/2/' });
	});

	it('send the 404 pages to the files they are built as: /404.html in English, /uk/404/ in Ukrainian', () => {
		const twins = { en: '/404.html', uk: '/uk/404/' };
		for (const path of ['/404/', '/404.html', '/uk/404/', '/uk/404']) expect(alternatePaths(path), path).toEqual(twins);
	});

	it('tell a text written in Cyrillic from one in Latin letters', () => {
		expect(scriptLang('Повітряні сили')).toBe('uk');
		expect(scriptLang('Metro')).toBe('en');
	});
});
