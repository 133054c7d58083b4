import {
	CORE_SCHEMA,
	EVENT_ID,
	YAMLException,
	NOT_RESOLVED,
	SCALAR_STYLE,
	constructFromEvents,
	floatCoreTag,
	getScalarValue,
	intCoreTag,
	parseEvents,
	type Event,
} from 'js-yaml';

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
	/** The file opens a frontmatter block that no --- line closes. */
	unclosed?: boolean;
}

/** Splits `---` fenced YAML frontmatter from the body, keeping line numbers. */
export function splitFrontmatter(text: string): SplitFile {
	const source = text.replace(/^\uFEFF/, '');
	const open = /^---[ \t]*\r?\n/.exec(source);
	if (!open) return { yamlLine: 1, body: source, bodyLine: 1 };
	const rest = source.slice(open[0].length);
	const close = /(^|\r?\n)---[ \t]*(\r?\n|$)/.exec(rest);
	if (!close) return { yamlLine: 2, body: source, bodyLine: 1, unclosed: true };
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
	/** Every value YAML read as a number, with the text it was written as (0x0F, -0, 1e3…). */
	numbers: YamlNumber[];
}

export interface YamlNumber {
	path: PropertyKey[];
	text: string;
}

const readsAsNumber = (text: string) =>
	intCoreTag.resolve(text, false, 'tag:yaml.org,2002:int') !== NOT_RESOLVED ||
	floatCoreTag.resolve(text, false, 'tag:yaml.org,2002:float') !== NOT_RESOLVED;

/** The plain, untagged scalars that YAML's core schema reads as numbers, with their paths. */
function numbers(events: Event[], source: string): YamlNumber[] {
	const found: YamlNumber[] = [];
	const path: PropertyKey[] = [];
	let i = 0;
	const node = (key = false): string | undefined => {
		const event = events[i++];
		if (event.type === EVENT_ID.SCALAR) {
			// Only a plain scalar that starts like a number can read as one; keys are decoded for the path.
			const plain = event.style === SCALAR_STYLE.PLAIN && event.tagStart === -1 && !key;
			if (plain && '+-.0123456789'.includes(source[event.valueStart])) {
				const text = getScalarValue(source, event);
				if (readsAsNumber(text)) found.push({ path: [...path], text });
			}
			return key ? getScalarValue(source, event) : undefined;
		}
		if (event.type !== EVENT_ID.MAPPING && event.type !== EVENT_ID.SEQUENCE) return undefined;
		const mapping = event.type === EVENT_ID.MAPPING;
		for (let index = 0; events[i] && events[i].type !== EVENT_ID.POP; index++) {
			if (!mapping) {
				path.push(index);
				node();
				path.pop();
				continue;
			}
			const key = node(true);
			path.push(key ?? index);
			node();
			path.pop();
		}
		i++;
		return undefined;
	};
	while (events[i] && events[i].type === EVENT_ID.DOCUMENT) i++;
	if (events[i] && events[i].type !== EVENT_ID.POP) node();
	return found;
}

/** A node of the parsed document: where it starts and, for collections, its children by key or index. */
interface Located {
	offset: number;
	children?: Map<PropertyKey, Located>;
}

/**
 * Rebuilds the document's shape from js-yaml's event stream, keeping where each key and item starts.
 * Only done when a problem needs a place, so a valid file costs one parse.
 */
function locations(events: Event[], source: string): Located | undefined {
	let i = 0;
	const node = (): Located => {
		const event = events[i++];
		if (event.type === EVENT_ID.SCALAR) return { offset: event.valueStart };
		if (event.type === EVENT_ID.ALIAS) return { offset: event.anchorStart };
		if (event.type !== EVENT_ID.MAPPING && event.type !== EVENT_ID.SEQUENCE) return { offset: 0 };
		const children = new Map<PropertyKey, Located>();
		const mapping = event.type === EVENT_ID.MAPPING;
		for (let index = 0; events[i] && events[i].type !== EVENT_ID.POP; index++) {
			if (!mapping) {
				children.set(index, node());
				continue;
			}
			const keyEvent = events[i];
			const key = node();
			const value = node();
			const name = keyEvent.type === EVENT_ID.SCALAR ? getScalarValue(source, keyEvent) : undefined;
			if (name !== undefined && !children.has(name)) children.set(name, { ...value, offset: key.offset });
		}
		i++;
		return { offset: event.start, children };
	};
	while (events[i] && events[i].type === EVENT_ID.DOCUMENT) i++;
	return events[i] && events[i].type !== EVENT_ID.POP ? node() : undefined;
}

/** Where each line of `text` starts. */
export function lineStarts(text: string): number[] {
	const starts = [0];
	for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
	return starts;
}

/** The 0-based line (by `lineStarts`) holding `index`, by bisection: a file may hold thousands of problems. */
export function lineIndex(starts: readonly number[], index: number): number {
	let [low, high] = [0, starts.length - 1];
	while (low < high) {
		const mid = (low + high + 1) >> 1;
		if (starts[mid] <= index) low = mid;
		else high = mid - 1;
	}
	return low;
}

/** js-yaml's terse reasons, said with what usually causes them. */
const reasons: Record<string, string> = {
	'deficient indentation': 'deficient indentation (is a line indented too little, or a { or [ above it left unclosed?)',
	'bad indentation of a mapping entry':
		'bad indentation of a mapping entry (a value holding ": " must be quoted, and the keys of one block line up under each other)',
	'aliases exceeded maxAliases (0)': 'a brief may not use YAML aliases (*name); write the value out',
};

/** Parses YAML that starts on `firstLine` of its file, keeping positions for messages. */
export function parseYaml(text: string, firstLine = 1): ParsedYaml {
	const frontmatterStart = { line: Math.max(1, firstLine - 1), column: 1 };
	let events: Event[] = [];
	let data: unknown;
	try {
		events = parseEvents(text, {});
		// Aliases are refused: a brief has no use for them, and they let a small file expand without bound.
		const documents = constructFromEvents(events, { source: text, schema: CORE_SCHEMA, maxAliases: 0 });
		if (documents.length > 1) throw new YAMLException('frontmatter must be a single YAML document');
		data = documents[0];
	} catch (error) {
		const mark = error instanceof YAMLException ? error.mark : undefined;
		const message = error instanceof YAMLException ? (reasons[error.reason] ?? error.reason) : String(error);
		const where = mark ? { line: mark.line + firstLine, column: mark.column + 1 } : frontmatterStart;
		return { data: undefined, errors: [{ ...where, message }], locate: () => frontmatterStart, numbers: [] };
	}

	let tree: Located | undefined | null = null;
	let starts: number[] = [];
	function locate(path: readonly PropertyKey[]): Position {
		if (tree === null) {
			tree = locations(events, text);
			starts = lineStarts(text);
		}
		let node = tree;
		let offset: number | undefined;
		for (const key of path) {
			const child = node?.children?.get(key);
			if (!child) break;
			offset = child.offset;
			node = child;
		}
		if (offset === undefined) return frontmatterStart;
		const line = lineIndex(starts, offset);
		return { line: line + firstLine, column: offset - starts[line] + 1 };
	}
	return { data, errors: [], locate, numbers: numbers(events, text) };
}

/** Where a frontmatter field is in a brief file's text (the file's first line when it cannot be found). */
export function locateInFile(text: string, path: readonly PropertyKey[]): Position {
	const split = splitFrontmatter(text);
	return split.yaml === undefined ? { line: 1, column: 1 } : parseYaml(split.yaml, split.yamlLine).locate(path);
}
