import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, inject } from 'vitest';

/** Debian's Chromium; the suite never downloads a browser. */
export const chromiumPath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

const flags = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--no-first-run',
];

export interface Visit {
	page: Page;
	/** Every request the page made, as full addresses. */
	requests: { url: string; type: string }[];
	/** Requests that failed, with the browser's reason ("csp" when the policy blocked it, …). */
	failed: { url: string; reason: string }[];
	/** Console errors and uncaught exceptions; Chromium reports CSP violations here. */
	errors: string[];
	status: number | undefined;
}

export interface VisitOptions {
	width?: number;
	colorScheme?: 'light' | 'dark';
}

/** Starts headless Chromium with a fresh profile for the test file; `open` loads a path of the built site, or a full address. */
export function useBrowser() {
	const siteUrl = inject('siteUrl');
	let context: BrowserContext;
	let profile: string;
	beforeAll(async () => {
		profile = mkdtempSync(join(tmpdir(), 'briefs-chromium-'));
		context = await chromium.launchPersistentContext(profile, {
			executablePath: chromiumPath,
			headless: true,
			args: flags,
			viewport: { width: 1280, height: 800 },
		});
	});
	afterAll(async () => {
		await context?.close();
		rmSync(profile, { recursive: true, force: true });
	});

	async function open(path: string, { width = 1280, colorScheme = 'light' }: VisitOptions = {}): Promise<Visit> {
		const page = await context.newPage();
		await page.setViewportSize({ width, height: 800 });
		await page.emulateMedia({ colorScheme });
		const requests: Visit['requests'] = [];
		const failed: Visit['failed'] = [];
		const errors: string[] = [];
		page.on('request', (request) => requests.push({ url: request.url(), type: request.resourceType() }));
		page.on('requestfailed', (request) => failed.push({ url: request.url(), reason: request.failure()?.errorText ?? '' }));
		page.on('console', (message) => {
			if (message.type() === 'error') errors.push(message.text());
		});
		page.on('pageerror', (error) => errors.push(String(error)));
		const response = await page.goto(new URL(path, siteUrl).href, { waitUntil: 'networkidle' });
		return { page, requests, failed, errors, status: response?.status() };
	}

	return { siteUrl, open };
}
