import type { SatteriProcessorOptions } from '@astrojs/markdown-satteri';

/** What a brief's Markdown may link to, and the renderer plugin that holds rendered briefs to it. */

const allowedSchemes = new Set(['http', 'https', 'mailto']);

/** The scheme of a URL as a browser reads it (tabs, newlines and leading controls ignored), if any. */
export function urlScheme(url: string): string | undefined {
	const cleaned = url.replace(/[\t\n\r]/g, '').replace(/^[\u0000-\u0020]+/, '');
	return /^([a-z][a-z0-9+.-]*):/i.exec(cleaned)?.[1].toLowerCase();
}

/** Web and mail addresses, and addresses within the site (no scheme). */
export function isAllowedUrl(url: string): boolean {
	const scheme = urlScheme(url);
	return scheme === undefined || allowedSchemes.has(scheme);
}

/** `//host/…` (or `\\host`): no scheme, yet an address on another site. */
export function isOtherSite(url: string): boolean {
	return /^[\u0000-\u0020]*[\\/]{2}/.test(url);
}

type HastPlugin = NonNullable<SatteriProcessorOptions['hastPlugins']>[number];

/**
 * Defence in depth for Markdown rendered from content (briefs): raw HTML and images are dropped,
 * and links to other than allowed addresses or to another site without a scheme lose them. The
 * checker refuses such briefs first; this holds even if a brief reached the renderer unchecked. MDX pages (the site's own) are left alone.
 */
export const markdownSafety: HastPlugin = ({ sourceFormat }) =>
	sourceFormat === 'markdown' && {
		name: 'incident-briefs-markdown-safety',
		raw(node, ctx) {
			ctx.removeNode(node);
		},
		element: {
			filter: ['a', 'img'],
			visit(node, ctx) {
				// Briefs take no images (the checker says so); none is published, wherever it points.
				if (node.tagName === 'img') {
					ctx.removeNode(node);
					return;
				}
				const url = node.properties?.href;
				if (typeof url === 'string' && (!isAllowedUrl(url) || isOtherSite(url))) ctx.setProperty(node, 'href', null);
			},
		},
	};
