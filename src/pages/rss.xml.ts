import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getArchive } from '../data/archive';
import { atomNamespace, channelExtras } from '../lib/feed';
import { briefPath } from '../lib/paths';
import { site } from '../site';

/** How many of the newest briefs the feed carries. */
export const feedSize = 50;

export const GET: APIRoute = async () => {
	const { briefs } = await getArchive();
	const items = briefs.slice(0, feedSize);
	return rss({
		xmlns: atomNamespace,
		title: site.name,
		description: site.description,
		site: site.url,
		items: items.map(({ slug, brief }) => ({
			title: brief.title,
			link: briefPath(slug),
			pubDate: new Date(`${brief.date}T00:00:00Z`),
			description: brief.summary,
			categories: brief.tags,
		})),
		customData: `<language>${site.lang}</language>${channelExtras(new URL('rss.xml', site.url).href, items.map((item) => item.brief))}`,
	});
};
