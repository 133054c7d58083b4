import type { Brief } from './brief.ts';
import { lastUpdated } from './cite.ts';

/** What an RSS channel needs beyond @astrojs/rss's fields: the feed's own address and when it last changed. */

export const atomNamespace = { atom: 'http://www.w3.org/2005/Atom' };

const xmlAttribute = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** RFC 822, as RSS asks: the newest date among the feed's briefs, so the same briefs give the same feed. */
export function lastBuildDate(briefs: readonly Pick<Brief, 'date' | 'updated'>[]): string | undefined {
	const newest = briefs.map(lastUpdated).sort().at(-1);
	return newest && new Date(`${newest}T00:00:00Z`).toUTCString();
}

/** `<atom:link rel="self">` and `<lastBuildDate>`, for the channel's customData. */
export function channelExtras(feedUrl: string, briefs: readonly Pick<Brief, 'date' | 'updated'>[]): string {
	const built = lastBuildDate(briefs);
	return `<atom:link href="${xmlAttribute(feedUrl)}" rel="self" type="application/rss+xml"/>${built ? `<lastBuildDate>${built}</lastBuildDate>` : ''}`;
}
