import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { root } from './helpers/build';
import { runScript } from './helpers/script';

describe('npm run check on the bundled content', () => {
	it('prints OK and exits 0', () => {
		const { status, stdout } = runScript('check.ts');
		expect(stdout.trim()).toBe('OK: 1 brief and 1 translation checked, 0 errors, 0 warnings');
		expect(status).toBe(0);
	});

	it('gives the same report on one thread with --threads 1, and refuses a count that is not one', () => {
		expect(runScript('check.ts', ['--threads', '1']).stdout.trim()).toBe('OK: 1 brief and 1 translation checked, 0 errors, 0 warnings');
		const { status, stderr } = runScript('check.ts', ['--threads', '0']);
		expect(stderr.trim()).toBe('--threads takes a whole number of threads, 1 or more, not "0"');
		expect(status).toBe(2);
	});
});

describe('npm run check on content with several broken briefs', () => {
	let dir: string;
	let briefs: string;
	beforeAll(() => {
		dir = mkdtempSync(join(tmpdir(), 'check-cli-'));
		cpSync(join(root, 'tests/fixtures/basic'), dir, { recursive: true });
		briefs = relative(root, join(dir, 'briefs'));
		const write = (name: string, text: string) => writeFileSync(join(dir, 'briefs', name), text);
		write(
			'2020-03-01-overcount.mdx',
			'---\ntitle: Fake brief with too many intercepted\ndate: 2020-03-01\nsummary: Invented.\nlocation: { country: ZZ }\nmunitions:\n  - type: test-drone\n    launched: 805\n    intercepted: 812\nsources: [{ id: gazette, publisher: Example Gazette }]\n---\nBody.\n',
		);
		write(
			'2020-03-02-typo.mdx',
			'---\ntitle: Fake brief with a typo\ndate: 2020-03-02\nsummary: Invented.\nlocation: { country: ZZ, region: north-fictona }\ncasualites: { killed: 1 }\nsources: [{ id: gazette, publisher: Example Gazette }]\n---\nBody.\n',
		);
		write('2020-03-03-hostile.mdx', "---\ntitle: Fake hostile brief\ndate: 2020-03-03\nsummary: Invented.\nlocation: { country: ZZ }\ncasualties: { killed: 1 }\nsources: [{ id: gazette, publisher: Example Gazette }]\n---\n\nimport fs from 'node:fs'\n\n<script>alert(1)</script>\n");
		write('2020-03-04-yaml.mdx', '---\ntitle: Fake brief: broken YAML\ndate: 2020-03-04\n---\nBody.\n');
		write(
			'2020-01-01-testville-again.mdx',
			'---\ntitle: Fake second brief on the same incident\ndate: 2020-01-01\nsummary: Invented.\nlocation: { country: ZZ, place: Testville }\ncasualties: { killed: 1 }\nsources: [{ id: gazette, publisher: Example Gazette }]\n---\nBody.\n',
		);
	});

	it('reports every problem in every file, one line each, and exits 1', () => {
		const { status, stdout } = runScript('check.ts', [], { CONTENT_DIR: dir });
		const lines = stdout.trim().split('\n');
		expect(lines).toEqual([
			`${briefs}/2020-01-01-testville.mdx:3:1 warning date: possible duplicate of ${briefs}/2020-01-01-testville-again.mdx: both are on 2020-01-01 in Testville; merge them if they describe one incident`,
			`${briefs}/2020-01-02-rule-first.mdx:7:7 warning sources[0].id: source "gazette" is cited by no figure; cite it or remove it`,
			`${briefs}/2020-03-01-overcount.mdx:9:5 error munitions[0].intercepted: 812 intercepted is more than the 805 launched`,
			`${briefs}/2020-03-02-typo.mdx:5:26 error location.region: unknown region "north-fictona"; did you mean "north-fictonia"?; use an id from regions.yaml or add one there`,
			`${briefs}/2020-03-02-typo.mdx:6:1 error casualites: unknown field "casualites"; did you mean "casualties"?`,
			`${briefs}/2020-03-02-typo.mdx:7:13 warning sources[0].id: source "gazette" is cited by no figure; cite it or remove it`,
			`${briefs}/2020-03-03-hostile.mdx:10:1 error import and export statements are not allowed in a brief; remove the line (a brief cannot load code)`,
			`${briefs}/2020-03-03-hostile.mdx:12:1 error <script> is an HTML or JSX element, which a brief may not hold; briefs are plain Markdown: use **bold**, [text](https://…) and the like, or write \\< to show a <`,
			`${briefs}/2020-03-04-yaml.mdx:2:18 error YAML syntax: bad indentation of a mapping entry (a value holding ": " must be quoted, and the keys of one block line up under each other)`,
			'8 briefs checked, 6 errors, 3 warnings',
		]);
		expect(status).toBe(1);
	});

	it('gives the same report as JSON with --format json', () => {
		const { status, stdout } = runScript('check.ts', ['--format', 'json'], { CONTENT_DIR: dir });
		const report = JSON.parse(stdout);
		expect([report.briefs, report.errors, report.warnings]).toEqual([8, 6, 3]);
		expect(report.problems[2]).toEqual({
			file: `${briefs}/2020-03-01-overcount.mdx`,
			line: 9,
			column: 5,
			severity: 'error',
			field: 'munitions[0].intercepted',
			message: '812 intercepted is more than the 805 launched',
		});
		expect(status).toBe(1);
	});

	it('writes GitHub annotations when run in GitHub Actions', () => {
		const { stdout } = runScript('check.ts', [], { CONTENT_DIR: dir, GITHUB_ACTIONS: 'true' });
		const lines = stdout.trim().split('\n');
		expect(lines[2]).toBe(
			`::error file=${briefs}/2020-03-01-overcount.mdx,line=9,col=5,title=munitions[0].intercepted::${briefs}/2020-03-01-overcount.mdx:9:5 error munitions[0].intercepted: 812 intercepted is more than the 805 launched`,
		);
		expect(lines[0]).toMatch(/^::warning file=.*testville\.mdx,line=3,col=1,title=date::/);
		expect(lines.at(-1)).toBe('8 briefs checked, 6 errors, 3 warnings');
	});

	it('checks the taxonomies too', () => {
		const broken = mkdtempSync(join(tmpdir(), 'check-cli-taxonomy-'));
		cpSync(join(root, 'tests/fixtures/basic'), broken, { recursive: true });
		writeFileSync(join(broken, 'munitions.yaml'), '- { id: test-drone, name: Test Drone, category: drone }\n- { id: test-drone, name: Copy, category: drone }\n- { id: test-cruise, name: Test Cruise, category: cruise-missile }\n');
		const { status, stdout } = runScript('check.ts', [], { CONTENT_DIR: broken });
		expect(stdout).toContain(`${relative(root, join(broken, 'munitions.yaml'))}:2:5 error [1].id: duplicate id "test-drone"`);
		expect(status).toBe(1);
	});

	it('requires a Ukrainian name of every taxonomy entry once one has it, naming the entry\'s line', () => {
		const broken = mkdtempSync(join(tmpdir(), 'check-cli-names-'));
		cpSync(join(root, 'tests/fixtures/basic'), broken, { recursive: true });
		writeFileSync(join(broken, 'munitions.yaml'), '- { id: test-drone, name: Test Drone Mk1, names: { uk: Тестовий дрон }, category: drone }\n- { id: test-cruise, name: Test Cruise Missile, category: cruise-missile }\n');
		const { status, stdout } = runScript('check.ts', [], { CONTENT_DIR: broken });
		expect(stdout).toContain(
			`${relative(root, join(broken, 'munitions.yaml'))}:2:5 error [1].id: "test-cruise" has no names.uk, while other entries have one (such as "test-drone"); give every entry a name in uk`,
		);
		expect(status).toBe(1);
	});
});

describe('npm run check on content with broken translations', () => {
	let dir: string;
	let briefs: string;
	beforeAll(() => {
		dir = mkdtempSync(join(tmpdir(), 'check-cli-translations-'));
		cpSync(join(root, 'tests/fixtures/basic'), dir, { recursive: true });
		briefs = relative(root, join(dir, 'briefs'));
		const write = (name: string, text: string) => writeFileSync(join(dir, 'briefs', name), text);
		const translation = (...lines: string[]) => ['---', 'title: Вигаданий бриф', 'summary: Вигадано.', ...lines, '---', 'Вигаданий текст.', ''].join('\n');
		write(
			'2020-03-01-revised.mdx',
			'---\ntitle: Fake brief revised after its translation\ndate: 2020-03-01\nsummary: Invented.\nlocation: { country: ZZ }\ncasualties: { killed: 1 }\nsources: [{ id: gazette, publisher: Example Gazette }]\nupdated: 2020-03-09\n---\nBody.\n',
		);
		write('2020-03-01-revised.uk.mdx', translation('translated: 2020-03-02'));
		write('2020-01-03-single-source.uk.mdx', translation('translated: 2020-01-04', 'casualties: { killed: 5 }'));
		write('2020-01-01-testville.uk.mdx', translation('translated: 2020-01-04', 'notes:', '  casualties.children_injured: вигадано'));
		write('2020-03-05-gone.uk.mdx', translation('translated: 2020-03-06'));
	});

	it('names each problem with its file, line and field', () => {
		const { status, stdout } = runScript('check.ts', [], { CONTENT_DIR: dir });
		// The warnings of untranslated text and an uncited source are tested elsewhere.
		const lines = stdout.trim().split('\n').filter((line) => / error |stale|checked/.test(line));
		expect(lines).toEqual([
			`${briefs}/2020-01-01-testville.uk.mdx:6:3 error notes.casualties.children_injured: "casualties.children_injured" names no figure, munition entry, source or correction of the original; did you mean "casualties.children_killed"?`,
			`${briefs}/2020-01-03-single-source.uk.mdx:5:1 error casualties: figures come from the original (${briefs}/2020-01-03-single-source.mdx); a translation holds only text: translate their notes as notes["casualties.killed"] and the like`,
			`${briefs}/2020-03-01-revised.uk.mdx:4:1 warning translated: the original was updated on 2020-03-09, after this translation (2020-03-02): it may be stale; bring it up to date with the original and set translated`,
			`${briefs}/2020-03-05-gone.uk.mdx:1:1 error its original 2020-03-05-gone.mdx is missing: a translation lives beside the brief it translates, named <slug>.<lang>.mdx`,
			'4 briefs and 4 translations checked, 3 errors, 9 warnings',
		]);
		expect(status).toBe(1);
	});
});
