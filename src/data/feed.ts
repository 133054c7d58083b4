import rss from '@astrojs/rss';
import { atomNamespace, channelExtras } from '../lib/feed';
import { useTranslations, type Locale } from '../lib/i18n/index';
import { localePath } from '../lib/i18n/paths';
import { briefPath } from '../lib/paths';
import { site } from '../site';
import { briefIn, getArchive } from './archive';

/** How many of the newest briefs a feed carries. */
export const feedSize = 50;

/** The RSS feed of one language: each brief's translation there where it has one, else its original. */
export async function briefFeed(locale: Locale) {
	const t = useTranslations(locale);
	const { briefs } = await getArchive();
	const items = briefs.slice(0, feedSize);
	const feedUrl = new URL(localePath('/rss.xml', locale), site.url).href;
	return rss({
		xmlns: atomNamespace,
		title: t('site.name'),
		description: t('site.description'),
		// The channel's <link> is the home page in the feed's language.
		site: new URL(localePath('/', locale), site.url).href,
		items: items.map((item) => {
			const { brief } = briefIn(item, locale);
			return {
				title: brief.title,
				link: localePath(briefPath(item.slug), locale),
				pubDate: new Date(`${brief.date}T00:00:00Z`),
				description: brief.summary,
				categories: brief.tags,
			};
		}),
		customData: `<language>${locale}</language>${channelExtras(feedUrl, items.map((item) => item.brief))}`,
	});
}
