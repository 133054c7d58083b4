import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite, root } from '../helpers/build';
import { useBrowser } from './helpers/browser';
import { serve } from './helpers/serve';

/** Brief bodies come from strangers; markup written into one must not run in a reader's browser. */
const hostile = `---
title: Fake brief with hostile markup
date: 2020-01-01
summary: Invented for the browser tests.
location: { country: ZZ }
sources: [{ id: fake, publisher: Example Fake Source }]
---

Before <script>document.documentElement.dataset.ran = 1</script> middle
<img src="/missing.png" onerror="document.documentElement.dataset.ran = 2" alt=""> after.
`;

const { open } = useBrowser();

describe('a brief whose body carries script', () => {
	let site: { url: string; server: Server };
	beforeAll(async () => {
		const dir = mkdtempSync(join(tmpdir(), 'briefs-hostile-'));
		cpSync(join(root, 'tests/fixtures/basic'), dir, { recursive: true, filter: (src) => !src.includes('/briefs/') });
		mkdirSync(join(dir, 'briefs'), { recursive: true });
		writeFileSync(join(dir, 'briefs/2020-01-01-hostile.mdx'), hostile);
		const build = buildSite(dir);
		expect(build.status, build.output).toBe(0);
		site = await serve(build.outDir);
	});
	afterAll(() => site?.server.close());

	it('runs neither the script nor the event handler, and the browser reports both', async () => {
		const { page, errors } = await open(`${site.url}/briefs/2020-01-01-hostile/`);
		expect(await page.locator('.body').innerText()).toMatch(/Before\s+middle/);
		expect(await page.evaluate(() => document.documentElement.dataset.ran)).toBeUndefined();
		expect(errors.filter((e) => /Content Security Policy/.test(e) && /inline script/.test(e))).toHaveLength(1);
		expect(errors.filter((e) => /Content Security Policy/.test(e) && /inline event handler/.test(e))).toHaveLength(1);
		await page.close();
	});
});
