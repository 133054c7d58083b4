import { existsSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { hasBody, pruneBodies, writeBody } from '../data/brief-bodies';
import { briefSchema } from '../lib/brief';
import { dropBrief, forgetBriefData, keepBrief } from '../lib/brief-data';
import { splitFrontmatter } from '../lib/check/frontmatter';
import { formatProblem, hasErrors, type Problem } from '../lib/check/problem';
import { handOverCheckedBriefs } from '../lib/checked-handoff';
import { recordLastModified } from '../lib/last-modified';
import {
	acceptedContent,
	briefId,
	briefsDir,
	checkBriefFile,
	checkContent,
	checkTranslationFile,
	contentDir,
	displayPath,
	isBriefPath,
	readTaxonomies,
	translationsOf,
	type BriefFile,
	type TranslationFile,
} from '../lib/content';
import { translationFileName, type StoredTranslation } from '../lib/translation';
import { cacheDir } from '../site';

/** Bump when the loader's output changes, so stored briefs are rendered again. */
export const LOADER_VERSION = '5';

export class BriefProblemsError extends Error {
	constructor(readonly problems: Problem[]) {
		const errors = problems.filter((p) => p.severity === 'error');
		super(`${errors.length} problem(s) in the briefs; nothing was published:\n${problems.map(formatProblem).join('\n')}`);
		this.name = 'BriefProblemsError';
	}
}

/**
 * Reads CONTENT_DIR/briefs/*.mdx, checks each file, and renders its body as Markdown
 * (never as MDX, so a brief cannot run code). Any error stops the build with every message.
 * A brief's data and its translations (<slug>.<lang>.mdx) are kept beside the store (brief-data.ts);
 * the store's entry holds the brief's id, file and digest.
 */
export function briefsLoader(): Loader {
	return {
		name: 'incident-briefs',
		schema: briefSchema,
		load: async (context) => {
			const dir = contentDir();
			// Kept beside Astro's store: a file, taxonomy or checker that changed is checked again.
			const { briefs, translations, problems, taxonomies, checks } = checkContent(dir, { cacheFile: join(cacheDir, 'brief-checks.bin') });
			if (checks) context.logger.info(`${checks.checked} file(s) checked, ${checks.reused} unchanged since the last check`);
			// A build publishes every brief or stops; the dev server serves the valid ones and says what is wrong.
			if (hasErrors(problems) && !context.watcher) {
				for (const warning of problems.filter((p) => p.severity === 'warning')) context.logger.warn(formatProblem(warning));
				throw new BriefProblemsError(problems);
			}
			logProblems(context, problems);
			recordLastModified(briefs, translations);

			const untouched = new Set(context.store.keys());
			const digests = new Set<string>();
			// Only the briefs of this load: one removed or refused is no longer kept.
			forgetBriefData();
			const translationsBySlug = Map.groupBy(
				translations.filter((t) => t.translation),
				(t) => t.slug,
			);
			for (const file of briefs) {
				if (!file.brief) continue;
				untouched.delete(file.id);
				const stored = await storeBrief(context, file as Required<BriefFile>, translationsBySlug.get(file.id) ?? []);
				stored.forEach((digest) => digests.add(digest));
			}
			untouched.forEach((id) => context.store.delete(id));
			pruneBodies(digests);
			// In a build, the share cards start from this check; dev checks each change on its own.
			if (!context.watcher) handOverCheckedBriefs(dir, acceptedContent({ briefs, translations, taxonomies }));
			watch(context, dir);
		},
	};
}

/** Renders a brief's or translation's body, unless it is stored already under its digest. */
async function renderBody(context: LoaderContext, path: string, text: string, digest: string) {
	if (hasBody(digest)) return;
	// renderMarkdown strips a leading frontmatter block itself, so a body that opens with a --- rule
	// would lose text: it gets the body split as the checker split it, behind an empty frontmatter.
	const { html } = await context.renderMarkdown(`---\n---\n${splitFrontmatter(text).body}`, { fileURL: pathToFileURL(path) });
	writeBody(digest, html);
}

/**
 * Keeps a brief's data with its translations (brief-data.ts), and stores its entry and renders its
 * body and its translations', unless all are stored already; returns the digests of the bodies it
 * keeps. The entry's digest covers the translations too (Astro keeps an entry whose digest is
 * unchanged), and names the original's body.
 */
async function storeBrief(context: LoaderContext, { id, path, text, brief }: Required<BriefFile>, translations: TranslationFile[]): Promise<string[]> {
	const { store, generateDigest, config } = context;
	const root = fileURLToPath(config.root);
	const stored = translations.map((file): StoredTranslation => ({
		...file.translation!,
		filePath: relative(root, file.path),
		digest: generateDigest(`${LOADER_VERSION}\n${file.text}`),
	}));
	// Where the files are is part of the entry (edit links): a store restored into a checkout elsewhere
	// must not keep the paths it was made with.
	const digest = generateDigest([LOADER_VERSION, relative(root, path), text, ...stored.map((t) => `${t.lang}:${t.digest}:${t.filePath}`)].join('\n'));
	const digests = [digest, ...stored.map((t) => t.digest)];
	keepBrief(id, { brief, translations: stored });
	if (store.get(id)?.digest === digest && digests.every(hasBody)) return digests;
	await renderBody(context, path, text, digest);
	for (const [i, file] of translations.entries()) await renderBody(context, file.path, file.text, stored[i].digest);
	// The brief was checked against the collection's schema (briefSchema) already; its data stays out of the store.
	store.set({ id, data: {}, filePath: relative(root, path), digest });
	return digests;
}

function logProblems({ logger }: LoaderContext, problems: Problem[]) {
	for (const p of problems) {
		if (p.severity === 'error') logger.error(formatProblem(p));
		else logger.warn(formatProblem(p));
	}
}

/**
 * In dev, re-check and re-render a brief with its translations when it or one of them changes;
 * report problems without stopping the server.
 */
function watch(context: LoaderContext, dir: string) {
	const { watcher, logger, store } = context;
	if (!watcher) return;
	const folder = briefsDir(dir);
	watcher.add(folder);
	// The same files as check and build: .mdx files directly in the briefs folder, not in folders below it.
	const isContent = (path: string) => isBriefPath(dir, path);
	const slugOf = (path: string) => translationFileName(basename(path))?.slug ?? briefId(path);
	const reload = async (changed: string) => {
		const slug = slugOf(changed);
		const path = join(folder, `${slug}.mdx`);
		const { taxonomies, problems } = readTaxonomies(dir);
		const original = existsSync(path) ? { file: displayPath(path), path, ...checkBriefFile(path, taxonomies) } : undefined;
		problems.push(...(original?.problems ?? []));
		const originals = new Map(original ? [[slug, original]] : []);
		const translations = translationsOf(dir, slug).map((file) => checkTranslationFile(file, originals, problems));
		logProblems(context, problems);
		// A brief comes back only when it has no error.
		if (!original?.brief) return;
		await storeBrief(context, { id: slug, path, text: original.text, brief: original.brief }, translations.filter((t) => t.translation));
		logger.info(`Reloaded ${displayPath(changed)}`);
	};
	const unlink = (path: string) => {
		if (translationFileName(basename(path))) void reload(path);
		else {
			dropBrief(briefId(path));
			store.delete(briefId(path));
		}
	};
	// The watcher reports a file as soon as it changes, and drops a second report within 5 ms: a file
	// read then may be half written, its last write unreported. Each file is read once it is quiet.
	const waiting = new Map<string, NodeJS.Timeout>();
	const settled = (path: string) => {
		if (!isContent(path)) return;
		clearTimeout(waiting.get(path));
		waiting.set(
			path,
			setTimeout(() => {
				waiting.delete(path);
				if (existsSync(path)) void reload(path);
				else unlink(path);
			}, quietMs),
		);
	};
	for (const event of ['change', 'add', 'unlink'] as const) watcher.on(event, settled);
}

/** How long a changed file must stay unchanged before the dev server reads it. */
const quietMs = 100;
