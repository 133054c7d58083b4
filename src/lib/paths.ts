/** Where each page lives. Every link to a brief or a slice of the archive is built here. */

export const briefPath = (slug: string) => `/briefs/${slug}/`;
export const briefJsonPath = (slug: string) => `/briefs/${slug}.json`;
export const regionPath = (id: string) => `/regions/${id}/`;
export const munitionPath = (id: string) => `/munitions/${id}/`;
export const categoryPath = (category: string) => `/munitions/category/${category}/`;
export const yearPath = (year: string) => `/years/${year}/`;
export const tagPath = (tag: string) => `/tags/${tag}/`;

/** The absolute address of a path on the site whose root is `siteUrl`. */
export function permalink(path: string, siteUrl: string): string {
	return new URL(path, siteUrl).href;
}
