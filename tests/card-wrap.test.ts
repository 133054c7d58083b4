import { describe, expect, it } from 'vitest';
import { breakLines, fitLine, withEllipsis, wrapText } from '../src/lib/card/wrap';

// One unit per character, so every expectation can be counted by hand.
const chars = (text: string) => [...text].length;

describe('card line breaking', () => {
	it('breaks at spaces, and inside a word only when it cannot fit a line', () => {
		expect(breakLines('aaa bbb ccc', 7, chars)).toEqual(['aaa bbb', 'ccc']);
		expect(breakLines('abcdefghij', 4, chars)).toEqual(['abcd', 'efgh', 'ij']);
		expect(breakLines('  spaced   out  ', 20, chars)).toEqual(['spaced out']);
	});

	it('cuts text past the last line and ends that line with an ellipsis that fits', () => {
		expect(wrapText('aaa bbb ccc ddd eee', 7, chars, 2)).toEqual({ lines: ['aaa bbb', 'ccc…'], truncated: true });
		expect(wrapText('aaa bbb ccc', 7, chars, 2)).toEqual({ lines: ['aaa bbb', 'ccc'], truncated: false });
	});

	it('drops punctuation and spaces before the ellipsis', () => {
		expect(withEllipsis('aaa, bbb', 5, chars)).toBe('aaa…');
		expect(withEllipsis('aaa – bbb', 6, chars)).toBe('aaa…');
	});

	it('leaves a line that fits alone', () => {
		expect(fitLine('fits', 4, chars)).toBe('fits');
		expect(fitLine('does not fit', 9, chars)).toBe('does not…');
	});
});
