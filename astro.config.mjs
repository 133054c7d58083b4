// @ts-check
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import { defineConfig } from 'astro/config';
import { shareCards } from './src/integrations/share-cards.ts';
import { markdownSafety } from './src/lib/safe-markdown.ts';
import { site } from './src/site.ts';

export default defineConfig({
	site: site.url,
	// Tests and benchmarks build several content folders side by side, each with its own cache.
	cacheDir: process.env.ASTRO_CACHE_DIR || './node_modules/.astro',
	trailingSlash: 'always',
	// Briefs render as Markdown: raw HTML and unsafe links are dropped even if one got past the check.
	markdown: { processor: satteri({ hastPlugins: [markdownSafety] }) },
	integrations: [mdx(), shareCards()],
	// Writes .astro/collections/collections.json, which maps each brief file to the collection's JSON schema
	// for frontmatter completion and validation in editors (see CONTRIBUTING.md, "Editor setup").
	experimental: { contentIntellisense: true },
});
