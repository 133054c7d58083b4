import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { load } from 'cheerio';

/** What a reader's browser, a crawler and an unfurler would fetch from a built site's pages, and what of it is missing. */

const walk = (dir: string): string[] =>
	readdirSync(dir, { withFileTypes: true }).flatMap((entry) => (entry.isDirectory() ? walk(join(dir, entry.name)) : [join(dir, entry.name)]));

/** Every HTML page of a build, by its path under the output folder (uk/stats/index.html, 404.html). */
export function htmlFiles(outDir: string): string[] {
	return walk(outDir)
		.filter((file) => file.endsWith('.html'))
		.map((file) => relative(outDir, file))
		.sort();
}

/** Every string in a JSON value. */
const strings = (value: unknown): string[] =>
	typeof value === 'string' ? [value] : value && typeof value === 'object' ? Object.values(value).flatMap(strings) : [];

/** The site's own addresses a page names: links, scripts, images, and the absolute ones in its head (canonical, og:url, og:image, JSON-LD). */
export function internalReferences(html: string, siteUrl: string): string[] {
	const $ = load(html);
	const refs = [
		...$('[href]').map((_, el) => $(el).attr('href')).get(),
		...$('[src]').map((_, el) => $(el).attr('src')).get(),
		...$('[srcset]').map((_, el) => $(el).attr('srcset')!.split(',').map((part) => part.trim().split(/\s+/)[0])).get(),
		...[...$('meta[content]').map((_, el) => $(el).attr('content')).get(), ...$('script[type="application/ld+json"]').get().flatMap((el) => strings(JSON.parse($(el).text())))].filter(
			(content) => content.startsWith(siteUrl),
		),
	];
	return refs
		.map((ref) => (ref.startsWith(siteUrl) ? `/${ref.slice(siteUrl.length)}` : ref))
		.filter((ref) => ref.startsWith('/') && !ref.startsWith('//'));
}

/** Whether a site address is served by a file of the build: /stats/ by stats/index.html, /og/x.png by itself. */
export function resolves(outDir: string, address: string): boolean {
	const path = decodeURIComponent(address.split(/[?#]/)[0]);
	const file = join(outDir, path.endsWith('/') ? `${path}index.html` : path);
	return existsSync(file) && statSync(file).isFile();
}

/** Each address no file of the build serves, with the pages naming it. */
export function brokenReferences(outDir: string, siteUrl: string): Record<string, string[]> {
	const broken: Record<string, string[]> = {};
	for (const file of htmlFiles(outDir)) {
		for (const ref of internalReferences(readFileSync(join(outDir, file), 'utf8'), siteUrl)) {
			if (!resolves(outDir, ref)) (broken[ref] ??= []).push(file);
		}
	}
	return broken;
}
