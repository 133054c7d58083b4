import { briefSchema, type Brief } from '../brief.ts';
import type { Taxonomies } from '../taxonomy.ts';
import { lintBody } from './body.ts';
import { cardTextFindings } from './card-text.ts';
import { parseYaml, splitFrontmatter } from './frontmatter.ts';
import { nestingFinding } from './limits.ts';
import { numberFindings } from './numbers.ts';
import { byPosition, under, type Finding, type Problem } from './problem.ts';
import { briefRules, latestToday, placeholders } from './rules.ts';
import { bodyTextFindings, textFindings } from './text.ts';
import { locatedProblem, zodFindings } from './zod-problems.ts';

export interface CheckedBrief {
	/** The validated frontmatter, when it passed the schema and every rule. */
	brief?: Brief;
	problems: Problem[];
}

export interface CheckOptions {
	/** The latest date that is not in the future; defaults to today's date furthest east. */
	today?: string;
	/** Parse every body as MDX, even one that cannot hold MDX syntax (for tests and benchmarks). */
	alwaysParseBody?: boolean;
}

/** Checks one brief file's text: YAML, schema, rules beyond types, and the body's Markdown. */
export function checkBrief(file: string, text: string, taxonomies: Taxonomies, options: CheckOptions = {}): CheckedBrief {
	const split = splitFrontmatter(text);
	const problem = (line: number, column: number, message: string): Problem => ({ file, line, column, severity: 'error', message });
	// Without its frontmatter fenced, the file cannot be read as a brief: that is its one problem.
	if (split.yaml === undefined) {
		const message = split.unclosed
			? 'the frontmatter that opens on line 1 is never closed; add a --- line after its last field'
			: 'a brief starts with YAML frontmatter between two --- lines';
		return { problems: [problem(1, 1, message)] };
	}
	// Nesting is limited before the body is parsed: the parser's time and stack grow with it.
	const tooDeep = nestingFinding(split.body);
	const body = [...bodyTextFindings(split.body), ...(tooDeep ? [tooDeep] : lintBody(split.body, { always: options.alwaysParseBody }))].map((f) =>
		problem(f.line + split.bodyLine - 1, f.column, f.message),
	);
	const yaml = parseYaml(split.yaml, split.yamlLine);
	if (yaml.errors.length) {
		return { problems: [...yaml.errors.map((e) => problem(e.line, e.column, `YAML syntax: ${e.message}`)), ...body] };
	}
	const data = yaml.data ?? {};
	const parsed = briefSchema.safeParse(data);
	// A value that is not what it looks like (hidden characters, 0x0F) is said once, not also as a type error.
	const said = [...placeholders(data), ...textFindings(data), ...numberFindings(yaml.numbers)];
	const alreadySaid = under(said);
	const findings: Finding[] = [
		...said,
		...[
			...(parsed.success ? [] : zodFindings(parsed.error, data, briefSchema)),
			...briefRules(data, { file, taxonomies, today: options.today ?? latestToday(), valid: parsed.data }),
			...cardTextFindings(data),
		].filter((finding) => !alreadySaid(finding.path)),
	];
	const problems = [...findings.map((f) => locatedProblem(file, yaml, f)), ...body].sort(byPosition);
	const valid = parsed.success && !problems.some((p) => p.severity === 'error');
	return { brief: valid ? parsed.data : undefined, problems };
}
