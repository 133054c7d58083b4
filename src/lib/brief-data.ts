import type { Brief } from './brief.ts';
import type { StoredTranslation } from './translation.ts';

/**
 * Each brief's data (its checked frontmatter and its translations), kept in memory by the content
 * loader beside Astro's data store rather than in it: an entry of the store holds only the brief's
 * id, file and digest. Astro writes its store to disk and bundles it into the build as one module,
 * which at 50,000 briefs is an 84 MB literal serialised, bundled, parsed and held again beside the
 * loader's own copy (about 2 GB of garbage before the first page). The loader and the pages run in
 * one process (the pages are rendered from Vite's bundle, the loader is not in it): hence a global slot.
 */

export interface BriefData {
	brief: Brief;
	translations: StoredTranslation[];
}

const slot = Symbol.for('incident-briefs.brief-data');
type Slot = { [slot]?: Map<string, BriefData> };

function kept(): Map<string, BriefData> {
	const global = globalThis as Slot;
	return (global[slot] ??= new Map());
}

/** Forgets every brief: a load then keeps the ones it accepts, and no other. */
export function forgetBriefData(): void {
	(globalThis as Slot)[slot] = new Map();
}

/** Keeps or replaces one brief's data (as a load stores it, or as a file changes in dev). */
export function keepBrief(id: string, data: BriefData): void {
	kept().set(id, data);
}

export function dropBrief(id: string): void {
	kept().delete(id);
}

/** A brief's data, by its id; the loader has always kept it by the time a page asks. */
export function briefData(id: string): BriefData {
	const data = kept().get(id);
	if (!data) throw new Error(`no data for the brief "${id}": the content loader keeps it when it loads the briefs, in the same process as the pages`);
	return data;
}
