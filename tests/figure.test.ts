import { describe, expect, it } from 'vitest';
import { boundsText, figureSchema, interceptedShare, resolveFigure, shareText } from '../src/lib/figure';

describe('resolveFigure', () => {
	it('reads a bare number as exact, citing the sole source', () => {
		expect(resolveFigure(15, 'metro')).toMatchObject({ min: 15, max: 15, sources: ['metro'], disputed: false });
	});
	it('refuses a bare number without a sole source', () => {
		expect(() => resolveFigure(15)).toThrow(/exactly one source/);
	});
	it('reads value, min, and min–max forms', () => {
		expect(resolveFigure({ value: 15, source: 'a' })).toMatchObject({ min: 15, max: 15, sources: ['a'] });
		const atLeast = resolveFigure({ min: 2, source: 'a' });
		expect(atLeast).toMatchObject({ min: 2, sources: ['a'] });
		expect(atLeast.max).toBeUndefined();
		expect(resolveFigure({ min: 11, max: 20, source: ['a', 'b'] })).toMatchObject({ min: 11, max: 20, sources: ['a', 'b'] });
	});
	it('spans disagreeing claims and keeps each with its source', () => {
		const figure = resolveFigure({ claims: [{ value: 805, source: 'metro' }, { value: 810, source: 'air-force' }] });
		expect(figure).toMatchObject({ min: 805, max: 810, sources: ['metro', 'air-force'], disputed: true });
		expect(figure.claims).toEqual([
			{ min: 805, max: 805, sources: ['metro'] },
			{ min: 810, max: 810, sources: ['air-force'] },
		]);
	});
	it('is open-ended when any claim is', () => {
		const figure = resolveFigure({ claims: [{ min: 2, source: 'a' }, { value: 4, source: 'b' }] });
		expect(figure.min).toBe(2);
		expect(figure.max).toBeUndefined();
		expect(boundsText(figure)).toBe('at least 2');
	});
	it('cites each source once, in the order cited', () => {
		const figure = resolveFigure({ claims: [{ value: 1, source: ['b', 'a'] }, { value: 2, source: 'a' }] });
		expect(figure.sources).toEqual(['b', 'a']);
	});
});

describe('display text', () => {
	it('shows qualifiers as the pages do', () => {
		expect(boundsText({ min: 15, max: 15 })).toBe('15');
		expect(boundsText({ min: 2 })).toBe('at least 2');
		expect(boundsText({ min: 11, max: 20 })).toBe('11–20');
		expect(boundsText({ min: 805, max: 810 })).toBe('805–810');
		expect(boundsText({ min: 12000 })).toBe('at least 12,000');
	});
	it('bounds the share intercepted', () => {
		const share = interceptedShare({ min: 747, max: 747 }, { min: 805, max: 810 });
		expect(share).toEqual({ min: 92.2, max: 92.8 });
		expect(shareText(share!)).toBe('92.2%–92.8%');
		expect(shareText(interceptedShare({ min: 4, max: 4 }, { min: 9, max: 9 })!)).toBe('44.4%');
		expect(interceptedShare({ min: 1 }, { min: 3 })).toBeUndefined();
		expect(shareText(interceptedShare({ min: 1 }, { min: 3, max: 4 })!)).toBe('at least 25%');
	});
});

describe('figureSchema', () => {
	it('accepts every form', () => {
		for (const figure of [
			0,
			15,
			{ value: 15, source: 'a' },
			{ min: 2, source: 'a', note: 'in Kyiv' },
			{ min: 11, max: 20, source: ['a', 'b'] },
			{ claims: [{ value: 805, source: 'a' }, { min: 800, max: 812, source: 'b' }], note: 'x' },
		]) {
			expect(figureSchema.safeParse(figure).success, JSON.stringify(figure)).toBe(true);
		}
	});
	it('rejects negative, fractional, min above max, and unknown keys', () => {
		for (const figure of [-1, 2.5, { min: 5, max: 3, source: 'a' }, { value: 1, source: 'a', extra: 1 }, { claims: [{ value: 1, source: 'a' }] }, '15']) {
			expect(figureSchema.safeParse(figure).success, JSON.stringify(figure)).toBe(false);
		}
	});
});
