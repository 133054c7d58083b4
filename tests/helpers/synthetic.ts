import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';

/**
 * Writes a plainly fake content folder: invented places, sources and numbers, realistic in shape
 * (every figure form, 1–5 munition entries, 1–4 sources, bodies with a GFM table). Deterministic for
 * a given seed. For tests and benchmarks only; never under content/.
 */

export interface SyntheticOptions {
	briefs: number;
	seed?: number;
	/** Body length in words, as [min, max]. */
	words?: [number, number];
	/** Every `translateEvery`-th brief (the 2nd, 5th, 8th… for 3) gets a Ukrainian translation beside it; none when absent. */
	translateEvery?: number;
}

export const syntheticRegions = Array.from({ length: 12 }, (_, i) => ({
	id: `fictonia-${i + 1}`,
	name: `Fictonia Region ${i + 1}`,
	country: 'ZZ',
	// Every region or none: once one has a Ukrainian name, the checker requires it of all.
	names: { uk: `Фіктонія ${i + 1}` },
}));

export const syntheticMunitions = [
	{ id: 'test-drone-a', name: 'Test Drone A', category: 'drone' },
	{ id: 'test-drone-b', name: 'Test Drone B', category: 'drone' },
	{ id: 'test-cruise', name: 'Test Cruise Missile', category: 'cruise-missile' },
	{ id: 'test-ballistic', name: 'Test Ballistic Missile', category: 'ballistic-missile' },
	{ id: 'test-bomb', name: 'Test Guided Bomb', category: 'guided-bomb' },
	{ id: 'test-other-missile', name: 'Test Other Missile', category: 'other-missile' },
	{ id: 'test-other', name: 'Test Other Weapon', category: 'other' },
] as const;

/** mulberry32: a small seeded generator, so the same seed gives the same files. */
function random(seed: number) {
	let a = seed >>> 0;
	const next = () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
	const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
	const pick = <T>(items: readonly T[]): T => items[int(0, items.length - 1)];
	const chance = (p: number) => next() < p;
	return { next, int, pick, chance };
}

type Rng = ReturnType<typeof random>;
type FigureValue = number | Record<string, unknown>;

const words = 'synthetic invented fictional placeholder sample example test report district building street night morning drone missile debris shelter'.split(' ');

/** A figure of a random form with bounds inside [low, high]; `cite` picks the source ids. */
function figure(rng: Rng, low: number, high: number, sourceIds: string[]): { value: FigureValue; min: number } {
	const n = rng.int(low, high);
	const cite = () => (rng.chance(0.3) && sourceIds.length > 1 ? sourceIds.slice(0, 2) : rng.pick(sourceIds));
	const form = rng.int(sourceIds.length === 1 ? 0 : 1, sourceIds.length > 1 ? 4 : 3);
	switch (form) {
		case 0:
			return { value: n, min: n };
		case 1:
			return { value: { value: n, source: cite() }, min: n };
		case 2:
			return { value: { min: n, source: cite(), ...(rng.chance(0.2) ? { note: 'count incomplete' } : {}) }, min: n };
		case 3:
			return { value: { min: n, max: n + rng.int(1, 10), source: cite() }, min: n };
		default: {
			const other = n + rng.int(1, 8);
			return {
				value: { claims: [{ value: n, source: sourceIds[0] }, { value: other, source: sourceIds[1] }] },
				min: n,
			};
		}
	}
}

function body(rng: Rng, [min, max]: [number, number], i: number): string {
	const count = rng.int(min, max);
	const paragraphs: string[] = [];
	let sentence: string[] = [];
	let paragraph: string[] = [];
	for (let w = 0; w < count; w++) {
		sentence.push(rng.pick(words));
		if (sentence.length >= rng.int(8, 16)) {
			paragraph.push(`${sentence.join(' ')}.`.replace(/^./, (c) => c.toUpperCase()));
			sentence = [];
		}
		if (paragraph.length >= 4) {
			paragraphs.push(paragraph.join(' '));
			paragraph = [];
		}
	}
	paragraphs.push([...paragraph, `${sentence.join(' ') || 'end'}.`].join(' '));
	const table = `| Synthetic item | Count |\n| --- | ---: |\n| fake row a | ${rng.int(1, 99)} |\n| fake row b | ${rng.int(1, 99)} |`;
	const footnote = rng.chance(0.3) ? `\n\nAn invented remark.[^n${i}]\n\n[^n${i}]: A synthetic footnote.` : '';
	return `This brief is synthetic test data.\n\n${paragraphs.join('\n\n')}\n\n${table}${footnote}\n`;
}

export interface SyntheticBrief {
	slug: string;
	frontmatter: Record<string, unknown>;
}

export function syntheticBriefs({ briefs, seed = 1, words: range = [150, 600] }: SyntheticOptions) {
	const rng = random(seed);
	const out: (SyntheticBrief & { body: string })[] = [];
	for (let i = 0; i < briefs; i++) {
		const date = new Date(Date.UTC(2015, 0, 1) + rng.int(0, 365 * 11 - 60) * 86_400_000).toISOString().slice(0, 10);
		const slug = `${date}-synthetic-${i + 1}`;
		const sourceIds = Array.from({ length: rng.int(1, 4) }, (_, k) => `src-${k + 1}`);
		const cited = new Set<string>();
		const make = (low: number, high: number) => {
			const made = figure(rng, low, high, sourceIds);
			JSON.stringify(made.value).match(/src-\d+/g)?.forEach((id) => cited.add(id));
			if (typeof made.value === 'number') cited.add(sourceIds[0]);
			return made;
		};
		const casualties: Record<string, FigureValue> = {};
		if (rng.chance(0.75)) {
			const killed = make(0, 40);
			casualties.killed = killed.value;
			if (rng.chance(0.4)) casualties.children_killed = make(0, killed.min).value;
		}
		if (rng.chance(0.75)) {
			const injured = make(0, 120);
			casualties.injured = injured.value;
			if (rng.chance(0.4)) casualties.children_injured = make(0, injured.min).value;
		}
		const types = [...syntheticMunitions].sort(() => rng.next() - 0.5).slice(0, rng.int(1, 5));
		let firstLaunched = 0;
		const munitions = types.map((type, k) => {
			const launched = make(1, type.category === 'drone' ? 600 : 40);
			if (k === 0) firstLaunched = launched.min;
			const entry: Record<string, unknown> = { type: type.id, launched: launched.value };
			if (rng.chance(0.8)) entry.intercepted = make(0, launched.min).value;
			return entry;
		});
		// Every source must be cited: the first entry's launched count cites them all where needed.
		if (sourceIds.some((id) => !cited.has(id))) {
			munitions[0].launched = { value: firstLaunched, source: sourceIds.length === 1 ? sourceIds[0] : [...sourceIds] };
		}
		const cyrillic = i % 10 === 0;
		const frontmatter: Record<string, unknown> = {
			title: cyrillic ? `Синтетичний тест №${i + 1}: fake incident in Testville` : `Synthetic test incident ${i + 1} in Testville ${rng.int(1, 300)}`,
			date,
			...(rng.chance(0.5) ? { time: { start: `${date}T0${rng.int(0, 5)}:00+02:00` } } : {}),
			summary: `Synthetic test brief ${i + 1}. Invented for tests and benchmarks; nothing here happened.`,
			location: {
				country: 'ZZ',
				...(rng.chance(0.85) ? { region: rng.pick(syntheticRegions).id } : {}),
				place: `Testville ${rng.int(1, 300)}`,
				...(rng.chance(0.6) ? { coordinates: { lat: 44 + rng.int(0, 800) / 100, lon: 22 + rng.int(0, 1800) / 100 } } : {}),
			},
			status: rng.pick(['developing', 'confirmed', 'disputed']),
			...(Object.keys(casualties).length ? { casualties } : {}),
			munitions,
			sources: sourceIds.map((id, k) => ({
				id,
				publisher: `Example Gazette ${k + 1}`,
				title: `Invented report ${i + 1}-${k + 1}`,
				url: `https://example.org/synthetic/${i + 1}/${k + 1}`,
				published: date,
			})),
			tags: [rng.pick(['synthetic', 'fake-data', 'test-fixture'])],
		};
		out.push({ slug, frontmatter, body: body(rng, range, i + 1) });
	}
	return out;
}

const ukrainianWords = ['синтетичний', 'тестовий', 'текст', 'вигаданої', 'події', 'у', 'Тестовілі', 'нічого', 'з', 'цього', 'не', 'сталося', 'джерело', 'повідомляє'];

/** The keys of the notes a synthetic brief has (only "at least" figures carry one), as a translation's `notes` names them. */
function syntheticNoteKeys(frontmatter: Record<string, unknown>): string[] {
	const noted = (value: unknown) => typeof value === 'object' && value !== null && 'note' in value;
	const casualties = Object.entries((frontmatter.casualties ?? {}) as Record<string, unknown>).flatMap(([key, value]) => (noted(value) ? [`casualties.${key}`] : []));
	const munitions = (frontmatter.munitions as Record<string, unknown>[]).flatMap((entry) =>
		(['launched', 'intercepted'] as const).flatMap((figure) => (noted(entry[figure]) ? [`munitions.${entry.type}.${figure}`] : [])),
	);
	return [...casualties, ...munitions];
}

/**
 * A plainly fake Ukrainian translation of a synthetic brief, in the translation file format
 * (content/briefs/<slug>.uk.mdx): text only, as long as the original's body, never a figure. For
 * `npm run bench`, whose harness Node runs as it is, so this file imports nothing of src/ (whose
 * imports name no extensions); `synthetic-translations.ts` does the same for tsx scripts and tests,
 * from the brief schema and `noteKeys`, where this knows which synthetic figures carry a note.
 */
export function syntheticTranslation({ frontmatter, body }: SyntheticBrief & { body: string }, i: number): string {
	const words = body.split(/\s+/).length;
	const text = Array.from({ length: words }, (_, k) => ukrainianWords[(k * 7 + i) % ukrainianWords.length]);
	const paragraphs = Array.from({ length: Math.ceil(words / 60) }, (_, p) => `${text.slice(p * 60, (p + 1) * 60).join(' ')}.`);
	// Every note of the original in Ukrainian, as a complete translation gives them.
	const notes = Object.fromEntries(syntheticNoteKeys(frontmatter).map((key) => [key, 'неповний підрахунок']));
	const translation = {
		title: `Синтетичний тестовий інцидент ${i + 1} у Тестовілі`,
		summary: `Синтетична тестова довідка ${i + 1}. Вигадана для тестів і вимірювань; нічого з цього не сталося.`,
		translated: frontmatter.date,
		location: { place: `Тестовіль ${i + 1}` },
		...(Object.keys(notes).length ? { notes } : {}),
	};
	return `---\n${stringify(translation)}---\n\nЦя довідка — синтетичні тестові дані.\n\n${paragraphs.join('\n\n')}\n`;
}

/** Writes the briefs and fake taxonomies into `dir` (created if needed) and returns the briefs. */
export function writeSyntheticContent(dir: string, options: SyntheticOptions) {
	mkdirSync(join(dir, 'briefs'), { recursive: true });
	writeFileSync(join(dir, 'regions.yaml'), stringify(syntheticRegions));
	writeFileSync(join(dir, 'munitions.yaml'), stringify(syntheticMunitions));
	const briefs = syntheticBriefs(options);
	briefs.forEach((brief, i) => {
		writeFileSync(join(dir, 'briefs', `${brief.slug}.mdx`), `---\n${stringify(brief.frontmatter)}---\n\n${brief.body}`);
		if (options.translateEvery && i % options.translateEvery === 1) {
			writeFileSync(join(dir, 'briefs', `${brief.slug}.uk.mdx`), syntheticTranslation(brief, i));
		}
	});
	return briefs;
}
