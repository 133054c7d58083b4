import { resolve } from 'node:path';
import { en } from './lib/i18n/en.ts';

/** Site settings: every page reads them from here. */
export const site = {
	/** In English; pages in other languages take theirs from their dictionary (src/lib/i18n/). */
	name: en['site.name'],
	description: en['site.description'],
	lang: 'en',
	/** Public address; SITE_URL sets it for a deployment. */
	url: (process.env.SITE_URL || 'http://localhost:4321').replace(/\/?$/, '/'),
	/** Repository holding the briefs, for "Edit this brief" links; REPOSITORY_URL sets it. */
	repository: (process.env.REPOSITORY_URL || 'https://github.com/incident-briefs/incident-briefs').replace(/\/$/, ''),
	branch: process.env.REPOSITORY_BRANCH || 'main',
	contentLicense: { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' },
} as const;

/** Said at the end of a build without SITE_URL: every public address then points at this machine. */
export function siteUrlWarning(env: NodeJS.ProcessEnv = process.env): string | undefined {
	if (env.SITE_URL) return undefined;
	return [
		`warning: SITE_URL is not set, so every public address in the built site is ${site.url}:`,
		'canonical links, og:url and og:image (share cards cannot be unfurled), JSON-LD, the RSS feed, the sitemap,',
		"robots.txt, the CSV url column and the cite links. Set it for a deployment: SITE_URL=https://example.org/ npm run build",
	].join('\n');
}

export const licenses = {
	code: { name: 'MIT', url: `${site.repository}/blob/${site.branch}/LICENSE` },
	content: site.contentLicense,
} as const;

/**
 * Astro's cache folder, kept between builds: ASTRO_CACHE_DIR, so that tests and benchmarks can build
 * side by side, or node_modules/.astro. Like CONTENT_DIR, relative to where the build runs.
 */
export const cacheDir = resolve(process.env.ASTRO_CACHE_DIR || 'node_modules/.astro');
