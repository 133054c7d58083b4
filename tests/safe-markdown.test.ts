import { describe, expect, it } from 'vitest';
import config from '../astro.config.mjs';
import { isAllowedUrl } from '../src/lib/safe-markdown';

/** Renders Markdown with the processor the site is configured with, as the brief loader does. */
async function render(markdown: string): Promise<string> {
	const processor = config.markdown!.processor!;
	const renderer = await processor.createRenderer({});
	return (await renderer.render(markdown, {})).code;
}

describe('Markdown rendering, as defence in depth behind the checker', () => {
	it('drops raw HTML: scripts, iframes, styles, objects and event handlers', async () => {
		const html = await render(
			'Before <b onclick="alert(1)">bold</b> after.\n\n<script>alert(1)</script>\n\n<iframe src="https://example.org"></iframe>\n\n<style>p{}</style>\n\n<object data="x.swf"></object>\n\nEND-OF-TEXT',
		);
		expect(html).not.toMatch(/<script|<iframe|<style|<object|onclick|<b\b/i);
		expect(html).toContain('Before bold after.');
		expect(html).toContain('END-OF-TEXT');
	});

	it('removes javascript: and data: addresses from links and images, keeping web addresses', async () => {
		const html = await render(
			'[a](javascript:alert(1)) [b](JaVaScRiPt:alert(2)) ![c](data:image/svg+xml,x) [d](https://example.org/d) [e](/briefs/) [f](mailto:desk@example.org)',
		);
		expect(html).not.toMatch(/javascript:|data:/i);
		expect(html).toContain('href="https://example.org/d"');
		expect(html).toContain('href="/briefs/"');
		expect(html).toContain('href="mailto:desk@example.org"');
	});

	it('publishes no image, wherever it points, and no link to another site written without its scheme', async () => {
		const html = await render('![pixel](https://tracker.example/p.png) ![x](photo.png) ![r][p] [away](//evil.example/) END\n\n[p]: //tracker.example/r.png');
		expect(html).not.toMatch(/<img|tracker\.example|evil\.example/);
		expect(html).toContain('away');
		expect(html).toContain('END');
	});

	it('still renders GFM tables and footnotes', async () => {
		const html = await render('| a |\n| - |\n| CELL |\n\nText.[^1]\n\n[^1]: NOTE');
		expect(html).toContain('<td>CELL</td>');
		expect(html).toContain('NOTE');
	});
});

describe('isAllowedUrl', () => {
	it.each([
		['https://example.org', true],
		['http://example.org', true],
		['mailto:desk@example.org', true],
		['/briefs/', true],
		['#source-metro', true],
		['javascript:alert(1)', false],
		[' \tjava\nscript:alert(1)', false],
		['DATA:text/html,x', false],
		['vbscript:x', false],
		['file:///etc/passwd', false],
	])('%j is allowed: %s', (url, allowed) => {
		expect(isAllowedUrl(url)).toBe(allowed);
	});
});
