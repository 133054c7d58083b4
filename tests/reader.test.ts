import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite, page, root, type Build } from './helpers/build';

/** What a reader's browser receives, measured on the built files of the bundled content. */
describe('the built pages a reader downloads', () => {
	let build: Build;
	let files: string[];
	let pages: string[];
	beforeAll(() => {
		build = buildSite(`${root}/content`);
		expect(build.status, build.output).toBe(0);
		files = readdirSync(build.outDir, { recursive: true, encoding: 'utf8' }).filter((f) => statSync(join(build.outDir, f)).isFile());
		pages = files.filter((f) => f.endsWith('.html'));
	});

	const stylesheets = (html: string) => {
		const { $ } = page(html);
		const linked = $('link[rel="stylesheet"]')
			.map((_, el) => build.read(($(el).attr('href') ?? '').replace(/^\//, '')))
			.get();
		return { inline: $('style').map((_, el) => $(el).text()).get(), linked };
	};

	it('keeps a brief page’s HTML plus CSS within 30 KB gzipped', () => {
		const briefs = pages.filter((f) => f.startsWith('briefs/') && f !== 'briefs/index.html');
		expect(briefs).toContain('briefs/2025-09-07-kyiv/index.html');
		for (const file of briefs) {
			const html = build.read(file);
			const bytes = [html, ...stylesheets(html).linked].reduce((sum, text) => sum + gzipSync(text).length, 0);
			expect(bytes, file).toBeLessThanOrEqual(30 * 1024);
		}
	});

	it('uses the system font stack, with no web font beyond one subset of at most 30 KB', () => {
		const fontFiles = files.filter((f) => /\.(woff2?|ttf|otf|eot)$/i.test(f));
		const css = pages.flatMap((file) => {
			const { inline, linked } = stylesheets(build.read(file));
			return [...inline, ...linked];
		});
		const fontFaces = new Set(css.flatMap((text) => text.match(/@font-face\s*{[^}]*}/g) ?? []));
		expect(fontFaces.size).toBeLessThanOrEqual(1);
		expect(fontFiles.length).toBeLessThanOrEqual(1);
		for (const font of fontFiles) expect(statSync(join(build.outDir, font)).size, font).toBeLessThanOrEqual(30 * 1024);
		expect(css.join('\n')).toMatch(/font-family:\s*system-ui/);
	});

	it('declares its language (Ukrainian under uk/) and a Content-Security-Policy ahead of every style and executable script, on every page', () => {
		for (const file of pages) {
			const { $ } = page(build.read(file));
			expect($('html').attr('lang'), file).toBe(file.startsWith('uk/') ? 'uk' : 'en');
			const head = $('head').children().toArray();
			const policy = head.findIndex((el) => $(el).is('meta[http-equiv="content-security-policy"]'));
			const firstResource = head.findIndex((el) => $(el).is('style, script:not([type="application/ld+json"]), link[rel="stylesheet"]'));
			expect(policy, file).toBeGreaterThanOrEqual(0);
			expect(firstResource === -1 || policy < firstResource, file).toBe(true);
			const scriptSrc = /script-src ([^;]*)/.exec($(head[policy]).attr('content') ?? '')?.[1].trim().split(/\s+/) ?? [];
			expect(scriptSrc, file).toContain("'self'");
			// No 'unsafe-inline', 'unsafe-eval', host or scheme: only the site, and scripts by their hash.
			for (const source of scriptSrc) expect(source, file).toMatch(/^'(self|wasm-unsafe-eval|sha(256|384|512)-[A-Za-z0-9+/]+=*)'$/);
		}
	});

	it('describes a brief for search engines as a NewsArticle about the event, citing its sources', () => {
		const { $ } = page(build.read('briefs/2025-09-07-kyiv/index.html'));
		const blocks = $('script[type="application/ld+json"]');
		expect(blocks.length).toBe(1);
		const data = JSON.parse(blocks.text());
		expect(data['@type']).toBe('NewsArticle');
		expect(data.headline).toBe('Record drone and missile attack on Kyiv hits the Cabinet of Ministers building');
		expect(data.url).toBe($('link[rel="canonical"]').attr('href'));
		expect(data.about).toMatchObject({
			'@type': 'Event',
			startDate: '2025-09-06T17:00+03:00',
			endDate: '2025-09-07T09:30+03:00',
			location: { address: { addressCountry: 'UA', addressLocality: 'Kyiv' } },
		});
		expect(data.citation.map((c: { publisher: { name: string } }) => c.publisher.name)).toEqual([
			'Metro',
			'Air Force of the Armed Forces of Ukraine',
		]);
		expect(data.citation[1].url).toBe(
			'https://www.facebook.com/kpszsu/posts/pfbid0YNrD45i6HHWFwKbqMzyFKpNCTVp1UcXehtNP1C31oraYneC8AW9okQgABJnXZ75Hl',
		);
	});
});
