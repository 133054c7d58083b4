import type { Brief } from './brief.ts';
import { lastUpdated, pageModified } from './cite.ts';
import { basePath, localePath } from './i18n/paths.ts';
import type { BriefTranslation } from './translation.ts';
import { briefPath } from './paths.ts';

/**
 * When each brief page last changed (its `updated`, or its date, or on a translated page its
 * translation's `translated` when later), for the sitemap's <lastmod>.
 * The content loader records the dates as it checks the briefs; the sitemap integration, which
 * Astro loads apart from the pages' modules, reads them at the end of the build: hence a global slot.
 */

const slot = Symbol.for('incident-briefs.last-modified');
type Dates = { briefs: Map<string, string>; translations: Map<string, string> };
type Slot = { [slot]?: Dates };

/** The briefs' dates, and their translated pages' where a translation was brought up to date later. */
export function recordLastModified(
	briefs: readonly { id: string; brief?: Pick<Brief, 'date' | 'updated'> }[],
	translations: readonly { slug: string; translation?: Pick<BriefTranslation, 'lang' | 'translated'> }[] = [],
): void {
	const dates: Dates = { briefs: new Map(), translations: new Map() };
	const byId = new Map(briefs.flatMap(({ id, brief }) => (brief ? [[id, brief] as const] : [])));
	for (const [id, brief] of byId) dates.briefs.set(briefPath(id), lastUpdated(brief));
	for (const { slug, translation } of translations) {
		const brief = byId.get(slug);
		if (brief && translation) dates.translations.set(localePath(briefPath(slug), translation.lang), pageModified(brief, translation.translated));
	}
	(globalThis as Slot)[slot] = dates;
}

/** The dates as the sitemap, made once Astro's process has exited, takes them (src/lib/sitemap-handover.ts). */
export interface SavedLastModified {
	briefs: [string, string][];
	translations: [string, string][];
}

export function savedLastModified(): SavedLastModified | undefined {
	const dates = (globalThis as Slot)[slot];
	return dates && { briefs: [...dates.briefs], translations: [...dates.translations] };
}

export function restoreLastModified(saved: SavedLastModified): void {
	(globalThis as Slot)[slot] = { briefs: new Map(saved.briefs), translations: new Map(saved.translations) };
}

/** Pages that list every brief change whenever the newest does. */
const listings = new Set(['/', '/briefs/']);

/** The date a page last changed, YYYY-MM-DD, when it is known; a page's twin in another language changes with it, a translated page with its translation too. */
export function lastModified(page: string): string | undefined {
	const path = basePath(page);
	const dates = (globalThis as Slot)[slot];
	if (!dates) return undefined;
	if (listings.has(path)) return [...dates.briefs.values()].sort().at(-1);
	return dates.translations.get(page) ?? dates.briefs.get(path);
}

/** @astrojs/sitemap's serialize: each page with its <lastmod>, when known. */
export function withLastModified<T extends { url: string; lastmod?: string }>(item: T): T {
	const date = lastModified(new URL(item.url).pathname);
	return date ? { ...item, lastmod: date } : item;
}
