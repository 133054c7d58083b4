import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, statSync, unlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import sharp from 'sharp';
import type { Card } from './card.ts';
import { installedVersion } from '../installed.ts';
import { fontsDigest } from './fonts.ts';

/**
 * A content-hash cache of rendered cards in a folder that survives rebuilds (and that CI can keep):
 * a card is rendered again only when its text, the template, the fonts or the renderers change.
 */

export function cardCacheDir(env: NodeJS.ProcessEnv = process.env): string {
	return resolve(env.CARD_CACHE_DIR || 'node_modules/.cache/incident-briefs-cards');
}

/** The modules whose source decides how a card looks: any edit to them renders every card again. */
const templateModules = [
	'layout.ts',
	'wrap.ts',
	'measure.ts',
	'render.ts',
	'drawing.ts',
	'compose.ts',
	'glyph-masks.ts',
	'shaping.ts',
	'sfnt.ts',
	'palette.ts',
	'png.ts',
	'size.ts',
	'fonts.ts',
];

const renderers = new Map<string, string>();

/**
 * Digest of everything but the card's own text: template source, font bytes, satori, HarfBuzz and
 * sharp versions. `template` is the folder holding the template modules (this one, unless a test edits a copy).
 */
export function rendererDigest(template: URL = new URL('./', import.meta.url)): string {
	let digest = renderers.get(template.href);
	if (digest) return digest;
	const hash = createHash('sha256');
	for (const name of templateModules) hash.update(`${name}\n`).update(readFileSync(new URL(name, template)));
	const version = (name: string) => installedVersion(name, import.meta.url);
	hash.update(`fonts ${fontsDigest()}\nsatori ${version('satori')}\nharfbuzzjs ${version('harfbuzzjs')}\nsharp ${JSON.stringify(sharp.versions)}\n`);
	digest = hash.digest('hex');
	renderers.set(template.href, digest);
	return digest;
}

/** What a card shows: the fields the layout reads. The page it belongs to and its alt text are not drawn. */
export function cardInputs(card: Card) {
	const { kicker, title, tiles, lines, note, site, footer } = card;
	return { kicker, title, tiles, lines, note, site, footer };
}

export function cardKey(card: Card, digest = rendererDigest()): string {
	return createHash('sha256').update(digest).update(JSON.stringify(cardInputs(card))).digest('hex').slice(0, 32);
}

export interface CardCache {
	dir: string;
	has(key: string): boolean;
	/** The cached file's path, marked as used now; undefined when the card is not cached. */
	touch(key: string): string | undefined;
	put(key: string, png: Buffer): void;
	/** Removes entries no build has used for `days` days, so the folder does not grow forever. */
	prune(days?: number): number;
}

export function openCardCache(dir = cardCacheDir()): CardCache {
	mkdirSync(dir, { recursive: true });
	const file = (key: string) => join(dir, `${key}.png`);
	return {
		dir,
		has(key) {
			return existsSync(file(key));
		},
		touch(key) {
			try {
				const now = new Date();
				utimesSync(file(key), now, now);
				return file(key);
			} catch {
				return undefined;
			}
		},
		put(key, png) {
			// Written aside and renamed, so a build running beside this one never reads half a file.
			const partial = `${file(key)}.${process.pid}.partial`;
			writeFileSync(partial, png);
			renameSync(partial, file(key));
		},
		prune(days = 30) {
			const cutoff = Date.now() - days * 86_400_000;
			let removed = 0;
			for (const name of readdirSync(dir)) {
				const path = join(dir, name);
				if (statSync(path).mtimeMs < cutoff) {
					unlinkSync(path);
					removed++;
				}
			}
			return removed;
		},
	};
}
