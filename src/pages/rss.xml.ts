import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getArchive } from '../data/archive';
import { briefPath } from '../lib/paths';
import { site } from '../site';

/** How many of the newest briefs the feed carries. */
export const feedSize = 50;

export const GET: APIRoute = async () => {
	const { briefs } = await getArchive();
	return rss({
		title: site.name,
		description: site.description,
		site: site.url,
		items: briefs.slice(0, feedSize).map(({ slug, brief }) => ({
			title: brief.title,
			link: briefPath(slug),
			pubDate: new Date(`${brief.date}T00:00:00Z`),
			description: brief.summary,
			categories: brief.tags,
		})),
		customData: `<language>${site.lang}</language>`,
	});
};
