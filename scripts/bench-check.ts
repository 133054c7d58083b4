import { mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { checkContent } from '../src/lib/content';
import { writeSyntheticContent } from '../tests/helpers/synthetic';

/**
 * `npm run bench:check`: times the checker on synthetic briefs written to a temporary folder.
 * `-- --briefs 2000` for another count; `--full` also times parsing every body as MDX.
 */

const { values } = parseArgs({
	options: { briefs: { type: 'string', default: '10000' }, full: { type: 'boolean', default: false } },
});
const briefs = Number(values.briefs);
const dir = mkdtempSync(join(tmpdir(), 'bench-check-'));
try {
	let start = performance.now();
	writeSyntheticContent(dir, { briefs, seed: 1 });
	console.log(`wrote ${briefs} synthetic briefs in ${((performance.now() - start) / 1000).toFixed(2)} s`);

	// CPU time beside wall time: on a shared machine the wall time includes waiting for a core.
	const run = (label: string, alwaysParseBody: boolean) => {
		start = performance.now();
		const cpu = process.cpuUsage();
		const { problems } = checkContent(dir, { alwaysParseBody });
		const seconds = (performance.now() - start) / 1000;
		const { user, system } = process.cpuUsage(cpu);
		const perBrief = (seconds * 1e6) / briefs;
		console.log(
			`${label}: ${seconds.toFixed(2)} s wall, ${((user + system) / 1e6).toFixed(2)} s CPU (${perBrief.toFixed(0)} µs a brief); ${problems.length} problems`,
		);
	};
	console.log(`load average ${loadavg().map((x) => x.toFixed(1)).join(' ')} on ${availableParallelism()} cores`);
	run('check', false);
	if (values.full) run('check, every body parsed as MDX', true);
} finally {
	rmSync(dir, { recursive: true, force: true });
}
