import { describe, expect, it } from 'vitest';
import { useBrowser } from './helpers/browser';
import { kyiv } from './helpers/kyiv';

const { open } = useBrowser();

describe('the Content-Security-Policy', () => {
	it('allows scripts only from the site itself or by the hash of a script Astro emits', async () => {
		const { page } = await open(kyiv.path);
		const policy = (await page.getAttribute('meta[http-equiv="content-security-policy"]', 'content')) ?? '';
		const directives = new Map(
			policy
				.split(';')
				.map((d) => d.trim().split(/\s+/))
				.filter(([name]) => name)
				.map(([name, ...sources]) => [name, sources]),
		);
		expect(directives.get('default-src')).toEqual(["'self'"]);
		const scriptSources = directives.get('script-src') ?? [];
		expect(scriptSources).toContain("'self'");
		for (const source of scriptSources) expect(source).toMatch(/^'(self|wasm-unsafe-eval|sha(256|384|512)-[A-Za-z0-9+/]+=*)'$/);
		await page.close();
	});

	it('stops a script injected into a brief page, and the browser reports it', async () => {
		const { page, errors } = await open(kyiv.path);
		await page.evaluate(() => {
			const script = document.createElement('script');
			script.textContent = 'document.body.dataset.injected = "ran"';
			document.head.append(script);
		});
		expect(await page.evaluate(() => document.body.dataset.injected)).toBeUndefined();
		expect(errors.some((e) => /Content Security Policy/.test(e))).toBe(true);
		await page.close();
	});

	it('stops a request to another origin', async () => {
		const { page, failed, errors } = await open(kyiv.path);
		const blocked = page.waitForEvent('requestfailed');
		await page.evaluate(() => {
			const image = document.createElement('img');
			image.src = 'https://tracker.example/pixel.png';
			document.body.append(image);
		});
		await blocked;
		expect(failed).toEqual([{ url: 'https://tracker.example/pixel.png', reason: 'csp' }]);
		expect(errors.some((e) => /Content Security Policy/.test(e) && e.includes('tracker.example'))).toBe(true);
		await page.close();
	});
});
