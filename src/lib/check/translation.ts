import { basename } from 'node:path';
import type { Brief } from '../brief.ts';
import { isLocale, locales } from '../i18n/locales.ts';
import { briefLang, noteKeys, translationFileName, translationSchema, untranslated, type BriefTranslation } from '../translation.ts';
import { bodyPlaceholderMessage, lintBody } from './body.ts';
import { cardTextFindings } from './card-text.ts';
import { nestingFinding } from './limits.ts';
import { bodyTextFindings, textFindings as hiddenTextFindings } from './text.ts';
import { parseYaml, splitFrontmatter } from './frontmatter.ts';
import { byPosition, under, type Finding, type Problem } from './problem.ts';
import { isRecord, latestToday, placeholders, stringValues } from './rules.ts';
import { didYouMeanText } from './suggest.ts';
import { locatedProblem, zodFindings } from './zod-problems.ts';

/**
 * Checks a translation (content/briefs/<slug>.<lang>.mdx) against its original: it holds only text,
 * each note matches a note of the original, and it states no number the original does not.
 */

export interface OriginalFile {
	file: string;
	text: string;
	/** The original's frontmatter, when it passed its own check. */
	brief?: Brief;
}

export interface CheckedTranslation {
	translation?: BriefTranslation;
	problems: Problem[];
}

type Path = PropertyKey[];

/** Fields of a brief that only the original holds: what they are, and where their text goes instead. */
const fromOriginal: Record<string, [what: string, instead?: string]> = {
	lang: ['the language comes from the file name'],
	date: ['dates come from the original'],
	time: ['times come from the original'],
	updated: ['dates come from the original'],
	status: ['the status comes from the original'],
	casualties: ['figures come from the original', 'translate their notes as notes["casualties.killed"] and the like'],
	munitions: ['figures come from the original', 'translate their notes as notes["munitions.<type>.launched"] and the like'],
	sources: ['source ids, publishers and URLs come from the original', 'translate a source\'s note as notes["sources.<id>"]'],
	tags: ['tags come from the original'],
	corrections: ['corrections come from the original', 'translate their notes as notes["corrections[0]"] and the like'],
};
const locationFromOriginal: Record<string, string> = { country: 'the country comes', region: 'the region comes', coordinates: 'the coordinates come' };

/** The original-only fields a translation holds, and its frontmatter without them (for the schema). */
function originalFields(data: Record<string, unknown>, originalFile: string): { findings: Finding[]; rest: Record<string, unknown> } {
	const findings: Finding[] = [];
	const rest = { ...data };
	const refuse = (path: Path, [what, instead]: [string, string?]) =>
		findings.push({ path, message: `${what} (${originalFile}); a translation holds only text${instead ? `: ${instead}` : ''}` });
	for (const key of Object.keys(data)) {
		if (key in fromOriginal) {
			refuse([key], fromOriginal[key]);
			delete rest[key];
		}
	}
	if (isRecord(data.location)) {
		const location = { ...data.location };
		for (const [key, what] of Object.entries(locationFromOriginal)) {
			if (key in location) {
				refuse(['location', key], [`${what} from the original`, 'translate location.place and location.detail only']);
				delete location[key];
			}
		}
		rest.location = location;
	}
	return { findings, rest };
}

const urlPattern = /\b(?:https?:\/\/|www\.)[^\s()<>[\]"'«»]+/gi;
/** The web addresses in a text, without the punctuation that ends a sentence after one. */
const urlsIn = (text: string) => (text.match(urlPattern) ?? []).map((url) => url.replace(/[.,;:!?]+$/, ''));

/** Strings of the frontmatter holding a web address: links come from the original. */
function urlFindings(data: unknown): Finding[] {
	return stringValues(data).flatMap(({ path, value }) =>
		new RegExp(urlPattern).test(value) ? [{ path, message: 'holds a web address; a translation holds no URL: links come from the original' }] : [],
	);
}

/** The numbers written in a text with digits, thousands separators removed: "1,905" and "1 905" are both 1905. */
export function numbersIn(text: string): string[] {
	return (text.replace(urlPattern, ' ').match(/\d{1,3}(?:[,\u00a0\u202f ]\d{3})+(?!\d)|\d+/g) ?? []).map((n) => String(Number(n.replace(/\D/g, ''))));
}

/** Strings of the translation's frontmatter that hold a number the original does not. */
function newNumbers(data: unknown, known: Set<string>): Finding[] {
	return stringValues(data).flatMap(({ path, value }) => [...new Set(numbersIn(value).filter((n) => !known.has(n)))].map((n) => ({ path, message: newNumberMessage(n) })));
}

const newNumberMessage = (n: string) => `the number ${n} is not in the original; a translation states only the original's numbers, never a new one`;

/** Notes keyed to nothing in the original, and notes the original does not have. */
function noteFindings(notes: unknown, original: Brief): Finding[] {
	const targets = noteKeys(original);
	const byKey = new Map(targets.map((target) => [target.key, target]));
	const given = isRecord(notes) ? notes : {};
	const found: Finding[] = [];
	for (const key of Object.keys(given)) {
		const target = byKey.get(key);
		if (!target) {
			const hint = didYouMeanText(key, byKey.keys());
			found.push({ path: ['notes', key], message: `"${key}" names no figure, munition entry, source or correction of the original${hint}` });
		} else if (target.text === undefined) {
			found.push({ path: ['notes', key], message: `the original has no note on ${key}; a translation gives only the notes the original has` });
		}
	}
	return found;
}

/** Targets and place names are the original's: none added. */
function textFindings(data: Record<string, unknown>, original: Brief): Finding[] {
	const found: Finding[] = [];
	const targets = Array.isArray(data.targets) ? data.targets : undefined;
	const originalTargets = original.targets ?? [];
	targets?.forEach((_, i) => {
		if (i >= originalTargets.length) found.push({ path: ['targets', i], message: `the original lists ${originalTargets.length} target(s); a translation translates those, in the same order, and adds none` });
	});
	const location = isRecord(data.location) ? data.location : {};
	for (const key of ['place', 'detail'] as const) {
		if (key in location && original.location[key] === undefined) {
			found.push({ path: ['location', key], message: `the original has no location.${key}; a translation translates only what the original says` });
		}
	}
	return found;
}

/** Warnings for the original's text a translation leaves in the original's words (see untranslated). */
function untranslatedFindings(data: Record<string, unknown>, original: Brief): Finding[] {
	const given = {
		notes: isRecord(data.notes) ? (data.notes as Record<string, string>) : undefined,
		targets: Array.isArray(data.targets) ? (data.targets as string[]) : undefined,
		location: isRecord(data.location) ? (data.location as BriefTranslation['location']) : undefined,
	};
	const keys = untranslated(original, given);
	const notes = new Map(noteKeys(original).map((note) => [note.key, note.text]));
	const found: Finding[] = [];
	const originalTargets = original.targets ?? [];
	if (keys.some((key) => key.startsWith('targets['))) {
		const count = given.targets?.length ?? 0;
		found.push({ path: given.targets ? ['targets'] : [], severity: 'warning', message: `the original lists ${originalTargets.length} target(s) and this translation ${count}; the rest are shown in the original's language` });
	}
	for (const key of keys) {
		if (key.startsWith('location.')) {
			const field = key.slice('location.'.length) as 'place' | 'detail';
			found.push({ path: given.location ? ['location'] : [], severity: 'warning', message: `${key} ("${original.location[field]}") is not translated` });
		} else if (notes.has(key)) {
			found.push({
				path: given.notes ? ['notes'] : [],
				severity: 'warning',
				message: `the original's note on ${key} ("${notes.get(key)}") is not translated; its page shows it in the original's language`,
			});
		}
	}
	return found;
}

/** The translated date is a real past date, on or after the brief's; the translation is stale when the original was updated later. */
function dateFindings(translated: unknown, original: Brief, today: string): Finding[] {
	if (typeof translated !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(translated)) return [];
	if (translated > today) return [{ path: ['translated'], message: `${translated} is in the future; check the year, month and day` }];
	if (translated < original.date) return [{ path: ['translated'], message: `${translated} is before the brief's date, ${original.date}` }];
	if (original.updated !== undefined && original.updated > translated) {
		return [{
			path: ['translated'],
			severity: 'warning',
			message: `the original was updated on ${original.updated}, after this translation (${translated}): it may be stale; bring it up to date with the original and set translated`,
		}];
	}
	return [];
}

/** The blocks of a Markdown body (paragraphs, headings, lists, tables), as blank lines separate them, and its headings. */
function bodyShape(body: string): { blocks: number; headings: number } {
	const blocks = body.split(/\n[ \t]*\n/).filter((block) => block.trim()).length;
	const headings = body.split('\n').filter((line) => /^ {0,3}#{1,6}\s/.test(line)).length;
	return { blocks, headings };
}

/** A translation keeps the original's paragraphs and sections: a warning where the counts differ. */
function shapeWarning(body: string, originalBody: string): string | undefined {
	const [mine, theirs] = [bodyShape(body), bodyShape(originalBody)];
	if (mine.headings !== theirs.headings) return `the original's body has ${theirs.headings} heading(s) and this translation ${mine.headings}; a translation keeps the original's sections`;
	if (mine.blocks !== theirs.blocks) return `the original's body has ${theirs.blocks} paragraph(s) and blocks, this translation ${mine.blocks}; a translation keeps the original's paragraphs, one for one`;
	return undefined;
}

function languageFinding(lang: string, original: Brief | undefined): string | undefined {
	if (!isLocale(lang)) return `"${lang}" in the file name is not a language of the site; use one of: ${locales.join(', ')}`;
	if (original && briefLang(original) === lang) return `the original is written in ${lang} (its lang), so it has no ${lang} translation; name the file after the language it is translated into`;
	return undefined;
}

const bodyPlaceholderTranslation = 'fill in this placeholder: translate this line of the original';

export interface TranslationCheckOptions {
	today?: string;
	alwaysParseBody?: boolean;
}

/** Checks one translation file's text against its original (undefined when the original is missing). */
export function checkTranslation(
	file: string,
	text: string,
	lang: string,
	original: OriginalFile | undefined,
	options: TranslationCheckOptions = {},
): CheckedTranslation {
	const split = splitFrontmatter(text);
	const problem = (line: number, column: number, message: string, severity: Problem['severity'] = 'error'): Problem => ({ file, line, column, severity, message });
	// As in a brief: nesting is limited before the body is parsed, and hidden characters are refused.
	const tooDeep = nestingFinding(split.body);
	const problems = [...bodyTextFindings(split.body), ...(tooDeep ? [tooDeep] : lintBody(split.body, { always: options.alwaysParseBody }))].map((f) =>
		problem(f.line + split.bodyLine - 1, f.column, f.message === bodyPlaceholderMessage ? bodyPlaceholderTranslation : f.message),
	);
	if (!original) {
		const name = `${translationFileName(basename(file))?.slug ?? basename(file, '.mdx')}.mdx`;
		problems.push(problem(1, 1, `its original ${name} is missing: a translation lives beside the brief it translates, named <slug>.<lang>.mdx`));
	}
	const wrongLanguage = languageFinding(lang, original?.brief);
	if (wrongLanguage) problems.push(problem(1, 1, wrongLanguage));
	if (split.yaml === undefined) {
		return { problems: [problem(1, 1, 'a translation starts with YAML frontmatter between two --- lines'), ...problems].sort(byPosition) };
	}
	const yaml = parseYaml(split.yaml, split.yamlLine);
	if (yaml.errors.length) {
		return { problems: [...yaml.errors.map((e) => problem(e.line, e.column, `YAML syntax: ${e.message}`)), ...problems].sort(byPosition) };
	}
	const data = isRecord(yaml.data) ? yaml.data : {};
	const { findings, rest } = originalFields(data, original?.file ?? 'the original');
	const hidden = hiddenTextFindings(rest);
	findings.push(...hidden, ...cardTextFindings(rest));
	const parsed = translationSchema.safeParse(rest);
	if (!parsed.success) {
		const hiddenSaid = under(hidden);
		findings.push(...zodFindings(parsed.error, rest, translationSchema).filter((f) => !hiddenSaid(f.path)));
	}
	findings.push(...urlFindings(rest));
	// Against an original in the same language there is nothing to compare: that one error says it.
	const source = wrongLanguage ? undefined : original?.brief;
	if (source && original) {
		const known = new Set(numbersIn(original.text));
		findings.push(...noteFindings(rest.notes, source), ...textFindings(rest, source), ...untranslatedFindings(rest, source), ...dateFindings(rest.translated, source, options.today ?? latestToday()));
		findings.push(...newNumbers({ ...rest, translated: undefined }, known));
		// Numbers and addresses never span lines: only a body holding a new one is read line by line for its places.
		const body = split.body.split('\n');
		if (numbersIn(split.body).some((n) => !known.has(n))) {
			body.forEach((line, i) => {
				for (const n of new Set(numbersIn(line))) if (!known.has(n)) problems.push(problem(i + split.bodyLine, line.indexOf(n) + 1 || 1, newNumberMessage(n)));
			});
		}
		const originalBody = splitFrontmatter(original.text).body;
		// While lines still await translation, the placeholders say what is left.
		const shape = problems.some((p) => p.message === bodyPlaceholderTranslation) ? undefined : shapeWarning(split.body, originalBody);
		if (shape) problems.push(problem(split.bodyLine, 1, shape, 'warning'));
		const originalLinks = new Set(urlsIn(originalBody));
		if (urlsIn(split.body).some((url) => !originalLinks.has(url))) {
			body.forEach((line, i) => {
				for (const url of urlsIn(line)) {
					if (!originalLinks.has(url)) problems.push(problem(i + split.bodyLine, line.indexOf(url) + 1, 'links to an address the original does not; links come from the original'));
				}
			});
		}
	}
	const unfilled = placeholders(rest);
	const placeholderSaid = under(unfilled);
	const filled = findings.filter((f) => !placeholderSaid(f.path));
	problems.push(...[...unfilled, ...filled].map((f) => locatedProblem(file, yaml, f)));
	const valid = parsed.success && source !== undefined && !problems.some((p) => p.severity === 'error');
	return { translation: valid ? { lang: lang as BriefTranslation['lang'], ...parsed.data } : undefined, problems: problems.sort(byPosition) };
}
