import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { measure, processName, statusField } from '../bench/process-tree';
import { benchProblems, formatReport, median, parseCards, parseRoutes, type Figures } from '../bench/report';
import { astroEnv, root } from './helpers/build';

const MB = 2 ** 20;

describe('the benchmark report', () => {
	const machine = { cpus: 2, cpuModel: 'Test CPU', memory: 4096 * MB, node: 'v24.0.0', commit: 'abc1234', load: 0.5 };
	const builds = {
		b0: { seconds: 10, cpuSeconds: 12, peakRss: 1000 * MB },
		cold: { seconds: 11.5, peakRss: 900 * MB, cards: { rendered: 5, cached: 0 } },
		warm: { seconds: 4.26, peakRss: 800 * MB, cards: { rendered: 0, cached: 5 } },
		edit: { seconds: 5, peakRss: 800 * MB, cards: { rendered: 1, cached: 4 } },
	};

	it('prints each build and the ratios to B0 on lines of their own', () => {
		const lines = formatReport({ briefs: 5, runs: 1, machine, builds }).split('\n');
		expect(lines).toContain('cold/B0 1.15');
		expect(lines).toContain('warm/B0 0.43');
		expect(lines).toContain('edit/B0 0.50');
		expect(lines.find((l) => l.startsWith('B0'))?.split(/ {2,}/)).toEqual(['B0', '10.00', '12.00', '1000 MB', 'n/a']);
		expect(lines.find((l) => l.startsWith('warm'))).toContain('0 rendered, 5 from cache');
		expect(lines.some((l) => l.startsWith('check'))).toBe(false);
	});

	it('adds npm run check when it was measured', () => {
		const report = formatReport({ briefs: 5, runs: 1, machine, builds, check: { seconds: 1.5 } });
		expect(report).toMatch(/^check +1\.50 +n\/a +n\/a$/m);
	});

	it('says so when B0 failed, and gives no ratios', () => {
		const report = formatReport({ briefs: 5, runs: 1, machine, builds: { ...builds, b0: { ...builds.b0, failed: 'exit 134' } } });
		expect(report).toMatch(/^B0 .* FAILED: exit 134$/m);
		expect(report).toContain('cold/B0 n/a (B0 failed)');
	});

	it('gives the ratios of CPU time too, where both were measured', () => {
		const report = formatReport({ briefs: 5, runs: 1, machine, builds: { ...builds, cold: { ...builds.cold, cpuSeconds: 6 } } });
		expect(report).toContain('CPU time: cold/B0 0.50, warm/B0 n/a, edit/B0 n/a');
	});

	it('without B0 built, gives the ratios to the figures passed in, or says there are none', () => {
		const given = formatReport({ briefs: 5, runs: 1, machine, builds: { ...builds, b0: { seconds: 20, cpuSeconds: 24, given: true } } });
		expect(given).toMatch(/^B0 +20\.00 +24\.00 +n\/a +not built: figures given$/m);
		expect(given).toContain('warm/B0 0.21');
		const none = formatReport({ briefs: 5, runs: 1, machine, builds: { ...builds, b0: { seconds: 0, given: true, failed: 'not built' } } });
		expect(none).toMatch(/^B0 +not built \(--no-baseline\)$/m);
		expect(none).toContain('cold/B0 n/a (B0 not built)');
	});

	it('names the step and the processes of each build’s peak, the seconds of each step, the search bundle and the largest pages', () => {
		const peak = { step: 'search index', processes: [['pagefind', 700 * MB], ['build.ts', 80 * MB]] as [string, number][] };
		const steps = [{ name: 'astro: pages', seconds: 3.04 }, { name: 'search index', seconds: 1.25 }];
		const report = formatReport({
			briefs: 5,
			runs: 1,
			machine,
			builds: { ...builds, cold: { ...builds.cold, peak, steps }, warm: { ...builds.warm, peak, steps }, edit: { ...builds.edit, peak, steps } },
			search: {
				bundle: { bytes: 3 * MB, files: 40, parts: 2, largest: { path: '2020/pagefind-ui.js', bytes: 126 * 1024 }, index: { bytes: MB, largest: { path: '2020/index/en_1.pf_index', bytes: 25 * 1024 } } },
				check: { years: 2, briefs: 5, problems: [] },
			},
			pages: [{ name: 'stats', pages: 1, largest: 'stats/index.html', bytes: 250 * 1024, limit: 300 * 1024 }],
		});
		expect(report).toMatch(/^ {2}cold +900 MB in search index \(pagefind 700 MB, build\.ts 80 MB\)$/m);
		expect(report).toMatch(/^ {2}edit +astro: pages 3\.0, search index 1\.3$/m);
		expect(report).toContain('search bundle: 3.0 MB in 40 files, 2 parts; largest file 2020/pagefind-ui.js (126.0 KB)');
		expect(report).toContain("search index without Pagefind's code: 1.0 MB; largest file 2020/index/en_1.pf_index (25.0 KB)");
		expect(report).toContain('largest stats page (of 1): stats/index.html 250.0 KB (limit 300.0 KB)');
	});

	it('fails a run whose search missed briefs or whose pages outgrew their limit, after printing its figures', () => {
		const bundle = { bytes: MB, files: 9, parts: 1, largest: { path: 'x', bytes: 1 }, index: { bytes: 1, largest: { path: 'x', bytes: 1 } } };
		const report = {
			briefs: 5,
			runs: 1,
			machine,
			builds,
			search: { bundle, check: { years: 2, briefs: 5, problems: ['search for year 2020 found 1 briefs, not 3'] } },
			pages: [{ name: 'stats', pages: 1, largest: 'stats/index.html', bytes: 310 * 1024, limit: 300 * 1024 }],
		};
		expect(formatReport(report)).toContain('search: FAILED: search for year 2020 found 1 briefs, not 3');
		expect(formatReport(report)).toContain('(limit 300.0 KB): OVER');
		expect(benchProblems(report)).toEqual(['search for year 2020 found 1 briefs, not 3', 'stats/index.html is 310.0 KB, over the 300.0 KB a stats page may have']);
		expect(benchProblems({ ...report, search: { bundle, check: { years: 2, briefs: 5, problems: [] } }, pages: [] })).toEqual([]);
	});

	it('reads the card line of a build, or nothing', () => {
		expect(parseCards('[cards] cards: 12 rendered, 3 from cache\n')).toEqual({ rendered: 12, cached: 3 });
		expect(parseCards('no cards here')).toBeUndefined();
	});

	it('adds up the time Astro spent on each language’s pages, and says how many briefs were translated', () => {
		const log = '09:11:03   ├─ /briefs/a/index.html (+188ms) \n09:11:04   ├─ /uk/briefs/a/index.html (+12ms)\n  └─ /uk/stats/index.html (+1.5s)\n';
		const routes = parseRoutes(log);
		expect(routes).toEqual({ en: 0.188, uk: 1.512 });
		expect(parseRoutes('no routes')).toBeUndefined();
		const report = formatReport({ briefs: 5, runs: 1, machine, builds: { ...builds, cold: { ...builds.cold, routes } }, translations: 2 });
		expect(report).toContain('5 synthetic briefs, 2 of them translated into Ukrainian, 1 run');
		expect(report).toContain('cold pages rendered: en 0.2 s, uk 1.5 s');
	});

	it('takes the run with the median time', () => {
		const runs: Figures[] = [{ seconds: 3, peakRss: 1 }, { seconds: 1, peakRss: 2 }, { seconds: 2, peakRss: 3 }];
		expect(median(runs)).toEqual({ seconds: 2, peakRss: 3 });
	});
});

describe('measuring a command', () => {
	it('reads kB fields of /proc status', () => {
		expect(statusField('Name:\tnode\nVmHWM:\t  5000 kB\nVmRSS:\t  2168 kB\n', 'VmRSS')).toBe(2168 * 1024);
	});

	it('names the processes of a build', () => {
		expect(processName('/usr/bin/node\0/repo/node_modules/astro/bin/astro.mjs\0build\0')).toBe('astro');
		expect(processName('/repo/node_modules/@pagefind/linux-x64/bin/pagefind_extended\0--service\0')).toBe('pagefind');
		expect(processName('/usr/bin/node\0/repo/scripts/build.ts\0--outDir\0dist\0')).toBe('build.ts');
		expect(processName('/usr/bin/esbuild\0--service=0.25.0\0')).toBe('esbuild');
	});

	it('times each step of a command from the first log line of each', async () => {
		const script = "console.log('[one] begins'); setTimeout(() => console.log('[two] begins'), 400); setTimeout(() => {}, 600);";
		const steps = [{ name: 'one', starts: /^\[one\]/ }, { name: 'two', starts: /^\[two\]/ }];
		const run = await measure(process.execPath, ['-e', script], { cwd: root, env: process.env, steps });
		expect(run.steps.map((s) => s.name).filter((name) => name !== 'start-up')).toEqual(['one', 'two']);
		const one = run.steps.find((s) => s.name === 'one')!;
		expect(one.seconds).toBeGreaterThan(0.3);
		expect(run.steps.at(-1)!.seconds).toBeGreaterThan(0.1);
	});

	it.runIf(process.platform === 'linux')('counts the memory of grandchildren in the peak', async () => {
		// A child that starts a grandchild holding 100 MB for half a second.
		const grandchild = 'const b = Buffer.alloc(100 * 2 ** 20, 1); setTimeout(() => b.length, 500);';
		const child = `require('node:child_process').spawnSync(process.execPath, ['-e', ${JSON.stringify(grandchild)}], { stdio: 'inherit' });`;
		const run = await measure(process.execPath, ['-e', child], { cwd: root, env: process.env, interval: 50 });
		expect(run.status).toBe(0);
		expect(run.peakRss).toBeGreaterThan(100 * MB);
		expect(run.cpuSeconds).toBeGreaterThan(0);
		// The grandchild is a node process too: the peak names it among the processes holding it.
		expect(run.peak!.processes.map(([name]) => name)).toContain('node');
	});
});

describe('npm run bench', () => {
	it('builds a handful of briefs four ways and prints figures and ratios', () => {
		const result = spawnSync(process.execPath, [join(root, 'scripts/bench.ts'), '--briefs', '5'], { cwd: root, encoding: 'utf8', env: astroEnv({}) });
		expect(result.status, result.stderr).toBe(0);
		const rows = Object.fromEntries(
			result.stdout
				.split('\n')
				.map((line) => /^(B0|cold|warm|edit) +([\d.]+) +([\d.]+) +(\d+) MB +(.*)$/.exec(line))
				.filter((m) => m !== null)
				.map(([, name, wall, cpu, rss, cards]) => [name, { wall: Number(wall), cpu: Number(cpu), rss: Number(rss), cards }]),
		);
		expect(Object.keys(rows)).toEqual(['B0', 'cold', 'warm', 'edit']);
		for (const row of Object.values(rows)) {
			expect(row.wall).toBeGreaterThan(0);
			expect(row.cpu).toBeGreaterThan(0);
			expect(row.rss).toBeGreaterThan(50); // an Astro build is never lighter than that
		}
		for (const name of ['cold', 'warm', 'edit']) {
			const ratio = Number(new RegExp(`^${name}/B0 (\\d+\\.\\d\\d)$`, 'm').exec(result.stdout)?.[1]);
			expect(ratio).toBeCloseTo(rows[name].wall / rows.B0.wall, 1);
		}
		expect(result.stdout).toMatch(/^ {2}cold +\d+ MB in .+ \(astro \d+ MB.*\)$/m);
		expect(result.stdout).toMatch(/^ {2}edit +.*astro: pages \(cards worker beside\) [\d.]+, astro: end of build, waiting for cards [\d.]+, search index, sitemap beside [\d.]+$/m);
		expect(result.stdout).toMatch(/^search bundle: [\d.]+ MB in \d+ files, [1-9]\d* parts; largest file \S+ \([\d.]+ KB\)$/m);
		expect(result.stdout).toMatch(/^search: one query per year finds every brief of it \(\d+ years, 5 briefs\), and the edited brief by its new title$/m);
		expect(result.stdout).toMatch(/^largest listing page \(of \d+\): \S+ [\d.]+ KB \(limit 200\.0 KB\)$/m);
		// Once the site renders share cards: all from scratch, then none, then only the edited brief's.
		if (rows.cold.cards !== 'n/a') {
			expect(rows.cold.cards).toMatch(/^[1-9]\d* rendered, 0 from cache$/);
			expect(rows.warm.cards).toMatch(/^0 rendered, /);
			// The edited brief (the third of five) has no translation: its English and Ukrainian cards both show the new title.
			expect(rows.edit.cards).toMatch(/^2 rendered, /);
		}
	});
});

describe('npm run bench:cards', () => {
	it('prints median and p95 per card, cards per second and PNG size, and the build card step', () => {
		const result = spawnSync(process.execPath, [join(root, 'scripts/bench-cards.ts'), '--briefs', '3'], { cwd: root, encoding: 'utf8', env: astroEnv({}) });
		expect(result.status, result.stderr).toBe(0);
		expect(result.stdout).toMatch(/^per card +median +p95 +max$/m);
		for (const row of ['layout', 'rasterise: satori \\(SVG\\)', 'rasterise: pixels \\+ PNG', 'total']) {
			expect(result.stdout).toMatch(new RegExp(`^${row} +[\\d.]+ ms +[\\d.]+ ms +[\\d.]+ ms$`, 'm'));
		}
		expect(result.stdout).toMatch(/^PNG size +[\d.]+ KB/m);
		expect(result.stdout).toMatch(/cards in [\d.]+ s, one at a time: [\d.]+ cards\/s/);
		// Every card the template draws is text on rectangles: none needs the whole-SVG path.
		expect(result.stdout).toMatch(/^drawn from glyph masks: [1-9]\d*; through satori's SVG and sharp: 0$/m);
		expect(result.stdout).toMatch(/^ {2}one worker \(beside the pages\): \d+ rendered in [\d.]+ s: [\d.]+ ms per card/m);
		expect(result.stdout).toMatch(/^ {2}\d+ workers \(after the pages\): \d+ rendered in [\d.]+ s: [\d.]+ ms per card/m);
	});
});
