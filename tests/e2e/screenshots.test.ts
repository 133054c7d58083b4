import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { root } from '../helpers/build';
import { useBrowser } from './helpers/browser';
import { kyiv } from './helpers/kyiv';
import { sitePaths } from './helpers/site-pages';

const { open } = useBrowser();
const folder = join(root, 'test-results/screenshots');
const built = sitePaths(inject('siteDir'));
// /stats/ comes with the summary pages; shot whenever the site has it.
const pages = [
	{ name: 'home', path: '/' },
	{ name: 'brief', path: kyiv.path },
	{ name: 'stats', path: '/stats/' },
	{ name: 'brief-uk', path: `/uk${kyiv.path}` },
	{ name: 'stats-uk', path: '/uk/stats/' },
].filter(({ path }) => built.includes(path));
const shots = pages.flatMap((page) => [
	{ ...page, width: 360, colorScheme: 'light' as const },
	{ ...page, width: 1280, colorScheme: 'light' as const },
	{ ...page, width: 360, colorScheme: 'dark' as const },
]);

describe('screenshots for review, in test-results/screenshots/', () => {
	it.each(shots)('$name at $width px, $colorScheme', async ({ name, path, width, colorScheme }) => {
		mkdirSync(folder, { recursive: true });
		const { page } = await open(path, { width, colorScheme });
		const file = join(folder, `${name}-${width}${colorScheme === 'dark' ? '-dark' : ''}.png`);
		const png = await page.screenshot({ path: file, fullPage: true });
		expect(png.readUInt32BE(16)).toBe(width);
		await page.close();
	});
});
