import type { Nodes, Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { commentMessage, imageMessage, linkFinding } from './body-messages.ts';
import type { Position } from './frontmatter.ts';
import { prepareBody } from './prepare.ts';
import { placeholderMark } from './rules.ts';

/**
 * A brief's body is Markdown written by strangers. It is parsed as MDX, the way an MDX toolchain
 * would read it, and anything that is code or markup rather than Markdown is refused with its place:
 * import/export, {expressions}, JSX and HTML elements, and links to other than web or mail addresses.
 */

export interface BodyFinding extends Position {
	message: string;
}

const parser = unified().use(remarkParse).use(remarkMdx).use(remarkGfm).freeze();

/**
 * Whether a body can hold anything the MDX parser would refuse or flag. Without `<`, `{`, `}`, a
 * character reference, a link destination or definition, or a line starting with import/export, MDX
 * reads a body exactly as Markdown and there is nothing to find, so most briefs skip the slow parse.
 * Footnote definitions (`[^1]:` starting a line) are not link definitions and do not count.
 */
export function needsParsing(body: string): boolean {
	const withoutFootnotes = body.replace(/^ {0,3}\[\^[^\]\s\\]+\]:/gm, '');
	return /[<{}]|&[#a-z0-9]+;|\]\(|\]:|^[ \t]*(?:import|export)\b/im.test(withoutFootnotes);
}

const expressionHint = 'write \\{ to show a brace';
const elementHint = 'briefs are plain Markdown: use **bold**, [text](https://…) and the like, or write \\< to show a <';

function nodeFinding(node: Nodes): string | undefined {
	switch (node.type) {
		case 'mdxjsEsm':
			return 'import and export statements are not allowed in a brief; remove the line (a brief cannot load code)';
		case 'mdxFlowExpression':
		case 'mdxTextExpression':
			if (/^\s*\/\*[\s\S]*\*\/\s*$/.test(node.value)) return commentMessage;
			return `{…} is an MDX expression, which would run as code; ${expressionHint}`;
		case 'mdxJsxFlowElement':
		case 'mdxJsxTextElement': {
			const handlers = node.attributes.flatMap((a) => (a.type === 'mdxJsxAttribute' && /^on/i.test(a.name) ? [a.name] : []));
			const why = handlers.length ? ` (its ${handlers.join(', ')} attribute would run code)` : '';
			return `<${node.name ?? ''}> is an HTML or JSX element, which a brief may not hold${why}; ${elementHint}`;
		}
		case 'image':
		case 'imageReference':
			return imageMessage;
		case 'link':
		case 'definition':
			return linkFinding(node.url);
	}
	return undefined;
}

export const bodyPlaceholderMessage = 'fill in this placeholder: write the brief here';

/** Lines of the body that still start with the new-brief template's placeholder. */
function placeholderLines(body: string): BodyFinding[] {
	return body.split('\n').flatMap((line, i) =>
		line.trimStart().startsWith(placeholderMark) ? [{ line: i + 1, column: line.length - line.trimStart().length + 1, message: bodyPlaceholderMessage }] : [],
	);
}

/** Problems in a body, with lines counted from the body's first line. */
export function lintBody(source: string, { always = false } = {}): BodyFinding[] {
	const found = placeholderLines(source);
	if (!always && !needsParsing(source)) return found;
	const prepared = prepareBody(source);
	found.push(...prepared.found);
	for (const part of prepared.parts) {
		if (!always && !needsParsing(part.text)) continue;
		const shift = part.line - 1;
		const columnOf = (line: number, column: number) => column + (line === 1 ? part.column : 0);
		let tree: Root;
		try {
			tree = parser.parse(part.text);
		} catch (error) {
			const { line, column, reason = String(error) } = error as { line?: number; column?: number; reason?: string };
			// A few MDX errors carry their place only in the text: "Expected a closing tag for `<div>` (3:1-3:6)".
			const [, quotedLine, quotedColumn] = /\((\d+):(\d+)-/.exec(reason) ?? [];
			const message = `MDX syntax: ${reason.replace(/ \(\d+:\d+-\d+:\d+\)/, '')}; write \\< or \\{ to show those characters as text`;
			const where = { line: line ?? Number(quotedLine ?? 1), column: column ?? Number(quotedColumn ?? 1) };
			found.push({ line: shift + where.line, column: columnOf(where.line, where.column), message });
			continue;
		}
		visit(tree, (node) => {
			const message = nodeFinding(node);
			const start = node.position?.start;
			if (message && start) found.push({ line: shift + start.line, column: columnOf(start.line, start.column), message });
		});
	}
	return found.sort((a, b) => a.line - b.line || a.column - b.column);
}
