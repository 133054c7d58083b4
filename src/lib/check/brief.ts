import { basename } from 'node:path';
import { briefSchema, type Brief } from '../brief';
import type { Taxonomies } from '../taxonomy';
import { parseYaml, splitFrontmatter } from './frontmatter';
import { fieldPath, type Problem } from './problem';
import { zodProblems } from './zod-problems';

export interface CheckedBrief {
	/** The validated frontmatter, when it passed the schema. */
	brief?: Brief;
	problems: Problem[];
}

export const briefFileName = /^(\d{4}-\d{2}-\d{2})-[a-z0-9]+(?:-[a-z0-9]+)*\.mdx$/;

/** Checks one brief file's text: YAML, schema, file name and taxonomy references. */
export function checkBrief(file: string, text: string, taxonomies: Taxonomies): CheckedBrief {
	const split = splitFrontmatter(text);
	const problem = (line: number, column: number, message: string, field?: string): Problem => ({
		file,
		line,
		column,
		severity: 'error',
		field,
		message,
	});
	if (split.yaml === undefined) {
		return { problems: [problem(1, 1, 'a brief starts with YAML frontmatter between two --- lines')] };
	}
	const yaml = parseYaml(split.yaml, split.yamlLine);
	if (yaml.errors.length) {
		return { problems: yaml.errors.map((e) => problem(e.line, e.column, `YAML syntax: ${e.message}`)) };
	}
	const parsed = briefSchema.safeParse(yaml.data ?? {});
	if (!parsed.success) return { problems: zodProblems(file, parsed.error, yaml) };

	const brief = parsed.data;
	const problems: Problem[] = [];
	const at = (path: PropertyKey[], message: string) =>
		problems.push(problem(yaml.locate(path).line, yaml.locate(path).column, message, fieldPath(path)));

	const name = basename(file);
	const nameMatch = briefFileName.exec(name);
	if (!nameMatch) {
		problems.push(problem(1, 1, `file name "${name}" must be YYYY-MM-DD-words.mdx in lowercase, e.g. ${brief.date}-kyiv.mdx`));
	} else if (nameMatch[1] !== brief.date) {
		at(['date'], `the file name starts with ${nameMatch[1]} but date is ${brief.date}; rename the file or fix the date`);
	}
	const region = brief.location.region;
	if (region !== undefined && !taxonomies.regions.has(region)) {
		at(['location', 'region'], `unknown region "${region}"; add it to regions.yaml or use one listed there`);
	}
	brief.munitions?.forEach((entry, i) => {
		for (const [path, id] of [
			[['munitions', i, 'type'], entry.type],
			...(entry.includes ?? []).map((id, j) => [['munitions', i, 'includes', j], id] as const),
		] as const) {
			if (!taxonomies.munitions.has(id)) {
				at([...path], `unknown munition type "${id}"; add it to munitions.yaml or use one listed there`);
			}
		}
	});
	return { brief, problems };
}
