import { describe, expect, it } from 'vitest';
import { useBrowser } from './helpers/browser';
import { contrastRatio, focused, type Focused } from './helpers/checks';
import { kyiv } from './helpers/kyiv';
import { useTranslations } from '../../src/lib/i18n/index';
import { pathLocale } from '../../src/lib/i18n/paths';

const { open } = useBrowser();

describe.each(['/', kyiv.path, `/uk${kyiv.path}`])('a keyboard user on %s', (path) => {
	it('meets a visible skip link first, and it leads into the content', async () => {
		const { page } = await open(path);
		await page.keyboard.press('Tab');
		const skip = await focused(page);
		expect(skip).toMatchObject({ text: useTranslations(pathLocale(path))('site.skip'), href: '#main', onScreen: true, outline: { style: 'solid' } });
		await page.keyboard.press('Enter');
		await page.keyboard.press('Tab');
		expect((await focused(page))?.inMain).toBe(true);
		await page.close();
	});

	it.each(['light', 'dark'] as const)('sees where focus is on every link in the %s colour scheme', async (colorScheme) => {
		const { page } = await open(path, { colorScheme });
		const stops: Focused[] = [];
		for (let i = 0; i < 200; i++) {
			await page.keyboard.press('Tab');
			const now = await focused(page);
			if (!now || (i > 0 && now.text === stops[0].text && now.href === stops[0].href)) break;
			stops.push(now);
		}
		expect(stops.length).toBeGreaterThan(5);
		for (const stop of stops) {
			expect(stop.outline.style, stop.text).toBe('solid');
			expect(stop.outline.width, stop.text).toBeGreaterThanOrEqual(2);
			expect(contrastRatio(stop.outline.color, stop.pageBackground), stop.text).toBeGreaterThanOrEqual(3);
		}
		await page.close();
	});
});
