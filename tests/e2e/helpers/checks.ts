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
