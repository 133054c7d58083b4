import { mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { checkContentInParallel } from '../src/lib/check/parallel.ts';
import { checkContent } from '../src/lib/content.ts';
import { writeSyntheticContent } from '../tests/helpers/synthetic.ts';
import { writeSyntheticTranslations } from '../tests/helpers/synthetic-translations.ts';

/**
 * `npm run bench:check`: times the checker on synthetic briefs written to a temporary folder.
 * `-- --briefs 2000` for another count; `--full` also times parsing every body as MDX;
 * `--translations` adds a Ukrainian translation beside every third brief. `check` is what `npm run check`
 * runs (every core); `check, one thread` is checkContent alone, as a build's content loader runs it.
 */

const { values } = parseArgs({
	options: {
		briefs: { type: 'string', default: '10000' },
		full: { type: 'boolean', default: false },
		translations: { type: 'boolean', default: false },
	},
});
const briefs = Number(values.briefs);
const dir = mkdtempSync(join(tmpdir(), 'bench-check-'));
try {
	let start = performance.now();
	const written = writeSyntheticContent(dir, { briefs, seed: 1 });
	const translations = values.translations ? writeSyntheticTranslations(dir, written) : 0;
	console.log(`wrote ${briefs} synthetic briefs and ${translations} translations in ${((performance.now() - start) / 1000).toFixed(2)} s`);

	// CPU time beside wall time: on a shared machine the wall time includes waiting for a core.
	const run = async (label: string, check: () => Promise<{ problems: unknown[] }>) => {
		start = performance.now();
		const cpu = process.cpuUsage();
		const { problems } = await check();
		const seconds = (performance.now() - start) / 1000;
		const { user, system } = process.cpuUsage(cpu);
		const perBrief = (seconds * 1e6) / briefs;
		console.log(
			`${label}: ${seconds.toFixed(2)} s wall, ${((user + system) / 1e6).toFixed(2)} s CPU (${perBrief.toFixed(0)} µs a brief); ${problems.length} problems`,
		);
	};
	console.log(`load average ${loadavg().map((x) => x.toFixed(1)).join(' ')} on ${availableParallelism()} cores`);
	await run('check', () => checkContentInParallel(dir));
	await run('check, one thread', async () => checkContent(dir));
	if (values.full) await run('check, every body parsed as MDX', () => checkContentInParallel(dir, { alwaysParseBody: true }));
} finally {
	rmSync(dir, { recursive: true, force: true });
}
