import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { viewBrief } from '../lib/brief-view';
import { archiveCards } from '../lib/card/archive-cards';
import type { Card } from '../lib/card/card';
import { generateCards } from '../lib/card/generate';
import { layoutCard } from '../lib/card/layout';
import { cardMeasure } from '../lib/card/measure';
import { renderCardPng } from '../lib/card/render';
import { checkContent, contentDir } from '../lib/content';
import { archiveStats } from '../lib/slices';
import { site } from '../site';

/**
 * Share cards as a build step: once the pages are built, every card of the archive is rendered
 * (or taken from the cache) into dist/og/, and the count is printed once. In dev, cards are
 * rendered when asked for.
 */

/** Every card, from the same content and checks the pages were built from. */
export function contentCards(dir = contentDir()): Card[] {
	const { briefs, taxonomies } = checkContent(dir);
	const items = briefs.flatMap((file) => (file.brief ? [{ slug: file.id, brief: file.brief, view: viewBrief(file.brief, taxonomies) }] : []));
	return archiveCards(archiveStats(items, taxonomies), site);
}

export function shareCards(): AstroIntegration {
	return {
		name: 'share-cards',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const result = await generateCards(contentCards(), { outDir: fileURLToPath(dir) });
				logger.info(`cards: ${result.rendered} rendered, ${result.cached} from cache`);
			},
			'astro:server:setup': ({ server }) => {
				server.middlewares.use(async (req, res, next) => {
					const path = req.url?.split('?')[0];
					const card = path?.startsWith('/og/') ? contentCards().find((c) => c.path === path) : undefined;
					if (!card) return next();
					try {
						const png = await renderCardPng(layoutCard(card, cardMeasure()).tree);
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
