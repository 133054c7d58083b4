import { cpSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { contentCards } from '../src/integrations/share-cards';
import { renderInBackground } from '../src/lib/card/background';
import type { Card } from '../src/lib/card/card';
import { cardPlacements, placeCards } from '../src/lib/card/generate';
import { handOverCheckedBriefs } from '../src/lib/checked-handoff';
import { checkedBriefs } from '../src/lib/content';
import { root } from './helpers/build';

/** The build's card step as it runs: rendered in a worker thread during the page build, placed after it. */
describe('cards rendered beside the page build', () => {
	const work = mkdtempSync(join(tmpdir(), 'card-background-'));
	const content = join(work, 'content');
	let cards: Card[];

	beforeAll(async () => {
		cpSync(join(root, 'tests/fixtures/basic'), content, { recursive: true });
		cards = await contentCards(content);
	});

	it('renders what the cache lacks in a worker, then places every card', async () => {
		const cacheDir = join(work, 'cache');
		expect(await renderInBackground(cards, { cacheDir }).done()).toMatchObject({ rendered: cards.length, cached: 0 });
		placeCards(cards, { outDir: join(work, 'dist'), cacheDir });
		// English cards under og/, Ukrainian ones under uk/og/.
		const placed = (readdirSync(join(work, 'dist'), { recursive: true }) as string[]).filter((f) => f.endsWith('.png'));
		expect(placed.filter((f) => f.startsWith('uk/og/'))).toHaveLength(cards.length / 2);
		expect(placed).toHaveLength(cards.length);
		expect(await renderInBackground(cards, { cacheDir }).done()).toEqual({ rendered: 0, cached: cards.length });
		// With the keys the build has made already for placing them: the same cards found.
		const keys = cardPlacements(cards).map(({ key }) => key);
		expect(await renderInBackground(cards, { cacheDir, keys }).done()).toEqual({ rendered: 0, cached: cards.length });
		expect(await renderInBackground(cards, { cacheDir: join(work, 'keyed'), keys }).done()).toMatchObject({ rendered: cards.length, cached: 0 });
		expect(readdirSync(join(work, 'keyed')).filter((f) => f.endsWith('.png')).sort()).toEqual([...new Set(keys)].map((key) => `${key}.png`).sort());
	});

	it('fails the build with the worker’s reason when a card cannot be rendered', async () => {
		const broken = { ...cards[0], tiles: undefined } as unknown as Card;
		await expect(renderInBackground([broken], { cacheDir: join(work, 'broken') }).done()).rejects.toThrow(/rendering share cards failed: .+/);
	});

	it('refuses to place a card that was never rendered', () => {
		expect(() => placeCards(cards, { outDir: join(work, 'nowhere'), cacheDir: join(work, 'empty') })).toThrow(/is not in the card cache/);
	});
});

describe('the checked briefs a build hands from its loader to its card step', () => {
	const content = join(root, 'tests/fixtures/basic');

	it('are taken once, for the folder they were checked in', () => {
		const handed = { briefs: [], translations: [], taxonomies: checkedBriefs(content).taxonomies };
		handOverCheckedBriefs(content, handed);
		const bundled = checkedBriefs(join(root, 'content'));
		expect(bundled.briefs.map((b) => b.id)).toContain('2025-09-07-kyiv');
		expect(bundled.translations.map((t) => [t.slug, t.translation.lang])).toContainEqual(['2025-09-07-kyiv', 'uk']);
		handOverCheckedBriefs(content, handed);
		expect(checkedBriefs(content)).toBe(handed);
		expect(checkedBriefs(content).briefs).toHaveLength(3);
	});
});
