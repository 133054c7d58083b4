import type { Brief } from './brief.ts';
import { lastUpdated } from './cite.ts';
import { basePath } from './i18n/paths.ts';
import { briefPath } from './paths.ts';

/**
 * When each brief page last changed (its `updated`, or its date), for the sitemap's <lastmod>.
 * The content loader records the dates as it checks the briefs; the sitemap integration, which
 * Astro loads apart from the pages' modules, reads them at the end of the build: hence a global slot.
 */

const slot = Symbol.for('incident-briefs.last-modified');
type Slot = { [slot]?: Map<string, string> };

export function recordLastModified(briefs: readonly { id: string; brief?: Pick<Brief, 'date' | 'updated'> }[]): void {
	const dates = new Map<string, string>();
	for (const { id, brief } of briefs) if (brief) dates.set(briefPath(id), lastUpdated(brief));
	(globalThis as Slot)[slot] = dates;
}

/** Pages that list every brief change whenever the newest does. */
const listings = new Set(['/', '/briefs/']);

/** The date a page last changed, YYYY-MM-DD, when it is known; a page's twin in another language changes with it. */
export function lastModified(page: string): string | undefined {
	const path = basePath(page);
	const dates = (globalThis as Slot)[slot];
	if (!dates) return undefined;
	if (listings.has(path)) return [...dates.values()].sort().at(-1);
	return dates.get(path);
}

/** @astrojs/sitemap's serialize: each page with its <lastmod>, when known. */
export function withLastModified<T extends { url: string; lastmod?: string }>(item: T): T {
	const date = lastModified(new URL(item.url).pathname);
	return date ? { ...item, lastmod: date } : item;
}
