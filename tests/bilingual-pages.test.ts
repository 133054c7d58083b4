import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { textInPageLanguage } from './helpers/bilingual';
import { buildSite, page, root, type Build } from './helpers/build';

/**
 * Ukrainian pages of briefs with and without a translation (the fixture content, one brief given an
 * invented translation that its original was updated after): no page claims one language for another's text.
 */

const staleTranslation = `---
title: Вигадана довідка з одним джерелом
summary: Вигадана довідка, що цитує одне джерело.
translated: 2020-01-10
---

ВИГАДАНИЙ-ПЕРЕКЛАД.
`;

/** Leaves out the place, the target and the claim's note: the page shows the original's, marked lang="en". */
const partialTranslation = `---
title: Вигаданий інцидент у Тествілі
summary: Вигаданий інцидент для тестів. Нічого з цього не сталося.
translated: 2020-01-03
location: { detail: Вигадана вулиця }
notes:
  corrections[0]: Вигадане виправлення.
---

ЧАСТКОВИЙ-ПЕРЕКЛАД.
`;

let build: Build;
beforeAll(() => {
	const dir = mkdtempSync(join(tmpdir(), 'bilingual-pages-'));
	cpSync(join(root, 'tests/fixtures/basic'), dir, { recursive: true });
	const original = join(dir, 'briefs/2020-01-03-single-source.mdx');
	writeFileSync(original, readFileSync(original, 'utf8').replace('date: 2020-01-03\n', 'date: 2020-01-03\nupdated: 2020-02-01\n'));
	writeFileSync(join(dir, 'briefs/2020-01-03-single-source.uk.mdx'), staleTranslation);
	writeFileSync(join(dir, 'briefs/2020-01-01-testville.uk.mdx'), partialTranslation);
	build = buildSite(dir);
	expect(build.status, build.output).toBe(0);
});

describe('a brief without a translation, on its Ukrainian page', () => {
	it('keeps its English text, marked lang="en", in a Ukrainian interface, and says it is not translated yet', () => {
		const { $ } = page(build.read('uk/briefs/2020-01-02-rule-first/index.html'));
		expect($('html').attr('lang')).toBe('uk');
		expect($('h1').attr('lang')).toBe('en');
		expect($('h1').text()).toBe('Fictional brief whose body opens with a rule');
		expect($('.summary').attr('lang')).toBe('en');
		expect($('section.body').attr('lang')).toBe('en');
		expect($('.translation-notice').text()).toContain('ще не перекладено українською');
		expect($('#figures-heading').text()).toBe('Цифри');
		// The citations mark the brief's title English, not the Ukrainian words around it.
		expect($('.cite-bibtex').attr('lang')).toBeUndefined();
		expect($('.cite-bibtex [lang=en]').text()).toBe('Fictional brief whose body opens with a rule');
		expect($('.cite-bibtex').text()).toContain('author = {{Довідки про атаки}}');
		// Outside the marked elements the page speaks Ukrainian only: not one English word of the brief.
		expect(textInPageLanguage(build.read('uk/briefs/2020-01-02-rule-first/index.html')).text).not.toMatch(/Fictional|opens with a rule/);
		const jsonLd = JSON.parse($('script[type="application/ld+json"]').text());
		expect(jsonLd.inLanguage).toBe('en');
		expect(jsonLd.translationOfWork).toBeUndefined();
	});

	it('is listed in Ukrainian listings with its title marked English', () => {
		const { $ } = page(build.read('uk/briefs/index.html'));
		expect($('a[href="/uk/briefs/2020-01-02-rule-first/"]').attr('lang')).toBe('en');
		expect($('a[href="/uk/briefs/2020-01-03-single-source/"]').attr('lang')).toBeUndefined();
	});
});

describe('a translation its original was updated after', () => {
	it('is shown in Ukrainian with a notice that it may be out of date, and the original’s figures', () => {
		const { $, text, casualties } = page(build.read('uk/briefs/2020-01-03-single-source/index.html'));
		expect($('h1').text()).toBe('Вигадана довідка з одним джерелом');
		expect($('h1').attr('lang')).toBeUndefined();
		expect(text).toContain('ВИГАДАНИЙ-ПЕРЕКЛАД');
		expect($('.translation-notice').text()).toContain('може бути застарілим');
		expect(casualties()).toEqual(['Загинули: 0[1]', 'Поранені: 7[1]']);
	});

	it('leaves the English page in English, with no notice', () => {
		const { $, text } = page(build.read('briefs/2020-01-03-single-source/index.html'));
		expect($('html').attr('lang')).toBe('en');
		expect($('.translation-notice').length).toBe(0);
		expect(text).toContain('SINGLE-SOURCE-BODY');
		const jsonLd = JSON.parse($('script[type="application/ld+json"]').text());
		expect(jsonLd.workTranslation).toEqual([expect.objectContaining({ url: 'http://localhost:4321/uk/briefs/2020-01-03-single-source/', inLanguage: 'uk' })]);
	});
});

describe('a translation that leaves some of the original’s words', () => {
	it('marks each of them lang="en", and nothing it translated', () => {
		const html = build.read('uk/briefs/2020-01-01-testville/index.html');
		const { $ } = page(html);
		expect($('h1').text()).toBe('Вигаданий інцидент у Тествілі');
		expect($('h1').attr('lang')).toBeUndefined();
		const place = $('.brief-meta span');
		expect(place.filter((_, el) => $(el).text() === 'Testville').attr('lang')).toBe('en');
		expect(place.filter((_, el) => $(el).text() === 'Вигадана вулиця').attr('lang')).toBeUndefined();
		expect($('#targets-heading').parent().find('li').attr('lang')).toBe('en');
		expect($('.claims span[lang=en]').text().trim()).toBe('preliminary');
		expect($('section[aria-labelledby=corrections-heading] li span').attr('lang')).toBeUndefined();
		expect($('section[aria-labelledby=corrections-heading]').text()).toContain('Вигадане виправлення.');
		// None of the original's words left unmarked.
		expect(textInPageLanguage(html).text).not.toMatch(/Testville|water tower|preliminary/);
	});
});
