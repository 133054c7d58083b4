import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { astroEnv, page as parse, root } from './helpers/build';

function freePort(): Promise<number> {
	return new Promise((resolve) => {
		const server = createServer().listen(0, '127.0.0.1', () => {
			const { port } = server.address() as { port: number };
			server.close(() => resolve(port));
		});
	});
}

async function until<T>(probe: () => Promise<T | undefined>, what: string, ms = 60_000): Promise<T> {
	const end = Date.now() + ms;
	while (Date.now() < end) {
		const found = await probe().catch(() => undefined);
		if (found !== undefined) return found;
		await new Promise((r) => setTimeout(r, 250));
	}
	throw new Error(`timed out waiting for ${what}`);
}

describe('the dev server', () => {
	const dir = mkdtempSync(join(tmpdir(), 'briefs-dev-'));
	let server: ChildProcess;
	let base = '';
	const brief = join(dir, 'briefs/2020-01-03-single-source.mdx');
	/** Everything the server printed, without colours. */
	let output = '';
	const printed = () => stripVTControlCharacters(output);
	/** As until, and a timeout shows what the server printed last. */
	const waitFor: typeof until = (probe, what, ms) =>
		until(probe, what, ms).catch((error: Error) => {
			throw new Error(`${error.message}; the dev server printed last:\n${printed().slice(-3000)}`);
		});
	const invalidAtStart = '---\ntitle: Fictional brief invalid at start-up\ndate: 2020-01-05\nsummary: Invented.\nlocation: { country: ZZ }\ncasualties: { killed: -0 }\nsources: [{ id: gazette, publisher: Example Gazette }]\n---\n\nBody.\n';
	const get = async (path: string) => {
		const response = await fetch(base + path, { signal: AbortSignal.timeout(30_000) });
		return { status: response.status, text: await response.text() };
	};

	beforeAll(async () => {
		cpSync(join(root, 'tests/fixtures/basic'), dir, { recursive: true });
		writeFileSync(join(dir, 'briefs/2020-01-05-invalid.mdx'), invalidAtStart);
		mkdirSync(join(dir, 'briefs/sub'));
		writeFileSync(join(dir, 'briefs/sub/2020-01-06-nested.mdx'), invalidAtStart.replace('killed: -0', 'killed: 1').replaceAll('2020-01-05', '2020-01-06'));
		const port = await freePort();
		base = `http://127.0.0.1:${port}`;
		server = spawn(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'dev', '--port', String(port), '--host', '127.0.0.1'], {
			cwd: root,
			env: astroEnv({ CONTENT_DIR: dir, ASTRO_CACHE_DIR: join(dir, '.cache') }),
			stdio: ['ignore', 'pipe', 'pipe'],
		});
		server.stdout!.on('data', (chunk) => (output += chunk));
		server.stderr!.on('data', (chunk) => (output += chunk));
		await waitFor(async () => ((await get('/briefs/')).status === 200 ? true : undefined), 'the dev server', 120_000);
	});
	afterAll(() => {
		server?.kill();
		rmSync(dir, { recursive: true, force: true });
	});

	it('starts despite an invalid brief, serves every valid one and prints the problems as the checker does', async () => {
		expect((await get('/briefs/2020-01-03-single-source/')).status).toBe(200);
		expect((await get('/briefs/2020-01-05-invalid/')).status).toBe(404);
		await waitFor(async () => (/2020-01-05-invalid\.mdx:6:15 error casualties\.killed: -0 is a negative zero; write 0/.test(printed()) || undefined), 'the problem');
	});

	it('serves the same files as check and build: none from a folder below briefs/', async () => {
		expect((await get('/briefs/2020-01-06-nested/')).status).toBe(404);
		expect(printed()).toMatch(/briefs\/sub:1:1 error folders inside the briefs folder are not read/);
	});

	it('renders a brief’s share card when asked for it', async () => {
		const response = await fetch(`${base}/og/2020-01-01-testville.png`, { signal: AbortSignal.timeout(30_000) });
		expect(response.headers.get('content-type')).toBe('image/png');
		const png = Buffer.from(await response.arrayBuffer());
		expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
		expect(png.readUInt32BE(16)).toBe(1200);
		expect((await get('/og/no-such-brief.png')).status).toBe(404);
	});

	it('reloads an edited brief', async () => {
		expect((await get('/briefs/2020-01-03-single-source/')).text).toContain('SINGLE-SOURCE-BODY');
		writeFileSync(brief, readFileSync(brief, 'utf8').replace('SINGLE-SOURCE-BODY', 'EDITED-IN-DEV'));
		await waitFor(async () => ((await get('/briefs/2020-01-03-single-source/')).text.includes('EDITED-IN-DEV') || undefined), 'the edit');
	});

	it('adds a new brief and drops a deleted one', async () => {
		const added = join(dir, 'briefs/2020-01-04-added.mdx');
		writeFileSync(added, readFileSync(brief, 'utf8').replace('date: 2020-01-03', 'date: 2020-01-04').replace(/title: .*/, 'title: Fictional added brief'));
		await waitFor(async () => ((await get('/briefs/2020-01-04-added/')).text.includes('Fictional added brief') || undefined), 'the new brief');
		rmSync(added);
		await waitFor(async () => ((await get('/briefs/2020-01-04-added/')).status === 404 || undefined), 'the deletion');
	});

	it('keeps serving the last good version while an edit is invalid', async () => {
		writeFileSync(brief, readFileSync(brief, 'utf8').replace('injured: 7', 'injured: -7'));
		await waitFor(async () => (/2020-01-03-single-source\.mdx:6:\d+ error casualties\.injured: must not be negative/.test(printed()) || undefined), 'the problem printed');
		const page = await get('/briefs/2020-01-03-single-source/');
		expect(page.status).toBe(200);
		expect(parse(page.text).casualties()).toContain('Injured: 7[1]');
		expect(printed()).not.toMatch(/UnhandledRejection|TypeError/);
	});

	it('adds, reloads and drops a translation with its brief', async () => {
		// Testville: the brief edited above is left invalid on purpose.
		const translation = join(dir, 'briefs/2020-01-01-testville.uk.mdx');
		const title = async () => JSON.parse((await get('/briefs/2020-01-01-testville.json')).text).translations.uk?.title ?? null;
		const text = (heading: string) => `---\ntitle: ${heading}\nsummary: Вигадано.\ntranslated: 2020-01-04\nlocation: { place: Тествіль }\n---\n\nВИГАДАНИЙ-ТЕКСТ.\n`;
		writeFileSync(translation, text('Вигаданий переклад'));
		await waitFor(async () => ((await title()) === 'Вигаданий переклад' || undefined), 'the new translation');
		writeFileSync(translation, text('Виправлений переклад'));
		await waitFor(async () => ((await title()) === 'Виправлений переклад' || undefined), 'the edited translation');
		rmSync(translation);
		await waitFor(async () => ((await title()) === null || undefined), 'the deleted translation');
	});
});
