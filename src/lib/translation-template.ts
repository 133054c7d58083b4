import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Brief } from './brief.ts';
import { splitFrontmatter } from './check/frontmatter.ts';
import { placeholderMark } from './check/rules.ts';
import { briefsDir, checkBriefFile, displayPath, readTaxonomies } from './content.ts';
import { isLocale, locales, type Locale } from './i18n/locales.ts';
import { briefLang, noteKeys } from './translation.ts';

/**
 * A new translation of a brief, for `npm run new -- --translate <slug> --lang <lang>`: every text of
 * the original to translate, each behind a placeholder, so `npm run check` points at what is left.
 */

const todo = (original: string) => JSON.stringify(`${placeholderMark} ${original}`);

function translationTemplate(slug: string, original: Brief, body: string, lang: Locale, today: string): string {
	const { place, detail } = original.location;
	const notes = noteKeys(original).filter((note) => note.text !== undefined);
	const lines = [
		'---',
		`# A translation of ${slug}.mdx into ${lang}. It holds only the text a reader sees: every figure,`,
		'# date, source and link comes from the original, and a translation states no number the original',
		`# does not. Replace each "${placeholderMark} <original text>" with its translation. Keys, staleness and`,
		'# the checker\'s messages: CONTRIBUTING.md, "Translations".',
		`title: ${todo(original.title)}`,
		`summary: ${todo(original.summary)}`,
		`translated: ${today}  # the day this translation says what the original says; update it with the translation`,
		...(place || detail
			? ['location:', ...(place ? [`  place: ${todo(place)}`] : []), ...(detail ? [`  detail: ${todo(detail)}`] : [])]
			: []),
		...(original.targets?.length ? ['targets:  # in the original\'s order', ...original.targets.map((target) => `  - ${todo(target)}`)] : []),
		...(notes.length
			? ['notes:  # keyed by what each note is on: a figure, a munition entry, a source or a correction', ...notes.map((note) => `  ${note.key}: ${todo(note.text!)}`)]
			: []),
		'---',
		'',
		// Each line of the body is marked, so the check points at every line still in the original's words.
		...body
			.trim()
			.split('\n')
			.map((line) => (line.trim() ? `${placeholderMark} ${line}` : line)),
		'',
	];
	return lines.join('\n');
}

/** The path and text of a new translation of CONTENT_DIR's brief `slug`, or why there can be none. */
export function newTranslation(dir: string, slug: string, lang: string, today = new Date().toISOString().slice(0, 10)): { path: string; text: string } | { error: string } {
	const path = join(briefsDir(dir), `${slug}.mdx`);
	if (!existsSync(path)) return { error: `no brief ${displayPath(path)} to translate; give --translate the file name of a brief without .mdx, such as 2025-09-07-kyiv` };
	if (!isLocale(lang)) return { error: `--lang ${lang} is not a language of the site; use one of: ${locales.join(', ')}` };
	const { taxonomies } = readTaxonomies(dir);
	const { text, brief } = checkBriefFile(path, taxonomies);
	if (!brief) return { error: `${displayPath(path)} does not pass the check; fix it first (npm run check), then translate it` };
	if (briefLang(brief) === lang) return { error: `${displayPath(path)} is written in ${lang}; translate it into another language` };
	return { path: join(briefsDir(dir), `${slug}.${lang}.mdx`), text: translationTemplate(slug, brief, splitFrontmatter(text).body, lang, today) };
}
