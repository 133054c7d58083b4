import { FAILSAFE_SCHEMA, Type, load } from 'js-yaml';

/**
 * A fast reading of plain frontmatter with js-yaml (about 10x faster than the `yaml` package, which
 * keeps positions), giving the same values as `yaml` with YAML 1.2's core schema. It declines, so the
 * caller reads the text with `yaml` instead, whenever the two could differ (`declined` below lists
 * where fuzzing against `yaml` found them apart) and on any text js-yaml rejects (syntax errors,
 * duplicate keys). tests/fast-yaml.test.ts holds both readers to the same values.
 */

type Form = readonly [RegExp, (source: string) => unknown];

/** The core schema's scalars, with the `yaml` package's own patterns and in its order. */
const core: Record<'null' | 'bool' | 'int' | 'float', Form[]> = {
	null: [[/^(?:~|[Nn]ull|NULL)?$/, () => null]],
	bool: [[/^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/, (s) => s[0] === 't' || s[0] === 'T']],
	int: [
		[/^0o[0-7]+$/, (s) => parseInt(s.slice(2), 8)],
		[/^[-+]?[0-9]+$/, (s) => parseInt(s, 10)],
		[/^0x[0-9a-fA-F]+$/, (s) => parseInt(s.slice(2), 16)],
	],
	float: [
		[/^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/, (s) => (s.slice(-3).toLowerCase() === 'nan' ? NaN : s[0] === '-' ? -Infinity : Infinity)],
		[/^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/, parseFloat],
		[/^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/, parseFloat],
	],
};

// js-yaml keeps one implicit type per tag, so each tag's forms share one type.
const schema = FAILSAFE_SCHEMA.extend({
	implicit: Object.entries(core).map(([tag, forms]) => {
		const form = (s: string | null) => forms.find(([pattern]) => pattern.test(s ?? ''));
		return new Type(`tag:yaml.org,2002:${tag}`, {
			kind: 'scalar',
			resolve: (s: string | null) => form(s) !== undefined,
			construct: (s: string | null) => form(s)![1](s ?? ''),
		});
	}),
});

/**
 * Left to `yaml`: anchors (&a), aliases (*a), tags (!t), directives (%YAML), document markers (---),
 * complex keys (? k), empty list items, block scalars with an indentation indicator (|2) or opening
 * on a blank line, a comment touching a quote or bracket ("a"#), tabs and lone carriage returns; and,
 * line by line, quoted values or flow collections that run over the line's end, and flow collections
 * used as keys ([a]: 1).
 */
const declined = /(?:^|[\s[{,])[&*!]|^%|^(?:---|\.\.\.)|^ *\?(?: |$)|^[ -]*-(?: +#.*)? *$|[|>][-+]?[0-9]|[|>][-+]? *(?:#.*)?\r?\n *\r?\n|["'\]}]#|\t|\r(?!\n)/m;

/** Where a quoted value or a flow collection may start: the line's start, after "- ", ": ", a bracket or a comma. */
const nodeStart = /(?:^ *(?:- +)*|: +|[[{,] *)(["'[{])/g;

/** The index of the quote that closes the one at `from`, or -1. */
function closeQuote(line: string, from: number): number {
	const quote = line[from];
	for (let i = from + 1; i < line.length; i++) {
		if (quote === '"' && line[i] === '\\') i++;
		else if (line[i] === quote) {
			if (quote === "'" && line[i + 1] === "'") i++;
			else return i;
		}
	}
	return -1;
}

/** The index of the bracket that closes the one at `from`, skipping quoted text, or -1. */
function closeFlow(line: string, from: number): number {
	let depth = 0;
	for (let i = from; i < line.length; i++) {
		const c = line[i];
		if (c === '[' || c === '{') depth++;
		else if (c === ']' || c === '}') {
			if (--depth === 0) return i;
		} else if ((c === '"' || c === "'") && /[[{,:] *$/.test(line.slice(from, i))) {
			i = closeQuote(line, i);
			if (i === -1) return -1;
		}
	}
	return -1;
}

function awkwardLine(line: string): boolean {
	nodeStart.lastIndex = 0;
	for (let match = nodeStart.exec(line); match; match = nodeStart.exec(line)) {
		const from = match.index + match[0].length - 1;
		const quoted = match[1] === '"' || match[1] === "'";
		const end = quoted ? closeQuote(line, from) : closeFlow(line, from);
		if (end === -1 || (!quoted && /^ *:/.test(line.slice(end + 1)))) return true;
		// Past a quoted value; into a collection, whose items are looked at in turn.
		nodeStart.lastIndex = quoted ? end + 1 : from + 1;
	}
	return false;
}

const forms = Object.values(core).flat();

/** Keys that were not plain strings (~, 1.0, true): the readers turn them into text differently. */
function plainKeys(value: unknown): boolean {
	if (Array.isArray(value)) return value.every(plainKeys);
	if (value === null || typeof value !== 'object') return true;
	return Object.entries(value).every(([key, item]) => !forms.some(([pattern]) => pattern.test(key)) && plainKeys(item));
}

/** The frontmatter's value, or undefined when `yaml` must read it. Frontmatter is a mapping: anything else is left to `yaml`. */
export function fastYaml(text: string): { data: Record<string, unknown> } | undefined {
	if (declined.test(text) || text.split('\n').some(awkwardLine)) return undefined;
	let data: unknown;
	try {
		data = load(text, { schema });
	} catch {
		return undefined;
	}
	if (data === null || typeof data !== 'object' || Array.isArray(data) || !plainKeys(data)) return undefined;
	return { data: data as Record<string, unknown> };
}
