import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { figuresOf, type Brief } from '../src/lib/brief';
import { resolveFigure } from '../src/lib/figure';
import { checkContent } from '../src/lib/content';
import { isStale, noteKeys, textIn, translateBrief, translationFileName, untranslated, type BriefTranslation } from '../src/lib/translation';
import { formatProblem } from '../src/lib/check/problem';
import { root } from './helpers/build';
import { writeSyntheticContent } from './helpers/synthetic';
import { writeSyntheticTranslations } from './helpers/synthetic-translations';

const originals = checkContent(join(root, 'tests/fixtures/basic'), { today: '2025-01-01' }).briefs.map((b) => b.brief!);
const testville = originals.find((b) => b.location.place === 'Testville')!;
const kyiv = checkContent(join(root, 'content')).briefs[0].brief!;

/** Everything of a brief that is not text a reader sees: figures without their notes, dates, ids, URLs. */
function facts(brief: Brief) {
	const soleSource = brief.sources.length === 1 ? brief.sources[0].id : undefined;
	return {
		figures: figuresOf(brief).map(({ path, figure }) => {
			const { note: _, claims, ...resolved } = resolveFigure(figure, soleSource);
			return { path, ...resolved, claims: claims.map(({ note: __, ...claim }) => claim) };
		}),
		date: brief.date,
		time: brief.time,
		updated: brief.updated,
		status: brief.status,
		where: [brief.location.country, brief.location.region, brief.location.coordinates],
		munitions: brief.munitions?.map((m) => [m.type, m.includes]),
		sources: brief.sources.map(({ id, publisher, title, url, published, archive }) => ({ id, publisher, title, url, published, archive })),
		tags: brief.tags,
		corrections: brief.corrections?.map((c) => c.date),
	};
}

const text = fc.string({ minLength: 1, maxLength: 20 });

function translations(original: Brief) {
	const keys = noteKeys(original).map((n) => n.key);
	return fc.record({
		lang: fc.constant('uk' as const),
		title: text,
		summary: text,
		translated: fc.constantFrom('2020-01-01', '2025-09-08', undefined),
		targets: fc.option(fc.array(text, { maxLength: 3 }), { nil: undefined }),
		location: fc.record({ place: fc.option(text, { nil: undefined }), detail: fc.option(text, { nil: undefined }) }),
		notes: fc.dictionary(fc.oneof(fc.constantFrom(...keys), fc.constantFrom('casualties.nobody', 'sources.elsewhere', 'munitions.x')), text),
	}) satisfies fc.Arbitrary<BriefTranslation>;
}

describe('translateBrief', () => {
	it.each([
		['the disputed fixture', testville],
		['the Kyiv brief', kyiv],
	])('keeps every figure, date, id and URL of %s, whatever the translation says', (_, original) => {
		fc.assert(
			fc.property(translations(original), (translation) => {
				expect(facts(translateBrief(original, translation))).toEqual(facts(original));
			}),
		);
	});

	it('gives the text of the translation where the original has text, and keeps the original where it gives none', () => {
		const translated = translateBrief(testville, {
			lang: 'uk',
			title: 'Тестове місто',
			summary: 'Вигадана подія.',
			targets: ['Вигадана водонапірна вежа'],
			location: { place: 'Тествіль' },
			notes: {
				'munitions.test-drone.launched.claims[1]': 'попередньо',
				'corrections[0]': 'Вигадане виправлення.',
				'casualties.killed': 'a note the original does not have',
			},
		});
		expect(translated).toMatchObject({
			lang: 'uk',
			title: 'Тестове місто',
			summary: 'Вигадана подія.',
			targets: ['Вигадана водонапірна вежа'],
			location: { place: 'Тествіль', detail: 'Example Street' },
			corrections: [{ date: '2020-01-02', note: 'Вигадане виправлення.' }],
		});
		const launched = translated.munitions![0].launched as { claims: { note?: string }[] };
		expect(launched.claims.map((c) => c.note)).toEqual([undefined, 'попередньо']);
		expect(translated.casualties!.killed).toEqual(testville.casualties!.killed);
	});
});

describe('noteKeys', () => {
	it('names each note by its figure, munition type, source id or correction, and says what the original holds there', () => {
		expect(noteKeys(kyiv).filter((n) => n.text !== undefined).map((n) => [n.key, n.text])).toEqual([
			['casualties.killed', 'in Kyiv'],
			['casualties.children_killed', 'a baby'],
			['munitions.missiles-combined', 'Metro gives one count for all missiles.'],
			['sources.air-force', 'One row per weapon model, as compiled in the public "Massive Missile Attacks on Ukraine" dataset.'],
		]);
		expect(noteKeys(testville).map((n) => n.key)).toContain('munitions.test-drone.launched.claims[1]');
	});
});

describe('untranslated', () => {
	it('names where the translated brief still shows the original\'s words', () => {
		const partial: BriefTranslation = { lang: 'uk', title: 'Т', summary: 'П', location: { place: 'Київ' }, notes: { 'casualties.killed': 'у Києві' } };
		expect(untranslated(kyiv, partial)).toEqual(['location.detail', 'targets[0]', 'casualties.children_killed', 'munitions.missiles-combined', 'sources.air-force']);
		const complete = checkContent(join(root, 'content')).translations[0].translation!;
		expect(untranslated(kyiv, complete)).toEqual([]);
	});
});

describe('isStale', () => {
	it('is stale only when the original was updated after the translation was made', () => {
		expect(isStale({ updated: '2025-09-10' }, { translated: '2025-09-08' })).toBe(true);
		expect(isStale({ updated: '2025-09-08' }, { translated: '2025-09-08' })).toBe(false);
		expect(isStale({}, { translated: '2025-09-08' })).toBe(false);
		expect(isStale({ updated: '2025-09-10' }, {})).toBe(true);
	});
});

describe('translationFileName', () => {
	it('tells a translation from a brief by its language before .mdx', () => {
		expect(translationFileName('2025-09-07-kyiv.uk.mdx')).toEqual({ slug: '2025-09-07-kyiv', lang: 'uk' });
		expect(translationFileName('2025-09-07-kyiv.mdx')).toBeUndefined();
	});
});

describe('textIn', () => {
	const original = { brief: kyiv, view: 'English view', bodyDigest: 'en-body', lang: 'en' as const };
	const uk = { brief: translateBrief(kyiv, { lang: 'uk', title: 'Переклад', summary: 'Підсумок.' }), view: 'Ukrainian view', bodyDigest: 'uk-body', lang: 'uk' as const, stale: true };

	it('gives the translation into the locale, marked translated and with its staleness', () => {
		expect(textIn(original, { uk }, 'uk')).toEqual({ brief: uk.brief, view: 'Ukrainian view', bodyDigest: 'uk-body', lang: 'uk', translated: true, stale: true });
	});

	it('gives the original in its own language where there is no translation, or in the original’s own locale', () => {
		expect(textIn(original, {}, 'uk')).toEqual({ ...original, translated: false, stale: false });
		expect(textIn(original, { uk }, 'en')).toEqual({ ...original, translated: false, stale: false });
		const ukrainian = { ...original, lang: 'uk' as const };
		expect(textIn(ukrainian, { uk }, 'uk').lang).toBe('uk');
		expect(textIn(ukrainian, { uk }, 'uk').translated).toBe(false);
	});
});

describe('the synthetic translations for tests and benchmarks', () => {
	it('pass the check beside their briefs, one for every third brief', () => {
		const dir = mkdtempSync(join(tmpdir(), 'synthetic-translations-'));
		const briefs = writeSyntheticContent(dir, { briefs: 90, seed: 5 });
		expect(writeSyntheticTranslations(dir, briefs)).toBe(30);
		const { problems, translations } = checkContent(dir);
		expect(problems.filter((p) => p.file.endsWith('.uk.mdx')).map(formatProblem)).toEqual([]);
		expect(translations.filter((t) => t.translation).length).toBe(30);
		expect(translations[0].translation!.title).toMatch(/^Переклад: /);
	});
});
