import { existsSync, lstatSync, readFileSync, readdirSync, realpathSync } from 'node:fs';
import { basename, dirname, join, relative, sep } from 'node:path';
import type { Brief } from './brief.ts';
import { checkBrief, type CheckOptions } from './check/brief.ts';
import { checkerDigest, openCheckCache, type CheckCache } from './check/check-cache.ts';
import { linkMessage, readBriefFile } from './check/file.ts';
import { locateInFile, parseYaml } from './check/frontmatter.ts';
import { byPosition, type Problem } from './check/problem.ts';
import { latestToday, repeatedBriefs } from './check/rules.ts';
import { checkTranslation, type OriginalFile } from './check/translation.ts';
import { missingNames } from './check/taxonomy-names.ts';
import { locatedProblem, zodProblems } from './check/zod-problems.ts';
import {
	indexById,
	munitionsFileSchema,
	regionsFileSchema,
	type Taxonomies,
} from './taxonomy.ts';
import { takeCheckedBriefs } from './checked-handoff.ts';
import { translationFileName, type BriefTranslation } from './translation.ts';

export { contentDir } from './content-dir.ts';

/** How a file is named in messages: relative to the working directory. */
export function displayPath(path: string): string {
	return relative(process.cwd(), path) || path;
}

function readTaxonomyFile<T extends { id: string; names?: Record<string, string> }>(
	path: string,
	schema: typeof munitionsFileSchema | typeof regionsFileSchema,
	problems: Problem[],
): T[] {
	const file = displayPath(path);
	if (!existsSync(path)) {
		problems.push({ file, line: 1, column: 1, severity: 'error', message: 'taxonomy file is missing' });
		return [];
	}
	const outside = linkOutOf(dirname(path), path);
	if (outside) {
		problems.push({ file, line: 1, column: 1, severity: 'error', message: `is a link to ${outside}, outside the content folder; links out of it are not followed: put the file itself here` });
		return [];
	}
	const yaml = parseYaml(readFileSync(path, 'utf8'));
	if (yaml.errors.length) {
		problems.push(...yaml.errors.map((e) => ({ file, ...e, severity: 'error' as const, message: `YAML syntax: ${e.message}` })));
		return [];
	}
	const parsed = schema.safeParse(yaml.data ?? []);
	if (!parsed.success) {
		problems.push(...zodProblems(file, parsed.error, yaml));
		return [];
	}
	const items = parsed.data as unknown as T[];
	problems.push(...missingNames(items).map((finding) => locatedProblem(file, yaml, finding)));
	items.forEach((item, i) => {
		if (items.findIndex((other) => other.id === item.id) !== i) {
			problems.push({ file, ...yaml.locate([i, 'id']), severity: 'error', field: `[${i}].id`, message: `duplicate id "${item.id}"` });
		}
	});
	const ids = new Set(items.map((item) => item.id));
	items.forEach((item, i) => {
		((item as { includes?: string[] }).includes ?? []).forEach((id, j) => {
			if (ids.has(id)) return;
			problems.push({ file, ...yaml.locate([i, 'includes', j]), severity: 'error', field: `[${i}].includes[${j}]`, message: `includes "${id}", which is no id in this file` });
		});
	});
	return items;
}

export function readTaxonomies(dir: string): { taxonomies: Taxonomies; problems: Problem[] } {
	const problems: Problem[] = [];
	const munitions = readTaxonomyFile(join(dir, 'munitions.yaml'), munitionsFileSchema, problems);
	const regions = readTaxonomyFile(join(dir, 'regions.yaml'), regionsFileSchema, problems);
	return { taxonomies: { munitions: indexById(munitions), regions: indexById(regions) } as Taxonomies, problems };
}

/** Where a symbolic link at `path` leads, when that is outside `dir`. */
function linkOutOf(dir: string, path: string): string | undefined {
	if (!lstatSync(path).isSymbolicLink()) return undefined;
	const target = realpathSync(path);
	return target.startsWith(realpathSync(dir) + sep) ? undefined : target;
}

export function briefsDir(dir: string): string {
	return join(dir, 'briefs');
}

/**
 * The brief files in CONTENT_DIR/briefs, sorted, and the translations beside them (<slug>.<lang>.mdx);
 * anything else there is a problem, not silently skipped.
 */
export function listBriefFiles(dir: string): { files: string[]; translations: string[]; problems: Problem[] } {
	const folder = briefsDir(dir);
	if (!existsSync(folder)) {
		return { files: [], translations: [], problems: [{ file: displayPath(folder), line: 1, column: 1, severity: 'error', message: 'the briefs folder is missing' }] };
	}
	const problems: Problem[] = [];
	const files: string[] = [];
	const translations: string[] = [];
	for (const entry of readdirSync(folder, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
		const path = join(folder, entry.name);
		const problem = (message: string) => problems.push({ file: displayPath(path), line: 1, column: 1, severity: 'error', message });
		if (entry.isFile() && entry.name.endsWith('.mdx')) (translationFileName(entry.name) ? translations : files).push(path);
		else if (entry.name.startsWith('.')) continue;
		else if (entry.isSymbolicLink()) problem(linkMessage(entry.name));
		else if (entry.isDirectory()) problem('folders inside the briefs folder are not read; move each brief file directly into the briefs folder');
		else problem('only .mdx brief files belong in the briefs folder');
	}
	return { files, translations, problems };
}

export interface BriefFile {
	/** File name without .mdx: the slug and the page's address. */
	id: string;
	path: string;
	text: string;
	brief?: Brief;
}

export interface TranslationFile {
	/** `<slug>.<lang>`, the file name without .mdx. */
	id: string;
	/** The original's id. */
	slug: string;
	path: string;
	text: string;
	translation?: BriefTranslation;
}

export interface CheckedContent {
	briefs: BriefFile[];
	translations: TranslationFile[];
	problems: Problem[];
	taxonomies: Taxonomies;
	/** With a cache: how many files' results were reused, and how many were checked. */
	checks?: CheckCache['counts'];
}

export interface ContentCheckOptions extends CheckOptions {
	/**
	 * Where the results of the last check are kept (a build's cache folder): a file whose text, name,
	 * taxonomies and checker are as then is not checked again, and its problems are reported as then.
	 */
	cacheFile?: string;
	/** The checker's digest for that cache; by default that of its code as it is (checkerDigest). */
	checker?: string;
}

const taxonomyFiles = ['munitions.yaml', 'regions.yaml'];

function openContentCache(dir: string, { cacheFile, checker = checkerDigest(), ...options }: ContentCheckOptions): CheckCache | undefined {
	if (!cacheFile || !checker) return undefined;
	const taxonomies = taxonomyFiles.map((name) => {
		const path = join(dir, name);
		return existsSync(path) ? readFileSync(path, 'utf8') : '';
	});
	return openCheckCache(cacheFile, { checker, taxonomies, options });
}

/** Briefs and their translations as each file's own check left them, before the checks across briefs. */
export interface CheckedShare {
	briefs: (BriefFile & { file: string })[];
	translations: TranslationFile[];
	problems: Problem[];
}

/**
 * Checks brief files and translation files on their own: each translation against its original
 * among `briefPaths` (so a share of the content is checked apart when it holds every brief's
 * translations beside it). What compares briefs with each other is duplicateWarnings'.
 */
export function checkShare(briefPaths: readonly string[], translationPaths: readonly string[], taxonomies: Taxonomies, given: CheckOptions = {}, cache?: CheckCache): CheckedShare {
	// Today is taken once: every file of a run is checked against the same date.
	const options = { ...given, today: given.today ?? latestToday() };
	const problems: Problem[] = [];
	const briefs = briefPaths.map((path) => {
		const { text, brief, problems: own } = checkBriefFile(path, taxonomies, options, cache);
		problems.push(...own);
		return { id: briefId(path), file: displayPath(path), path, text, brief };
	});
	const originals = new Map(briefs.map((b) => [b.id, b]));
	const translations = translationPaths.map((path) => checkTranslationFile(path, originals, problems, options, cache));
	return { briefs, translations, problems };
}

/** Warnings for briefs that look like an earlier one (same day and place), placed at their date; `textOf(i)` is the i-th brief's text. */
export function duplicateWarnings(briefs: readonly { file: string; brief?: Pick<Brief, 'date' | 'location'> }[], textOf: (i: number) => string): Problem[] {
	return [...repeatedBriefs(briefs.map((b) => b.brief))].map(([i, earlier]) => {
		const { file, brief } = briefs[i];
		return {
			file,
			...locateInFile(textOf(i), ['date']),
			severity: 'warning',
			field: 'date',
			message: `possible duplicate of ${briefs[earlier].file}: both are on ${brief!.date} in ${brief!.location.place ?? brief!.location.region}; merge them if they describe one incident`,
		};
	});
}

/** Reads and checks every brief, every translation and both taxonomies; reports every problem, drops nothing. */
export function checkContent(dir: string, options: ContentCheckOptions = {}): CheckedContent {
	const cache = openContentCache(dir, options);
	const { taxonomies, problems } = readTaxonomies(dir);
	const listed = listBriefFiles(dir);
	problems.push(...listed.problems);
	const share = checkShare(listed.files, listed.translations, taxonomies, options, cache);
	problems.push(...share.problems, ...duplicateWarnings(share.briefs, (i) => share.briefs[i].text));
	cache?.save();
	const briefs = share.briefs.map(({ id, path, text, brief }) => ({ id, path, text, brief }));
	return { briefs, translations: share.translations, problems: problems.sort(byPosition), taxonomies, checks: cache?.counts };
}

/** Reads and checks one translation against its original (by slug among `originals`), adding its problems. */
export function checkTranslationFile(path: string, originals: ReadonlyMap<string, OriginalFile>, problems: Problem[], options: CheckOptions = {}, cache?: CheckCache): TranslationFile {
	const { slug, lang } = translationFileName(basename(path))!;
	const read = readBriefFile(path, basename(path));
	if ('problem' in read) {
		problems.push({ file: displayPath(path), severity: 'error', ...read.problem });
		return { id: briefId(path), slug, path, text: '' };
	}
	const text = read.text;
	const file = displayPath(path);
	const original = originals.get(slug);
	const check = () => checkTranslation(file, text, lang, original, options);
	// The original's name and text decide its check too, so with them in the key its result is as then.
	const result = cache ? cache.result(['translation', file, text, original?.file ?? '', original?.text ?? ''], check) : check();
	problems.push(...result.problems);
	return { id: briefId(path), slug, path, text, translation: result.translation };
}

/** The translation files of one brief, sorted. */
export function translationsOf(dir: string, slug: string): string[] {
	return listBriefFiles(dir).translations.filter((path) => translationFileName(basename(path))?.slug === slug);
}

/** Reads and checks one brief file; a file that cannot be read as text has that as its only problem. */
export function checkBriefFile(path: string, taxonomies: Taxonomies, options: CheckOptions = {}, cache?: CheckCache) {
	const file = displayPath(path);
	const read = readBriefFile(path, basename(path));
	if ('problem' in read) return { text: '', problems: [{ file, severity: 'error' as const, ...read.problem }], brief: undefined };
	const check = () => checkBrief(file, read.text, taxonomies, options);
	return { text: read.text, ...(cache ? cache.result(['brief', file, read.text], check) : check()) };
}

/** Whether a path is one the briefs folder's listing would take as a brief: an .mdx file directly in it. */
export function isBriefPath(dir: string, path: string): boolean {
	return dirname(path) === briefsDir(dir) && path.endsWith('.mdx');
}

export function briefId(path: string): string {
	return path.split(/[\\/]/).pop()!.replace(/\.mdx$/, '');
}

/** The briefs a check accepted, their translations, and the taxonomies they were checked against. */
export interface CheckedBriefs {
	briefs: { id: string; brief: Brief }[];
	/** Each accepted translation with the id (slug) of its brief. */
	translations: { slug: string; translation: BriefTranslation }[];
	taxonomies: Taxonomies;
}

/** What a check accepted, for the steps after it. */
export function acceptedContent({ briefs, translations, taxonomies }: Omit<CheckedContent, 'problems'>): CheckedBriefs {
	return {
		briefs: briefs.flatMap(({ id, brief }) => (brief ? [{ id, brief }] : [])),
		translations: translations.flatMap(({ slug, translation }) => (translation ? [{ slug, translation }] : [])),
		taxonomies,
	};
}

/** The briefs of `dir` as the loader checked them in this process, or checked now; each hand-over is taken once. */
export function checkedBriefs(dir: string): CheckedBriefs {
	return takeCheckedBriefs(dir) ?? acceptedContent(checkContent(dir));
}
