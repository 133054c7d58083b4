import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite, page, root, type Build } from './helpers/build';

describe('share cards in a built site', () => {
	const env = { SITE_URL: 'https://briefs.example.org', CARD_CACHE_DIR: mkdtempSync(join(tmpdir(), 'card-build-cache-')) };
	let first: Build;
	beforeAll(() => {
		first = buildSite(`${root}/tests/fixtures/basic`, env);
		expect(first.status, first.output).toBe(0);
	});

	it('gives a brief page absolute og:image and the rest of its share tags', () => {
		const { $ } = page(first.read('briefs/2020-01-01-testville/index.html'));
		const meta = (key: string) => $(`meta[property="${key}"], meta[name="${key}"]`).attr('content');
		expect(meta('og:image')).toBe('https://briefs.example.org/og/2020-01-01-testville.png');
		expect(meta('og:image:width')).toBe('1200');
		expect(meta('og:image:height')).toBe('630');
		expect(meta('og:title')).toBe('Тестове місто — fictional test incident in Testville');
		expect(meta('og:description')).toBe('A fictional incident used by the test suite. Nothing here happened.');
		expect(meta('og:url')).toBe('https://briefs.example.org/briefs/2020-01-01-testville/');
		expect(meta('og:type')).toBe('article');
		expect(meta('twitter:card')).toBe('summary_large_image');
		expect(meta('og:image:alt')).toContain('At least 3 killed; 11–20 injured; 1 child killed; 101–107 drones launched, 90 intercepted');
		expect($('link[rel="canonical"]').attr('href')).toBe('https://briefs.example.org/briefs/2020-01-01-testville/');
	});

	it('publishes the card the tag points at, as a 1200×630 PNG', async () => {
		const meta = await sharp(readFileSync(join(first.outDir, 'og/2020-01-01-testville.png'))).metadata();
		expect([meta.format, meta.width, meta.height]).toEqual(['png', 1200, 630]);
		expect(first.list('og/regions').sort()).toEqual(['north-fictonia.png', 'south-fictonia.png']);
	});

	it('points pages without a card of their own at the home card', () => {
		for (const path of ['index.html', 'about/index.html', 'briefs/index.html', '404.html']) {
			const { $ } = page(first.read(path));
			expect($('meta[property="og:image"]').attr('content'), path).toBe('https://briefs.example.org/og/index.png');
			expect($('meta[property="og:image:alt"]').attr('content'), path).toContain('at least 18 injured');
			expect($('meta[name="twitter:card"]').attr('content'), path).toBe('summary_large_image');
		}
		expect(first.output).toMatch(/cards: 22 rendered, 0 from cache/);
	});

	it('renders no card on a second build with the same cache', () => {
		const second = buildSite(`${root}/tests/fixtures/basic`, env);
		expect(second.status, second.output).toBe(0);
		expect(second.output).toMatch(/cards: 0 rendered, 22 from cache/);
		expect(readFileSync(join(second.outDir, 'og/2020-01-01-testville.png')).equals(readFileSync(join(first.outDir, 'og/2020-01-01-testville.png')))).toBe(true);
	});
});
