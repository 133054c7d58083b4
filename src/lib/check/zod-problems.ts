import type { z } from 'astro/zod';
import type { ParsedYaml } from './frontmatter';
import { fieldPath, type Problem } from './problem';

/** Turns Zod issues into located problems, one per issue (one per unknown key). */
function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
	return path.reduce<unknown>((node, key) => (node == null ? undefined : (node as Record<PropertyKey, unknown>)[key]), data);
}

export function zodProblems(file: string, error: z.ZodError, yaml: ParsedYaml): Problem[] {
	const input = yaml.data;
	return error.issues.flatMap((issue) => {
		const path = issue.path;
		if (issue.code === 'unrecognized_keys') {
			return issue.keys.map((key) => ({
				file,
				...yaml.locate([...path, key]),
				severity: 'error' as const,
				field: fieldPath([...path, key]),
				message: `unknown field "${key}"`,
			}));
		}
		const missing = issue.code === 'invalid_type' && valueAt(input, path) === undefined;
		const message = missing ? 'is required' : issue.message;
		return [{ file, ...yaml.locate(path), severity: 'error' as const, field: fieldPath(path) || undefined, message }];
	});
}
