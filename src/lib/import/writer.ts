import { Document, isMap, isScalar, isSeq, visit, type Node } from 'yaml';

/**
 * Brief files as the import writes them: YAML frontmatter in a fixed style (figures, the time window
 * and other short maps on one line) and the body. Same input, same bytes.
 */

const toStringOptions = { lineWidth: 100, minContentWidth: 40 } as const;

/** Short maps read best on one line, as hand-written briefs write figures: `{ value: 810, source: air-force }`. */
export function inlineShortMaps(doc: Document): void {
	visit(doc, {
		Map(_, map) {
			const flat = map.items.every((pair) => isScalar(pair.value) || (isSeq(pair.value) && pair.value.items.every(isScalar)));
			if (flat && map.items.length <= 4 && JSON.stringify(map.toJSON()).length < 80) map.flow = true;
		},
		Seq(_, seq) {
			if (seq.items.every(isScalar)) seq.flow = true;
		},
	});
}

/** A list in block style, each of its maps too: one entry a few lines. */
export function blockEntries(node: unknown): void {
	if (!isSeq(node)) return;
	node.flow = false;
	for (const item of node.items) if (isMap(item)) item.flow = false;
}

/** The import's style: short maps on one line; the lists of munitions, sources and corrections, and the location, in block style. */
function styledDocument(data: unknown): Document {
	const doc = new Document(data);
	inlineShortMaps(doc);
	for (const key of ['munitions', 'sources', 'corrections']) {
		blockEntries(doc.get(key, true));
	}
	const location = doc.get('location', true) as Node | undefined;
	if (isMap(location)) location.flow = false;
	return doc;
}

export function frontmatterYaml(data: Record<string, unknown>): string {
	return styledDocument(data).toString(toStringOptions);
}

export function briefText(yaml: string, body: string): string {
	return `---\n${yaml.endsWith('\n') ? yaml : yaml + '\n'}---\n\n${body.replace(/^\n+/, '')}`;
}

/** Sets a field in an edited frontmatter, in the import's style. */
export function setField(doc: Document, key: string, value: unknown): void {
	doc.set(key, styledDocument({ [key]: value }).get(key, true) as Node);
}

export function editedYaml(doc: Document): string {
	return doc.toString(toStringOptions);
}
