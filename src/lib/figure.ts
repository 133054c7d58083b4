import { z } from 'astro/zod';
import { formatCount, percentText } from './i18n/format.ts';
import { useTranslations, type Locale } from './i18n/index.ts';

export { formatCount };

/**
 * A figure is a count claimed by one or more sources. It may be exact, a lower bound,
 * a range, or a set of disagreeing claims. Every form resolves to bounds and sources.
 */

const count = z
	.number({ error: 'must be a number' })
	.int({ error: 'must be a whole number' })
	.nonnegative({ error: 'must not be negative' });

const sourceRef = z
	.union([z.string().min(1), z.array(z.string().min(1)).min(1)], {
		error: 'must be a source id or a list of source ids',
	})
	.describe('The id of the source that states this figure, or a list of ids.');

const note = z.string().min(1).optional().describe('A short remark shown beside the figure.');

export const exactClaimSchema = z
	.strictObject({ value: count.describe('The exact count.'), source: sourceRef, note })
	.describe('Exactly `value`, as stated by `source`.');

export const rangeClaimSchema = z
	.strictObject({
		min: count.describe('The lowest count the source allows ("at least").'),
		max: count.optional().describe('The highest count the source allows; leave out when open-ended.'),
		source: sourceRef,
		note,
	})
	.refine((claim) => claim.max === undefined || claim.min <= claim.max, {
		message: 'min is above max',
		path: ['min'],
	})
	.describe('At least `min`, or between `min` and `max`, as stated by `source`.');

export const claimSchema = z.union([exactClaimSchema, rangeClaimSchema]);

export const disputedSchema = z
	.strictObject({
		claims: z.array(claimSchema).min(2, { error: 'list at least two claims' }),
		note,
	})
	.describe('Sources disagree: each claim is kept with its own source.');

export const figureSchema = z
	.union([count, exactClaimSchema, rangeClaimSchema, disputedSchema], {
		error:
			'must be a count (15), { value, source }, { min, source }, { min, max, source } or { claims: [...] }',
	})
	.describe(
		'A count: `15` (single-source briefs only), `{ value, source }`, `{ min, source }` (at least), `{ min, max, source }` (a range), or `{ claims: [...] }` when sources disagree.',
	);

export type Figure = z.infer<typeof figureSchema>;
export type Claim = z.infer<typeof claimSchema>;

export interface Bounds {
	min: number;
	/** Absent when the figure is open-ended ("at least"). */
	max?: number;
}

export interface ResolvedClaim extends Bounds {
	sources: string[];
	note?: string;
}

export interface ResolvedFigure extends Bounds {
	/** Every source the figure cites, in the order cited, without repeats. */
	sources: string[];
	/** One entry per claim; a single claim for the undisputed forms. */
	claims: ResolvedClaim[];
	disputed: boolean;
	note?: string;
}

function asList(source: string | string[]): string[] {
	return Array.isArray(source) ? source : [source];
}

function resolveClaim(claim: Claim): ResolvedClaim {
	const sources = asList(claim.source);
	const bounds: Bounds =
		'value' in claim ? { min: claim.value, max: claim.value } : { min: claim.min, max: claim.max };
	return { ...withoutOpenMax(bounds), sources, ...(claim.note ? { note: claim.note } : {}) };
}

function withoutOpenMax(bounds: Bounds): Bounds {
	return bounds.max === undefined ? { min: bounds.min } : bounds;
}

/**
 * Resolves a figure to bounds and the sources it cites. A bare number cites the brief's only
 * source, so `soleSource` is required for that form.
 */
export function resolveFigure(figure: Figure, soleSource?: string): ResolvedFigure {
	if (typeof figure === 'number') {
		if (!soleSource) throw new Error('a bare number needs the brief to have exactly one source');
		const claim = { min: figure, max: figure, sources: [soleSource] };
		return { ...claim, claims: [claim], disputed: false };
	}
	const claims = 'claims' in figure ? figure.claims.map(resolveClaim) : [resolveClaim(figure)];
	const min = Math.min(...claims.map((c) => c.min));
	const open = claims.some((c) => c.max === undefined);
	const max = open ? undefined : Math.max(...claims.map((c) => c.max as number));
	const sources = [...new Set(claims.flatMap((c) => c.sources))];
	return {
		...withoutOpenMax({ min, max }),
		sources,
		claims,
		disputed: 'claims' in figure,
		...(figure.note ? { note: figure.note } : {}),
	};
}

/** A figure's bounds, whatever its form. */
export function figureBounds(figure: Figure): Bounds {
	return typeof figure === 'number' ? { min: figure, max: figure } : resolveFigure(figure);
}

/** "15", "at least 2", "11–20" (en dash); "щонайменше 2" in Ukrainian. */
export function boundsText(bounds: Bounds, locale: Locale = 'en'): string {
	if (bounds.max === undefined) return useTranslations(locale)('figure.atLeast', { n: formatCount(bounds.min, locale) });
	if (bounds.min === bounds.max) return formatCount(bounds.min, locale);
	return `${formatCount(bounds.min, locale)}–${formatCount(bounds.max, locale)}`;
}

/**
 * The share of launched that was intercepted, as bounds in percent (rounded to one decimal),
 * or undefined when it cannot be bounded (nothing launched, or launched open-ended above).
 */
export function interceptedShare(intercepted: Bounds, launched: Bounds): Bounds | undefined {
	if (launched.max === undefined || launched.max === 0) return undefined;
	const round = (x: number) => Math.round(x * 1000) / 10;
	const low = round(Math.min(intercepted.min / launched.max, 1));
	if (intercepted.max === undefined || launched.min === 0) return { min: low };
	const high = round(Math.min(intercepted.max / launched.min, 1));
	return { min: low, max: high };
}

export function shareText(share: Bounds, locale: Locale = 'en'): string {
	const pct = (x: number) => percentText(x, locale);
	if (share.max === undefined) return useTranslations(locale)('figure.atLeast', { n: pct(share.min) });
	if (share.min === share.max) return pct(share.min);
	return `${pct(share.min)}–${pct(share.max)}`;
}
