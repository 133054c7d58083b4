// @ts-check
import { satteri } from '@astrojs/markdown-satteri';
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import { lastBuildPages } from './src/integrations/last-build.ts';
import { pagefindIndex } from './src/integrations/pagefind.ts';
import { shareCards } from './src/integrations/share-cards.ts';
import { siteSitemap } from './src/integrations/sitemap.ts';
import { markdownSafety } from './src/lib/safe-markdown.ts';
import { defaultLocale, locales } from './src/lib/i18n/locales.ts';
import { cacheDir, site } from './src/site.ts';

export default defineConfig({
	site: site.url,
	cacheDir,
	// npm run build links the last build's pages into the output folder as Astro starts (src/lib/last-build.ts):
	// Astro must not empty it then.
	vite: { cacheDir: `${cacheDir}/vite`, ...(process.env.OUT_DIR_LINKED ? { build: { emptyOutDir: false } } : {}) },
	trailingSlash: 'always',
	// English at the root (addresses as before), Ukrainian under /uk/: src/pages/uk/ holds its thin route files.
	i18n: { locales: [...locales], defaultLocale, routing: { prefixDefaultLocale: false } },
	// Briefs render as Markdown: raw HTML and unsafe links are dropped even if one got past the check.
	// No syntax highlighting: briefs carry no code, and Shiki's inline styles would break the CSP.
	markdown: { processor: satteri({ hastPlugins: [markdownSafety] }), syntaxHighlight: false },
	integrations: [mdx(), siteSitemap(), pagefindIndex(), shareCards(), lastBuildPages()],
	// Writes .astro/collections/collections.json, which maps each brief file to the collection's JSON schema
	// for frontmatter completion and validation in editors (see CONTRIBUTING.md, "Editor setup").
	// incrementalBuild: a brief page whose cacheKey (src/data/archive.ts) and code are unchanged is
	// copied from the last build (kept in cacheDir) instead of rendered again.
	experimental: { contentIntellisense: true, incrementalBuild: true },
	security: {
		// A <meta> Content-Security-Policy on every page: Astro hashes the styles and scripts it emits,
		// so no other inline script runs and nothing loads from another origin.
		csp: {
			// data: images are the search box's icon in Pagefind's stylesheet.
			directives: ["default-src 'self'", "img-src 'self' data:", "object-src 'none'", "base-uri 'self'", "form-action 'self'"],
			// Search (Pagefind) compiles its index reader from WebAssembly; that allows no inline script.
			scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
		},
	},
});
