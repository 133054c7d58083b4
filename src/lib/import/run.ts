import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { CORE_SCHEMA, load } from 'js-yaml';
import type { MunitionEntry } from '../brief.ts';
import { splitFrontmatter } from '../check/frontmatter.ts';
import { kilobytes, maxBriefBytes } from '../check/limits.ts';
import { briefsDir, displayPath, listBriefFiles, readTaxonomies } from '../content.ts';
import { dataset, sameReportUrl } from './air-force.ts';
import { attackKey, groupAttacks, type RowProblem } from './attacks.ts';
import { coveredDifferences } from './covered.ts';
import { readAttackRows, readModelCategories } from './dataset.ts';
import { draftOf, newBrief } from './draft.ts';
import { attackFigures } from './figures.ts';
import { mergeBrief } from './merge.ts';
import { modelTypes } from './munition-types.ts';
import { appendMunitionTypes } from './munitions-file.ts';
import { translationFileName } from '../translation.ts';
import { briefText, frontmatterYaml } from './writer.ts';

/** One import of the dataset into a content folder: every brief it can write, and a list of what it could not. */

export interface ImportInput {
	contentDir: string;
	attacksFile: string;
	modelsFile: string;
	/** The date of corrections and `updated`, YYYY-MM-DD. */
	today: string;
	onProgress?: (done: number, total: number) => void;
}

export interface ImportResult {
	added: number;
	updated: number;
	unchanged: number;
	refused: number;
	covered: number;
	/** Lines to print: problems as `file:line field: message`, then lists for the maintainer. */
	messages: string[];
	newTypes: string[];
}

interface ExistingBrief {
	file: string;
	path: string;
	text: string;
	data: Record<string, any>;
}

/** The briefs already in the folder (as the checker lists them), by the report they were imported from and by the post addresses they cite. */
function existingBriefs(paths: string[]) {
	const byReport = new Map<string, ExistingBrief>();
	const byUrl = new Map<string, ExistingBrief>();
	for (const path of paths) {
		const text = readFileSync(path, 'utf8');
		const yaml = splitFrontmatter(text).yaml;
		let data: Record<string, any> | undefined;
		try {
			data = yaml === undefined ? undefined : (load(yaml, { schema: CORE_SCHEMA }) as Record<string, any>);
		} catch {
			data = undefined;
		}
		if (!data || typeof data !== 'object') continue;
		const brief = { file: displayPath(path), path, text, data };
		const imported = data.imported;
		if (imported?.from === dataset.id && typeof imported.report === 'string') {
			byReport.set(attackKey(sameReportUrl(imported.report), imported.part), brief);
			continue;
		}
		for (const source of Array.isArray(data.sources) ? data.sources : []) {
			if (typeof source?.url === 'string' && !byUrl.has(sameReportUrl(source.url))) byUrl.set(sameReportUrl(source.url), brief);
		}
	}
	return { byReport, byUrl };
}

/** The translation files beside the briefs (`<slug>.<lang>.mdx`), by their brief's slug: a re-import keeps them, and says which to look at. */
function translationsBySlug(paths: string[]): Map<string, string[]> {
	const bySlug = new Map<string, string[]>();
	for (const name of paths.map((path) => basename(path))) {
		const slug = translationFileName(name)?.slug;
		if (slug) bySlug.set(slug, [...(bySlug.get(slug) ?? []), name]);
	}
	return bySlug;
}

function problemLine(file: string, p: RowProblem): string {
	const more = p.lines.length > 1 && !p.message.includes('lines ') ? ` (lines ${p.lines.join(', ')})` : '';
	return `${file}:${p.lines[0]} ${p.field}: ${p.message}${more}`;
}

export function runImport(input: ImportInput): ImportResult {
	const attacksName = displayPath(input.attacksFile);
	const rows = readAttackRows(readFileSync(input.attacksFile, 'utf8'), attacksName);
	const lookup = readModelCategories(readFileSync(input.modelsFile, 'utf8'), displayPath(input.modelsFile));
	const { taxonomies, problems } = readTaxonomies(input.contentDir);
	const taxonomyErrors = problems.filter((p) => p.severity === 'error');
	if (taxonomyErrors.length) {
		throw new Error(taxonomyErrors.map((p) => `${p.file}:${p.line} ${p.field ? `${p.field}: ` : ''}${p.message}`).join('\n'));
	}
	const existingTypes = [...taxonomies.munitions.values()];
	const ukrainianNames = existingTypes.some((t) => t.names?.uk);
	const types = modelTypes(existingTypes, lookup, { ukrainianNames });
	const folder = briefsDir(input.contentDir);
	const listed = listBriefFiles(input.contentDir);
	const { byReport, byUrl } = existingBriefs(listed.files);
	const translations = translationsBySlug(listed.translations);

	const result: ImportResult = { added: 0, updated: 0, unchanged: 0, refused: 0, covered: 0, messages: [], newTypes: [] };
	const say = (line: string) => result.messages.push(line);
	const { attacks, refused, warnings } = groupAttacks(rows);
	const inRelease = new Set<string>();
	for (const post of refused) {
		result.refused++;
		post.problems.forEach((p) => say(problemLine(attacksName, p)));
		if (post.report) inRelease.add(sameReportUrl(post.report.url));
	}
	warnings.forEach((w) => say(problemLine(attacksName, w)));

	const pending: { path: string; text: string }[] = [];
	/** A brief over the checker's size limit is refused here, not written for the check to refuse. */
	const fits = (attack: (typeof attacks)[number], text: string) => {
		const bytes = Buffer.byteLength(text);
		if (bytes <= maxBriefBytes) return true;
		result.refused++;
		const lines = attack.rows.map((r) => r.line);
		say(`${attacksName}:${lines[0]} source: the brief of the report ${attack.report.url} would be ${kilobytes(bytes)}, over the limit of ${kilobytes(maxBriefBytes)} for a brief; nothing of it is written (lines ${lines.join(', ')})`);
		return false;
	};
	attacks.forEach((attack, i) => {
		input.onProgress?.(i, attacks.length);
		const key = attack.key;
		inRelease.add(key);
		const figures = attackFigures(attack, types);
		figures.notices.forEach((n) => say(problemLine(attacksName, n)));
		if (figures.problems.length) {
			result.refused++;
			figures.problems.forEach((p) => say(problemLine(attacksName, p)));
			const lines = attack.rows.map((r) => r.line);
			say(`${attacksName}:${lines[0]} source: the report ${attack.report.url} is refused whole (lines ${lines.join(', ')}); nothing of it is written`);
			return;
		}
		const draft = draftOf(attack, figures.entries);
		const mine = byReport.get(key);
		if (mine) {
			const merged = mergeBrief(mine.text, draft, { today: input.today, file: basename(input.attacksFile) });
			if (!merged.changed) {
				result.unchanged++;
				return;
			}
			if (!fits(attack, merged.text)) return;
			result.updated++;
			pending.push({ path: mine.path, text: merged.text });
			if (merged.kept.length) say(`${mine.file}: kept as a contributor wrote it: ${merged.kept.join(', ')}`);
			if (merged.changes.length) {
				for (const translation of translations.get(basename(mine.path, '.mdx')) ?? []) {
					say(`${displayPath(join(folder, translation))}: its brief's figures changed (${merged.changes.join('; ')}); the translation is kept as it is and may now say the old figures: bring it up to date and set translated`);
				}
			}
			return;
		}
		const covering = byUrl.get(sameReportUrl(attack.report.url));
		if (covering) {
			result.covered++;
			const differences = coveredDifferences(covering.data as { munitions?: MunitionEntry[] }, draft.munitions);
			for (const difference of differences) say(`${covering.file}: ${difference}`);
			return;
		}
		const path = join(folder, draft.fileName);
		if (existsSync(path)) {
			result.refused++;
			say(`${displayPath(path)}: a brief the import did not write has this name; the report ${attack.report.url} is not written`);
			return;
		}
		const text = briefText(frontmatterYaml(newBrief(draft)), draft.body);
		if (!fits(attack, text)) return;
		result.added++;
		pending.push({ path, text });
	});
	input.onProgress?.(attacks.length, attacks.length);

	const added = types.added();
	if (added.length) appendMunitionTypes(join(input.contentDir, 'munitions.yaml'), added, displayPath(input.modelsFile));
	mkdirSync(folder, { recursive: true });
	for (const { path, text } of pending) writeFileSync(path, text);

	result.newTypes = added.map((t) => t.id);
	for (const type of added) say(`munitions.yaml: added type ${type.id} (${type.name}, ${type.category})`);
	for (const model of types.unclassified()) {
		say(`munitions.yaml: "${model}" is not in ${displayPath(input.modelsFile)}; its type has category other until a maintainer classifies it`);
	}
	for (const { model, id, name } of types.shared()) {
		say(`munitions.yaml: "${model}" is counted as type ${id} (${name}), whose id it shares; if it is another weapon, give it a type of its own with "${model}" in its aliases`);
	}
	for (const [key, brief] of byReport) {
		if (!inRelease.has(key) && !inRelease.has(key.replace(/#\d+$/, ''))) {
			say(`${brief.file}: its report (${brief.data.imported.report}) is not in this release of the dataset; the brief is left as it is`);
		}
	}
	return result;
}

export function summaryLine(r: ImportResult): string {
	return `import: ${r.added} added, ${r.updated} updated, ${r.unchanged} unchanged, ${r.refused} refused, ${r.covered} covered by existing briefs`;
}
