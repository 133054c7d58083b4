import { LineCounter, isMap, isPair, isScalar, isSeq, parseDocument, type Node } from 'yaml';
import { fastYaml } from './fast-yaml';

export interface Position {
	line: number;
	column: number;
}

export interface SplitFile {
	/** The YAML between the --- fences; undefined when the file has none. */
	yaml?: string;
	/** 1-based line on which the YAML starts. */
	yamlLine: number;
	body: string;
	/** 1-based line on which the body starts. */
	bodyLine: number;
}

/** Splits `---` fenced YAML frontmatter from the body, keeping line numbers. */
export function splitFrontmatter(text: string): SplitFile {
	const source = text.replace(/^\uFEFF/, '');
	const open = /^---[ \t]*\r?\n/.exec(source);
	if (!open) return { yamlLine: 1, body: source, bodyLine: 1 };
	const rest = source.slice(open[0].length);
	const close = /(^|\r?\n)---[ \t]*(\r?\n|$)/.exec(rest);
	if (!close) return { yamlLine: 2, body: source, bodyLine: 1 };
	const yaml = rest.slice(0, close.index + close[1].length);
	const body = rest.slice(close.index + close[0].length);
	const lines = (s: string) => s.split('\n').length - 1;
	return { yaml, yamlLine: 2, body, bodyLine: 2 + lines(yaml) + 1 };
}

export interface ParsedYaml {
	data: unknown;
	errors: (Position & { message: string })[];
	/** Where a field is: its key, or the nearest enclosing key that exists. */
	locate(path: readonly PropertyKey[]): Position;
}

/**
 * Parses YAML that starts on `firstLine` of its file, keeping positions for messages. Plain YAML is
 * read by the fast reader, and positions are worked out only when a message needs one.
 */
export function parseYaml(text: string, firstLine = 1): ParsedYaml {
	const fast = fastYaml(text);
	if (!fast) return composeYaml(text, firstLine);
	let composed: ParsedYaml | undefined;
	return {
		data: fast.data,
		errors: [],
		locate: (path) => (composed ??= composeYaml(text, firstLine)).locate(path),
	};
}

function composeYaml(text: string, firstLine: number): ParsedYaml {
	const lineCounter = new LineCounter();
	const doc = parseDocument(text, {
		lineCounter,
		prettyErrors: false,
		uniqueKeys: true,
		version: '1.2',
	});
	const at = (offset: number): Position => {
		const { line, col } = lineCounter.linePos(offset);
		return { line: line + firstLine - 1, column: col };
	};
	const frontmatterStart = { line: Math.max(1, firstLine - 1), column: 1 };
	const errors = doc.errors.map((e) => ({ ...at(e.pos[0]), message: e.message.split('\n')[0] }));
	const data = errors.length ? undefined : doc.toJS({ maxAliasCount: 100 });

	function locate(path: readonly PropertyKey[]): Position {
		let node: unknown = doc.contents;
		let found: Position = frontmatterStart;
		for (const key of path) {
			if (isMap(node)) {
				const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && p.key.value === key);
				if (!pair) break;
				const keyNode = pair.key as Node;
				if (keyNode.range) found = at(keyNode.range[0]);
				node = pair.value;
			} else if (isSeq(node) && typeof key === 'number' && node.items[key]) {
				const item = node.items[key] as Node;
				if (item.range) found = at(item.range[0]);
				node = item;
			} else break;
		}
		return found;
	}
	return { data, errors, locate };
}
