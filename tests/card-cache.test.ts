import { appendFileSync, cpSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { contentCards } from '../src/integrations/share-cards';
import { cardCacheDir, rendererDigest } from '../src/lib/card/cache';
import { generateCards } from '../src/lib/card/generate';
import { root } from './helpers/build';

/** The build's own card step, run as the build runs it, on a copy of the fixture content. */
describe('the card cache', () => {
	const work = mkdtempSync(join(tmpdir(), 'card-cache-'));
	const content = join(work, 'content');
	const cacheDir = join(work, 'cache');
	const build = async (name: string, digest?: string) => generateCards(await contentCards(content), { outDir: join(work, name), cacheDir, digest });
	const og = (name: string) =>
		new Map(
			(readdirSync(join(work, name, 'og'), { recursive: true }) as string[])
				.filter((f) => f.endsWith('.png'))
				.map((f) => [f, readFileSync(join(work, name, 'og', f))]),
		);
	// 3 briefs, home, /stats/, 2 regions, 2 munition types, the 2 munition categories the briefs report: in English (og/) and in Ukrainian (uk/og/).
	const perLanguage = 11;
	const all = 2 * perLanguage;
	let cold: Awaited<ReturnType<typeof build>>;

	beforeAll(async () => {
		cpSync(join(root, 'tests/fixtures/basic'), content, { recursive: true });
		cold = await build('cold');
	});

	it('renders every card on a cold build', () => {
		expect(cold).toEqual({ rendered: all, cached: 0 });
		expect(og('cold').size).toBe(perLanguage);
	});

	it('renders none on a warm build, and writes the same bytes', async () => {
		expect(await build('warm')).toEqual({ rendered: 0, cached: all });
		expect(og('warm')).toEqual(og('cold'));
	});

	it('renders exactly that brief’s cards after its title is edited: the English one and the Ukrainian one, which shows the untranslated title', async () => {
		const file = join(content, 'briefs/2020-01-03-single-source.mdx');
		writeFileSync(file, readFileSync(file, 'utf8').replace('title: Fictional single-source brief with bare numbers', 'title: Edited fictional title'));
		expect(await build('edited')).toEqual({ rendered: 2, cached: all - 2 });
		const [before, after] = [og('cold'), og('edited')];
		const changed = [...after.keys()].filter((f) => !after.get(f)!.equals(before.get(f)!));
		expect(changed).toEqual(['2020-01-03-single-source.png']);
	});

	it('renders every card again after the template changes', async () => {
		const template = join(work, 'template');
		cpSync(join(root, 'src/lib/card'), template, { recursive: true });
		appendFileSync(join(template, 'layout.ts'), '\n// an edit to the template\n');
		const edited = rendererDigest(pathToFileURL(`${template}/`));
		expect(edited).not.toBe(rendererDigest());
		expect(await build('restyled', edited)).toEqual({ rendered: all, cached: 0 });
	});

	it('lives under node_modules/.cache unless CARD_CACHE_DIR moves it', () => {
		expect(cardCacheDir({})).toBe(join(process.cwd(), 'node_modules/.cache/incident-briefs-cards'));
		expect(cardCacheDir({ CARD_CACHE_DIR: cacheDir })).toBe(cacheDir);
	});
});
