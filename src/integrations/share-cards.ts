import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { viewBrief } from '../lib/brief-view.ts';
import { archiveIn, localeCards } from '../lib/card/archive-cards.ts';
import { renderInBackground, type BackgroundCards } from '../lib/card/background.ts';
import type { Card } from '../lib/card/card.ts';
import { cardPlacements, cardRenderer, placeCardsByKey, type CardPlacement } from '../lib/card/generate.ts';
import { takeCheckedBriefs } from '../lib/checked-handoff.ts';
import { contentDir } from '../lib/content-dir.ts';
import { archiveStats } from '../lib/slices.ts';
import { basePath } from '../lib/i18n/paths.ts';
import { translateBrief } from '../lib/translation.ts';
import { site } from '../site.ts';

/**
 * Share cards as a build step: the cards the cache lacks are rendered in a worker thread while the
 * pages are built, then every card is placed in dist/og/ and the count printed once. In dev, cards
 * are rendered when asked for.
 */

/**
 * Every card, from the same checked content the pages were built from: in a build the loader's
 * check, handed over; elsewhere (dev, scripts) a check of its own, the checker loaded only then.
 */
export async function contentCards(dir = contentDir()): Promise<Card[]> {
	const { briefs, taxonomies, translations } = takeCheckedBriefs(dir) ?? (await import('../lib/content.ts')).checkedBriefs(dir);
	const items = briefs.map(({ id, brief }) => ({ slug: id, brief, view: viewBrief(brief, taxonomies) }));
	const stats = archiveStats(items, taxonomies);
	const translated = new Map(translations.map(({ slug, translation }) => [`${translation.lang}:${slug}`, translation]));
	return localeCards(
		(locale) =>
			archiveIn(stats, (item) => {
				const translation = translated.get(`${locale}:${item.slug}`);
				if (!translation) return item;
				const brief = translateBrief(item.brief, translation);
				return { slug: item.slug, brief, view: viewBrief(brief, taxonomies) };
			}),
		site,
	);
}

export function shareCards(): AstroIntegration {
	// Only where each card goes is kept through the page build: a card's text holds on to its brief's
	// whole file (the checker's strings are slices of it), 240 MB at 50,000 briefs.
	let placements: CardPlacement[] = [];
	let rendering: BackgroundCards | undefined;
	return {
		name: 'share-cards',
		hooks: {
			'astro:build:start': async () => {
				const cards = await contentCards();
				placements = cardPlacements(cards);
				rendering = renderInBackground(cards, { keys: placements.map(({ key }) => key) });
			},
			'astro:build:done': async ({ dir, logger }) => {
				const result = await rendering!.done();
				placeCardsByKey(placements, { outDir: fileURLToPath(dir) });
				logger.info(`cards: ${result.rendered} rendered, ${result.cached} from cache`);
			},
			'astro:server:setup': ({ server }) => {
				server.middlewares.use(async (req, res, next) => {
					const path = req.url?.split('?')[0];
					const card = path && basePath(path).startsWith('/og/') ? (await contentCards()).find((c) => c.path === path) : undefined;
					if (!card) return next();
					try {
						const png = await (await cardRenderer())(card);
						res.setHeader('Content-Type', 'image/png');
						res.end(png);
					} catch (error) {
						next(error);
					}
				});
			},
		},
	};
}
