import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite, page, root, type Build } from './helpers/build';

const fixture = join(root, 'tests/fixtures/basic');

describe('a build of the fixture content folder', () => {
	let build: Build;
	beforeAll(() => {
		build = buildSite(fixture);
		expect(build.status, build.output).toBe(0);
	});

	it('publishes one page per brief file, and no other brief pages', () => {
		const files = readdirSync(join(fixture, 'briefs')).map((f) => f.replace(/\.mdx$/, ''));
		const pages = build.list('briefs').filter((name) => !name.includes('.') && name !== 'index.html');
		expect(pages.sort()).toEqual(files.sort());
	});

	it('shows figures with their qualifiers and sources', () => {
		const brief = page(build.read('briefs/2020-01-01-testville/index.html'));
		expect(brief.casualties()).toEqual(['Killed: at least 3[1]', 'Injured: 11–20[1][2]', 'Children killed: 1[1]']);
		const [drone, cruise] = brief.munitions();
		expect(drone[1]).toBe('101–107 (sources differ: 101[1]; 107[2] preliminary)');
		expect(drone[2]).toBe('90[2]');
		expect(cruise[1]).toBe('at least 4[2]');
		expect(cruise[2]).toBe('not reported');
		expect(brief.$('a[href="#source-bulletin"]').first().attr('aria-label')).toBe('source 2');
	});

	it('lists the sources with publisher, title, date and archive link', () => {
		const { $ } = page(build.read('briefs/2020-01-01-testville/index.html'));
		const gazette = $('#source-gazette');
		expect(gazette.text()).toMatch(/Example Gazette.*Invented headline for testing.*1 January 2020/s);
		expect(gazette.find('a[href="https://example.org/gazette/1"]').text()).toBe('Invented headline for testing');
		expect(gazette.find('a[href="https://example.org/archive/gazette/1"]').text()).toBe('archived copy');
		expect($('#source-bulletin').text()).toContain('Example Bulletin');
	});

	it('renders the body’s GFM table and footnote', () => {
		const { $ } = page(build.read('briefs/2020-01-01-testville/index.html'));
		expect($('.body table td').first().text()).toBe('TABLE-CELL-ONE');
		expect($('.body section[data-footnotes] li').text()).toContain('FOOTNOTE-TEXT');
		expect($('.body sup a[data-footnote-ref]').length).toBe(1);
	});

	it('renders a Cyrillic title', () => {
		const { $ } = page(build.read('briefs/2020-01-01-testville/index.html'));
		expect($('h1').text()).toBe('Тестове місто — fictional test incident in Testville');
		expect($('title').text()).toContain('Тестове місто');
	});

	it('keeps a body that opens with a --- rule', () => {
		const { $, text } = page(build.read('briefs/2020-01-02-rule-first/index.html'));
		expect(text).toContain('TEXT-AFTER-RULE must survive rendering.');
		expect(text).toContain('TEXT-AFTER-SECOND-RULE too.');
		expect($('.body hr').length).toBe(2);
	});

	it('reads bare numbers as exact figures from the only source', () => {
		const brief = page(build.read('briefs/2020-01-03-single-source/index.html'));
		expect(brief.casualties()).toEqual(['Killed: 0[1]', 'Injured: 7[1]']);
	});

	it('lists every brief newest first', () => {
		const { $ } = page(build.read('briefs/index.html'));
		const dates = $('.brief-table tbody time').map((_, el) => $(el).text()).get();
		expect(dates).toEqual(['2020-01-03', '2020-01-02', '2020-01-01']);
	});
});

describe('a build of content with a broken brief', () => {
	it('fails, naming every problem with file, line and field, and publishes nothing', () => {
		const dir = mkdtempSync(join(tmpdir(), 'briefs-broken-'));
		cpSync(fixture, dir, { recursive: true });
		writeFileSync(
			join(dir, 'briefs/2020-02-01-broken.mdx'),
			'---\ntitle: Fake broken brief\ndate: 2020-02-01\nsummary: Invented.\nlocation: { country: ZZ }\ncasualties: { killed: -4 }\nsources: []\n---\nBody.\n',
		);
		const build = buildSite(dir);
		expect(build.status).not.toBe(0);
		expect(build.output).toMatch(/2020-02-01-broken\.mdx:6:\d+ error casualties\.killed: must not be negative/);
		expect(build.output).toMatch(/2020-02-01-broken\.mdx:7:\d+ error sources: cite at least one source/);
		expect(() => build.list('briefs')).toThrow();
	});
});

describe('a build of content with hostile briefs', () => {
	it('fails, naming each file and line, and writes no page holding their code', () => {
		const dir = mkdtempSync(join(tmpdir(), 'briefs-hostile-'));
		cpSync(fixture, dir, { recursive: true });
		const frontmatter = (date: string) =>
			`---\ntitle: Fake hostile brief\ndate: ${date}\nsummary: Invented.\nlocation: { country: ZZ }\ncasualties: { killed: 1 }\nsources: [{ id: gazette, publisher: Example Gazette }]\n---\n`;
		writeFileSync(join(dir, 'briefs/2020-03-01-import.mdx'), `${frontmatter('2020-03-01')}\nimport fs from 'node:fs'\n\nHOSTILE-IMPORT-MARKER {fs.readFileSync('/etc/passwd', 'utf8')}\n`);
		writeFileSync(join(dir, 'briefs/2020-03-02-script.mdx'), `${frontmatter('2020-03-02')}\nText.\n\n<script>alert('HOSTILE-SCRIPT-MARKER')</script>\n`);
		const build = buildSite(dir);
		expect(build.status).not.toBe(0);
		expect(build.output).toMatch(/2020-03-01-import\.mdx:10:1 error import and export statements are not allowed/);
		expect(build.output).toMatch(/2020-03-01-import\.mdx:12:23 error \{…\} is an MDX expression/);
		expect(build.output).toMatch(/2020-03-02-script\.mdx:12:1 error <script> is an HTML or JSX element/);
		const files = (folder: string): string[] =>
			readdirSync(folder, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(folder, e.name)) : [join(folder, e.name)]));
		const written = existsSync(build.outDir) ? files(build.outDir) : [];
		expect(written.filter((f) => /HOSTILE-(SCRIPT|IMPORT)-MARKER/.test(readFileSync(f, 'utf8')))).toEqual([]);
	});
});
