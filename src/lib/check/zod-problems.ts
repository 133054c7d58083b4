import type { z } from 'astro/zod';
import type { ParsedYaml } from './frontmatter.ts';
import { fieldPath, type Finding, type Problem } from './problem.ts';
import { didYouMeanText } from './suggest.ts';

type Issue = z.core.$ZodIssue;
type Path = PropertyKey[];

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
	return path.reduce<unknown>((node, key) => (node == null ? undefined : (node as Record<PropertyKey, unknown>)[key]), data);
}

function kindOf(value: unknown): string {
	if (Array.isArray(value)) return 'array';
	if (value === null) return 'null';
	return typeof value;
}

/** An issue that only says "this is not my type", as every union branch but the one meant reports. */
function isTypeMismatch(issue: Issue, input: unknown): boolean {
	if (issue.path.length > 0 || issue.code !== 'invalid_type') return false;
	const expected = issue.expected === 'int' ? 'number' : issue.expected;
	return expected !== kindOf(input);
}

/** The keys an object schema at `path` allows; for a union, the keys of all its object forms. */
function keysAt(schema: z.ZodType | undefined, path: readonly PropertyKey[]): string[] {
	if (!schema) return [];
	const def = schema.def as { type: string; shape?: Record<string, z.ZodType>; element?: z.ZodType; innerType?: z.ZodType; in?: z.ZodType; options?: z.ZodType[] };
	if (def.innerType) return keysAt(def.innerType, path);
	if (def.type === 'pipe') return keysAt(def.in, path);
	if (def.options) return [...new Set(def.options.flatMap((option) => keysAt(option, path)))];
	const [key, ...rest] = path;
	if (def.shape) return key === undefined ? Object.keys(def.shape) : keysAt(def.shape[key as string], rest);
	if (def.element && typeof key === 'number') return keysAt(def.element, rest);
	return [];
}

/**
 * What went wrong, at its path. A union that failed is explained by the form that was meant: the
 * branch whose complaints are not merely "wrong type", with the fewest of them.
 */
function findings(issues: readonly Issue[], input: unknown, schema: z.ZodType | undefined, base: Path = []): Finding[] {
	return issues.flatMap((issue): Finding[] => {
		const path = [...base, ...issue.path] as Path;
		if (issue.code === 'unrecognized_keys') {
			const known = keysAt(schema, path);
			return issue.keys.map((key) => ({ path: [...path, key], message: `unknown field "${key}"${didYouMeanText(key, known)}` }));
		}
		const value = valueAt(input, path);
		if (value === undefined && (issue.code === 'invalid_type' || issue.code === 'invalid_union')) {
			return [{ path, message: 'is required' }];
		}
		if (issue.code === 'invalid_union' && issue.errors.length) {
			const meant = issue.errors
				.filter((branch) => !branch.some((inner) => isTypeMismatch(inner, value)))
				.sort((a, b) => a.length - b.length)[0];
			if (meant) return findings(meant, input, schema, path);
		}
		return [{ path, message: issue.message }];
	});
}

/** Turns Zod issues into located problems, one per issue (one per unknown key). */
export function zodProblems(file: string, error: z.ZodError, yaml: ParsedYaml, schema?: z.ZodType): Problem[] {
	return zodFindings(error, yaml.data, schema).map((finding) => locatedProblem(file, yaml, finding));
}

export function zodFindings(error: z.ZodError, input: unknown, schema?: z.ZodType): Finding[] {
	return findings(error.issues, input, schema);
}

export function locatedProblem(file: string, yaml: ParsedYaml, { path, message, severity = 'error' }: Finding): Problem {
	return { file, ...yaml.locate(path), severity, field: fieldPath(path) || undefined, message };
}
