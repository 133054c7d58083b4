/**
 * What satori draws for a card, read from its SVG when it leaves text as text (`embedFont: false`):
 * filled rectangles, and runs of text with their origin, font and colour. A card that draws
 * anything else (a border, a mask, an image, a transform) is not a drawing this reads: the caller
 * then rasterises satori's own SVG instead.
 */

export interface DrawnRect {
	kind: 'rect';
	x: number;
	y: number;
	width: number;
	height: number;
	fill: string;
}

export interface DrawnText {
	kind: 'text';
	/** The run's origin: left end of its baseline. */
	x: number;
	y: number;
	text: string;
	size: number;
	weight: 400 | 700;
	families: string[];
	fill: string;
}

export type DrawnShape = DrawnRect | DrawnText;

interface TextElement extends DrawnText {
	width: number;
}

const entities: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'" };
const unescape = (text: string) => text.replace(/&(?:amp|lt|gt|quot|#39);/g, (entity) => entities[entity]);

function attributes(source: string): Map<string, string> | undefined {
	const found = new Map<string, string>();
	const rest = source.replace(/\s([a-zA-Z:-]+)="([^"]*)"/g, (_, name: string, value: string) => (found.set(name, value), ''));
	return rest.trim() === '' || rest.trim() === '/' ? found : undefined;
}

const number = (value: string | undefined) => (value !== undefined && /^-?\d+(\.\d+)?(e-?\d+)?$/.test(value) ? Number(value) : Number.NaN);
const only = (attrs: Map<string, string>, allowed: string[]) => [...attrs.keys()].every((name) => allowed.includes(name));

/** Scripts written right to left (satori's own test for them): satori reorders such lines, which a run drawn left to right would not. */
const rightToLeft = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff\u200f\u061c\u{10800}-\u{10fff}\u{1e800}-\u{1efff}]/u;

const rectAttributes = ['x', 'y', 'width', 'height', 'fill'];
const textAttributes = ['x', 'y', 'width', 'height', 'font-weight', 'font-style', 'font-size', 'font-family', 'fill'];

function rect(attrs: Map<string, string>): DrawnRect | undefined {
	if (!only(attrs, rectAttributes)) return undefined;
	const [x, y, width, height] = ['x', 'y', 'width', 'height'].map((name) => number(attrs.get(name)));
	const fill = attrs.get('fill');
	if (![x, y, width, height].every(Number.isFinite) || !fill) return undefined;
	return { kind: 'rect', x, y, width, height, fill };
}

function text(attrs: Map<string, string>, content: string): TextElement | undefined {
	if (!only(attrs, textAttributes) || (attrs.get('font-style') ?? 'normal') !== 'normal') return undefined;
	const [x, y, width, size] = ['x', 'y', 'width', 'font-size'].map((name) => number(attrs.get(name)));
	const weightName = attrs.get('font-weight') ?? 'normal';
	const weight = weightName === 'normal' || weightName === '400' ? 400 : weightName === 'bold' || weightName === '700' ? 700 : undefined;
	const fill = attrs.get('fill');
	const families = attrs.get('font-family')?.split(',').map((f) => f.trim());
	const words = unescape(content);
	if (![x, y, width, size].every(Number.isFinite) || !weight || !fill || !families?.length || rightToLeft.test(words)) return undefined;
	return { kind: 'text', x, y, width, text: words, size, weight, families, fill };
}

/** Words satori placed end to end on one baseline in one style are one run, shaped together as satori shapes them. */
function continues(run: TextElement, next: TextElement): boolean {
	return (
		next.y === run.y &&
		Math.abs(run.x + run.width - next.x) < 0.01 &&
		next.size === run.size &&
		next.weight === run.weight &&
		next.fill === run.fill &&
		next.families.join(',') === run.families.join(',')
	);
}

/** The shapes of a satori SVG in painting order, or undefined when it draws anything else. */
export function readDrawing(svg: string): DrawnShape[] | undefined {
	const shapes: DrawnShape[] = [];
	let open: { attrs: Map<string, string>; content: string } | undefined;
	let run: TextElement | undefined;
	const tag = /<(\/?)([a-zA-Z]+)((?:\s+[a-zA-Z:-]+="[^"]*")*\s*\/?)>|([^<]+)/gy;
	let depth = 0;
	let read = 0;
	for (let match = tag.exec(svg); match; match = tag.exec(svg)) {
		read = tag.lastIndex;
		const [, closing, name, rest, content] = match;
		if (content !== undefined) {
			if (!open) return undefined;
			open.content += content;
			continue;
		}
		if (name === 'svg') {
			depth += closing ? -1 : 1;
			continue;
		}
		if (name === 'text' && closing) {
			if (!open) return undefined;
			const element = text(open.attrs, open.content);
			if (!element) return undefined;
			if (run && continues(run, element)) {
				run.text += element.text;
				run.width += element.width;
			} else {
				if (run) shapes.push(run);
				run = element;
			}
			open = undefined;
			continue;
		}
		const attrs = attributes(rest ?? '');
		if (!attrs || depth !== 1 || open) return undefined;
		if (name === 'text') {
			open = { attrs, content: '' };
		} else if (name === 'rect' && rest?.trim().endsWith('/')) {
			const shape = rect(attrs);
			if (!shape) return undefined;
			if (run) shapes.push(run);
			run = undefined;
			shapes.push(shape);
		} else {
			return undefined;
		}
	}
	if (read !== svg.length || depth !== 0 || open) return undefined;
	if (run) shapes.push(run);
	return shapes.map((shape) => (shape.kind === 'text' ? { kind: 'text', x: shape.x, y: shape.y, text: shape.text, size: shape.size, weight: shape.weight, families: shape.families, fill: shape.fill } : shape));
}
