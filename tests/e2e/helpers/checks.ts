import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';

/** WCAG 2.2 level AA, as axe-core tags it. */
export const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** axe-core's violations on the page, one readable line per failing element. */
export async function accessibilityViolations(page: Page): Promise<string[]> {
	const { violations } = await new AxeBuilder({ page }).withTags(wcagTags).analyze();
	return violations.flatMap((v) => v.nodes.map((node) => `${v.id} (${v.help}): ${node.target.join(' ')} — ${node.failureSummary}`));
}

/** Scripts the document would run: external or inline, not JSON data blocks. */
export function executableScripts(page: Page): Promise<string[]> {
	return page.$$eval('script', (scripts) =>
		scripts
			.filter((s) => ['', 'module', 'text/javascript', 'application/javascript'].includes(s.type.toLowerCase()))
			.map((s) => s.src || s.outerHTML.slice(0, 80)),
	);
}

/** WCAG contrast ratio of two computed colours such as "rgb(18, 20, 23)". */
export function contrastRatio(a: string, b: string): number {
	const luminance = (color: string) => {
		const [r, g, b] = (color.match(/[\d.]+/g) ?? []).slice(0, 3).map((c) => {
			const s = Number(c) / 255;
			return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
		});
		return 0.2126 * r + 0.7152 * g + 0.0722 * b;
	};
	const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
	return (light + 0.05) / (dark + 0.05);
}

export interface Focused {
	text: string;
	href: string | null;
	inMain: boolean;
	/** Its box lies within the viewport. */
	onScreen: boolean;
	outline: { style: string; width: number; color: string };
	pageBackground: string;
}

/** What the keyboard has focused, and how it is drawn. */
export function focused(page: Page): Promise<Focused | undefined> {
	return page.evaluate(() => {
		const el = document.activeElement;
		if (!el || el === document.body) return undefined;
		const box = el.getBoundingClientRect();
		const style = getComputedStyle(el);
		return {
			text: (el.textContent ?? '').trim(),
			href: el.getAttribute('href'),
			inMain: document.querySelector('main')?.contains(el) ?? false,
			onScreen: box.width > 0 && box.height > 0 && box.left >= 0 && box.top >= 0 && box.right <= innerWidth && box.bottom <= innerHeight,
			outline: { style: style.outlineStyle, width: parseFloat(style.outlineWidth), color: style.outlineColor },
			pageBackground: getComputedStyle(document.body).backgroundColor,
		};
	});
}
