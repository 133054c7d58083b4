import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, sep } from 'node:path';
import { load } from 'cheerio';
import { basePath, localePath, pathLocale } from '../../../src/lib/i18n/paths';

function locs(xml: string): string[] {
	const $ = load(xml, { xml: true });
	return $('loc')
		.map((_, el) => $(el).text().trim())
		.get();
}

/** Every page path of a built site: from its sitemap when it has one, else every index.html. */
export function sitePaths(siteDir: string): string[] {
	const index = join(siteDir, 'sitemap-index.xml');
	if (existsSync(index)) {
		const sitemaps = locs(readFileSync(index, 'utf8')).map((loc) => join(siteDir, new URL(loc).pathname));
		return sitemaps.flatMap((file) => locs(readFileSync(file, 'utf8')).map((loc) => new URL(loc).pathname));
	}
	return readdirSync(siteDir, { recursive: true, encoding: 'utf8' })
		.filter((file) => file === 'index.html' || file.endsWith(`${sep}index.html`))
		.map((file) => `/${file.split(sep).join('/').slice(0, -'index.html'.length)}`)
		.sort();
}

/** A page's kind: its path with the last segment of a nested page wildcarded ("/briefs/*\/", "/uk/briefs/*\/"). */
export function pageKind(path: string): string {
	const locale = pathLocale(path);
	const segments = basePath(path).split('/').filter(Boolean);
	const kind = segments.length < 2 ? basePath(path) : `/${[...segments.slice(0, -1), '*'].join('/')}/`;
	return localePath(kind, locale);
}

/** Every page of a kind that has at most `perKind`, else `perKind` spread evenly from first to last. */
export function samplePages(paths: string[], perKind: number): string[] {
	const kinds = new Map<string, string[]>();
	for (const path of paths) {
		const kind = pageKind(path);
		kinds.set(kind, [...(kinds.get(kind) ?? []), path]);
	}
	return [...kinds.values()].flatMap((pages) => {
		if (pages.length <= perKind) return pages;
		const step = (pages.length - 1) / Math.max(perKind - 1, 1);
		return Array.from({ length: perKind }, (_, i) => pages[Math.round(i * step)]);
	});
}
