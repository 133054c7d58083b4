import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { briefSchema } from '../../src/lib/brief.ts';
import { noteKeys } from '../../src/lib/translation.ts';
import type { SyntheticBrief } from './synthetic.ts';

/**
 * Fake Ukrainian translations of synthetic briefs, for tests and benchmarks: each text of the original
 * marked as translated, with the original's numbers only, so every one passes the check.
 */
export function syntheticTranslation({ frontmatter, body }: SyntheticBrief & { body: string }): string {
	const brief = briefSchema.parse(frontmatter);
	const mark = (text: string) => `Переклад: ${text.replaceAll('Testville', 'Тествіль')}`;
	const notes = Object.fromEntries(noteKeys(brief).flatMap(({ key, text }) => (text === undefined ? [] : [[key, mark(text)]])));
	const translation = {
		title: mark(brief.title),
		summary: mark(brief.summary),
		translated: brief.updated ?? brief.date,
		location: { ...(brief.location.place ? { place: mark(brief.location.place) } : {}), ...(brief.location.detail ? { detail: mark(brief.location.detail) } : {}) },
		...(brief.targets ? { targets: brief.targets.map(mark) } : {}),
		...(Object.keys(notes).length ? { notes } : {}),
	};
	return `---\n${stringify(translation)}---\n\n${body.replace('This brief is synthetic test data.', 'Цей бриф: синтетичні тестові дані.')}`;
}

/** Writes a translation into Ukrainian beside every `every`-th brief; returns how many. */
export function writeSyntheticTranslations(dir: string, briefs: (SyntheticBrief & { body: string })[], every = 3): number {
	const translated = briefs.filter((_, i) => i % every === 0);
	for (const brief of translated) writeFileSync(join(dir, 'briefs', `${brief.slug}.uk.mdx`), syntheticTranslation(brief));
	return translated.length;
}
