import { writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite, root } from '../helpers/build';
import { useBrowser } from './helpers/browser';
import { serve } from './helpers/serve';

/**
 * Brief bodies come from strangers. The checker refuses markup and the renderer drops raw HTML
 * (tests/check-body.test.ts, tests/safe-markdown.test.ts); this is the last line: if markup ever got
 * into a page anyway, the Content-Security-Policy must stop it from running in a reader's browser.
 */
const hostile = `Before <script>document.documentElement.dataset.ran = 1</script> middle
<img src="/missing.png" onerror="document.documentElement.dataset.ran = 2" alt=""> after.`;

const { open } = useBrowser();

describe('a brief page with markup injected into its body', () => {
	let site: { url: string; server: Server };
	beforeAll(async () => {
		const build = buildSite(join(root, 'tests/fixtures/basic'));
		expect(build.status, build.output).toBe(0);
		const path = 'briefs/2020-01-03-single-source/index.html';
		const html = build.read(path);
		expect(html).toContain('SINGLE-SOURCE-BODY.');
		writeFileSync(join(build.outDir, path), html.replace('SINGLE-SOURCE-BODY.', hostile));
		site = await serve(build.outDir);
	});
	afterAll(() => site?.server.close());

	it('runs neither the script nor the event handler, and the browser reports both', async () => {
		const { page, errors } = await open(`${site.url}/briefs/2020-01-03-single-source/`);
		expect(await page.locator('.body').innerText()).toMatch(/Before\s+middle/);
		expect(await page.evaluate(() => document.documentElement.dataset.ran)).toBeUndefined();
		expect(errors.filter((e) => /Content Security Policy/.test(e) && /inline script/.test(e))).toHaveLength(1);
		expect(errors.filter((e) => /Content Security Policy/.test(e) && /inline event handler/.test(e))).toHaveLength(1);
		await page.close();
	});
});
