/** robots.txt: every page may be crawled, and the sitemap says which there are. */
export function robotsTxt(siteUrl: string): string {
	return `User-agent: *\nAllow: /\n\nSitemap: ${new URL('sitemap-index.xml', siteUrl).href}\n`;
}
