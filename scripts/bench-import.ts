import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { checkContent } from '../src/lib/content.ts';
import { runImport, summaryLine } from '../src/lib/import/run.ts';

/**
 * `npm run bench:import -- <missile_attacks_daily.csv> <missiles_and_uavs.csv>`: times the import into a
 * copy of content/, a second run, `npm run check`'s work and, with `--build`, `npm run build`.
 * `--times 3` repeats every row under copies of its post, as a stand-in for a release three times larger.
 */

const { values, positionals } = parseArgs({
	allowPositionals: true,
	options: { times: { type: 'string', default: '1' }, build: { type: 'boolean', default: false } },
});
const [attacks, models] = positionals;
if (!attacks || !models) {
	console.error('usage: npm run bench:import -- <missile_attacks_daily.csv> <missiles_and_uavs.csv> [--times N] [--build]');
	process.exit(2);
}
const work = mkdtempSync(join(tmpdir(), 'bench-import-'));
const dir = join(work, 'content');
cpSync('content', dir, { recursive: true });
let rows = resolve(attacks);
const times = Number(values.times);
if (times > 1) {
	const [header, ...lines] = readFileSync(rows, 'utf8').trimEnd().split('\n');
	const copies = Array.from({ length: times }, (_, k) => lines.map((line) => (k ? line.replace(/,([^,]*)$/, `,$1-copy${k}`) : line)));
	rows = join(work, 'missile_attacks_daily.csv');
	writeFileSync(rows, [header, ...copies.flat()].join('\n') + '\n');
}
const timed = <T>(label: string, run: () => T): T => {
	const start = performance.now();
	const result = run();
	console.log(`${label}: ${((performance.now() - start) / 1000).toFixed(2)} s`);
	return result;
};
try {
	console.log(`load average ${loadavg().map((x) => x.toFixed(1)).join(' ')} on ${availableParallelism()} cores; ${readFileSync(rows, 'utf8').split('\n').length - 2} rows`);
	const today = new Date().toISOString().slice(0, 10);
	const first = timed('import', () => runImport({ contentDir: dir, attacksFile: rows, modelsFile: resolve(models), today }));
	console.log(`  ${summaryLine(first)}`);
	const second = timed('import again', () => runImport({ contentDir: dir, attacksFile: rows, modelsFile: resolve(models), today }));
	console.log(`  ${summaryLine(second)}`);
	const checked = timed('check', () => checkContent(dir));
	console.log(`  ${checked.briefs.length} briefs, ${checked.problems.filter((p) => p.severity === 'error').length} errors`);
	if (values.build) {
		const build = timed('build', () =>
			spawnSync('npm', ['run', 'build', '--', '--outDir', join(work, 'dist')], {
				encoding: 'utf8',
				env: { ...process.env, CONTENT_DIR: dir, ASTRO_CACHE_DIR: join(work, 'cache'), CARD_CACHE_DIR: join(work, 'cards') },
			}),
		);
		if (build.status !== 0) throw new Error(`the build failed:\n${build.stdout}\n${build.stderr}`);
	}
} finally {
	rmSync(work, { recursive: true, force: true });
}
