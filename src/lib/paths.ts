/** Where each page lives. Every link to a brief or a slice of the archive is built here. */

export const statsPath = '/stats/';
export const briefPath = (slug: string) => `/briefs/${slug}/`;
export const briefJsonPath = (slug: string) => `/briefs/${slug}.json`;
export const regionPath = (id: string) => `/regions/${id}/`;
export const munitionPath = (id: string) => `/munitions/${id}/`;
export const categoryPath = (category: string) => `/munitions/category/${category}/`;
export const yearPath = (year: string) => `/years/${year}/`;
export const tagPath = (tag: string) => `/tags/${tag}/`;

/** Where a page's share card is published: /og/index.png for home, /og/<slug>.png for a brief, else /og/<page>.png. */
export const homeCardPath = '/og/index.png';
export const briefCardPath = (slug: string) => `/og/${slug}.png`;
export const cardPath = (page: string) => (page === '/' ? homeCardPath : `/og${page.replace(/\/$/, '')}.png`);

/** The site's logo, for structured data that asks for one (public/logo.png). */
export const siteLogoPath = '/logo.png';

/** The absolute address of a path on the site whose root is `siteUrl`. */
export function permalink(path: string, siteUrl: string): string {
	return new URL(path, siteUrl).href;
}
