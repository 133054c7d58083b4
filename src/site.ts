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

export const licenses = {
	code: { name: 'MIT', url: `${site.repository}/blob/${site.branch}/LICENSE` },
	content: site.contentLicense,
} as const;

/**
 * Astro's cache folder, kept between builds: ASTRO_CACHE_DIR, so that tests and benchmarks can build
 * side by side, or node_modules/.astro. Like CONTENT_DIR, relative to where the build runs.
 */
export const cacheDir = resolve(process.env.ASTRO_CACHE_DIR || 'node_modules/.astro');
