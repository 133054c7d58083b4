import { describe, expect, it } from 'vitest';
import { commentMessage, imageMessage } from '../src/lib/check/body-messages';
import { at, bodyLine, craftedBrief, problemsOf } from './helpers/hostile';

const body = (text: string) => problemsOf(craftedBrief(text));
const first = bodyLine();

describe('nothing on a page may come from a third party', () => {
	it.each([
		['a remote image', '![](https://tracker.example/pixel.png)'],
		['a protocol-relative image', '![pixel](//tracker.example/pixel.png)'],
		['a relative image, which would be published without its file', '![x](photo.png)'],
		['a reference-style image', '![pixel][p]\n\n[p]: https://tracker.example/pixel.png'],
		['a shortcut reference image', '![p]\n\n[p]: https://tracker.example/pixel.png'],
	])('refuses %s, saying briefs take no images', (_, text) => {
		expect(body(text)).toEqual([at(first, 1, imageMessage)]);
	});

	it('says how to show a picture instead', () => {
		expect(imageMessage).toContain('link to the picture instead: [description](https://…)');
		// The message itself, so the cases above compare against known text, not only against the constant.
		expect(imageMessage).toBe('briefs take no images: an image would be loaded from another site, or published without its file; link to the picture instead: [description](https://…)');
	});

	it('treats a protocol-relative link as a link to another site', () => {
		expect(body('Read [x](//evil.example/) here.')).toEqual([
			at(first, 6, 'a link to //evil.example/ without https: leads to another site; write the address in full, with https://'),
		]);
	});
});

describe('messages that mislead no more', () => {
	it('refuses an HTML comment, saying what to do instead (not to use {/* */})', () => {
		expect(body('Text <!-- a note --> more.')).toEqual([at(first, 6, commentMessage)]);
		expect(body('Text {/* a note */} more.')).toEqual([at(first, 6, commentMessage)]);
		expect(commentMessage).toBe('a brief holds no comments, neither <!-- … --> nor {/* … */}: delete the comment, or write the note as text in the body');
	});

	it('accepts GFM autolinks, which are safe Markdown', () => {
		expect(body('See <https://example.org/report> or write to <desk@example.org>.')).toEqual([]);
	});

	it('names the unsafe scheme of an autolink', () => {
		expect(body('See <javascript:alert(1)> now.')).toEqual([at(first, 5, 'a link to a javascript: address is not allowed; use an http:// or https:// address')]);
	});

	it('leaves fenced code alone', () => {
		expect(body('```\n<!-- shown as code --> <div> {x}\n```\n\nAfter.')).toEqual([]);
	});
});

describe('a long line', () => {
	it('is checked in pieces without losing a link cut between them', () => {
		// The link's text is longer than a piece, so the link is cut whatever the cuts; it is found by its `](`.
		const line = `${'word '.repeat(100)}[${'a '.repeat(1100)}](javascript:alert(1)) ${'word '.repeat(2000)}`;
		expect(body(line)).toEqual([at(first, 2702, 'a link to a javascript: address is not allowed; use an http:// or https:// address')]);
	});

	it('still has its markup refused', () => {
		expect(body(`${'word '.repeat(3000)}<script>x</script>`)[0]).toMatch(new RegExp(`:${first}:15001 error `));
	});
});
