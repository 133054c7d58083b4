import { isAllowedUrl, isOtherSite, urlScheme } from '../safe-markdown.ts';

/** What the body check says about comments, images and links, wherever it finds them. */

export const commentMessage =
	'a brief holds no comments, neither <!-- … --> nor {/* … */}: delete the comment, or write the note as text in the body';

/** Briefs take no images: an image would be fetched from wherever its address points. */
export const imageMessage =
	'briefs take no images: an image would be loaded from another site, or published without its file; link to the picture instead: [description](https://…)';

export function linkFinding(url: string): string | undefined {
	if (!isAllowedUrl(url)) return `a link to a ${urlScheme(url)}: address is not allowed; use an http:// or https:// address`;
	// `//host/…` is another site: written without its scheme, it would pass for an address of this one.
	if (isOtherSite(url)) return `a link to ${url} without https: leads to another site; write the address in full, with https://`;
	return undefined;
}

