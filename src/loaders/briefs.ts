import { relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { hasBody, pruneBodies, writeBody } from '../data/brief-bodies';
import { briefSchema } from '../lib/brief';
import { splitFrontmatter } from '../lib/check/frontmatter';
import { recordLastModified } from '../lib/last-modified';
import { formatProblem, hasErrors, type Problem } from '../lib/check/problem';
import {
	briefId,
	briefsDir,
	checkBriefFile,
	checkContent,
	contentDir,
	displayPath,
	handOverCheckedBriefs,
	isBriefPath,
	readTaxonomies,
	type BriefFile,
} from '../lib/content';

/** Bump when the loader's output changes, so stored briefs are rendered again. */
export const LOADER_VERSION = '3';

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
 */
export function briefsLoader(): Loader {
	return {
		name: 'incident-briefs',
		schema: briefSchema,
		load: async (context) => {
			const dir = contentDir();
			const { briefs, problems, taxonomies } = checkContent(dir);
			// A build publishes every brief or stops; the dev server serves the valid ones and says what is wrong.
			if (hasErrors(problems) && !context.watcher) {
				for (const warning of problems.filter((p) => p.severity === 'warning')) context.logger.warn(formatProblem(warning));
				throw new BriefProblemsError(problems);
			}
			logProblems(context, problems);
			recordLastModified(briefs);

			const untouched = new Set(context.store.keys());
			const digests = new Set<string>();
			for (const file of briefs) {
				if (!file.brief) continue;
				untouched.delete(file.id);
				digests.add(await storeBrief(context, file as Required<BriefFile>));
			}
			untouched.forEach((id) => context.store.delete(id));
			pruneBodies(digests);
			// In a build, the share cards start from this check; dev checks each change on its own.
			if (!context.watcher) handOverCheckedBriefs(dir, { briefs: briefs.map(({ id, brief }) => ({ id, brief: brief! })), taxonomies });
			watch(context, dir);
		},
	};
}

/** Stores a brief's data and renders its body, unless both are stored already; returns its digest. */
async function storeBrief(context: LoaderContext, { id, path, text, brief }: Required<BriefFile>): Promise<string> {
	const { store, generateDigest, parseData, renderMarkdown, config } = context;
	const digest = generateDigest(`${LOADER_VERSION}\n${text}`);
	if (store.get(id)?.digest === digest && hasBody(digest)) return digest;
	const data = await parseData({ id, data: brief, filePath: path });
	// renderMarkdown strips a leading frontmatter block itself, so a body that opens with a --- rule
	// would lose text: it gets the body split as the checker split it, behind an empty frontmatter.
	const { html } = await renderMarkdown(`---\n---\n${splitFrontmatter(text).body}`, { fileURL: pathToFileURL(path) });
	writeBody(digest, html);
	// Astro bundles the store into the build whole: it keeps only the data, not the text or the HTML.
	store.set({ id, data, filePath: relative(fileURLToPath(config.root), path), digest });
	return digest;
}

function logProblems({ logger }: LoaderContext, problems: Problem[]) {
	for (const p of problems) {
		if (p.severity === 'error') logger.error(formatProblem(p));
		else logger.warn(formatProblem(p));
	}
}

/** In dev, re-check and re-render a brief when it changes; report problems without stopping the server. */
function watch(context: LoaderContext, dir: string) {
	const { watcher, logger, store } = context;
	if (!watcher) return;
	const folder = briefsDir(dir);
	watcher.add(folder);
	// The same files as check and build: .mdx files directly in the briefs folder, not in folders below it.
	const isBrief = (path: string) => isBriefPath(dir, path);
	const reload = async (path: string) => {
		if (!isBrief(path)) return;
		const { taxonomies, problems } = readTaxonomies(dir);
		const checked = checkBriefFile(path, taxonomies);
		problems.push(...checked.problems);
		logProblems(context, problems);
		if (hasErrors(problems) || !checked.brief) return;
		await storeBrief(context, { id: briefId(path), path, text: checked.text, brief: checked.brief });
		logger.info(`Reloaded ${displayPath(path)}`);
	};
	watcher.on('change', reload);
	watcher.on('add', reload);
	watcher.on('unlink', (path) => {
		if (isBrief(path)) store.delete(briefId(path));
	});
}
