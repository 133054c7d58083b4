// npm run bench -- [--briefs N] [--runs R] [--keep] [--no-baseline [--b0 WALL[,CPU]]]: the site's build
// against a bare Astro + MDX build. Above 10,000 briefs, skip B0 (it needs 22.5 GB at 50,000) and give
// its figures from an earlier run with --b0, or have no ratios.
import { parseArgs } from 'node:util';
import { runBench } from '../bench/harness.ts';
import { benchProblems, formatReport } from '../bench/report.ts';

const { values } = parseArgs({
	allowNegative: true,
	options: {
		briefs: { type: 'string', default: '1000' },
		runs: { type: 'string', default: '1' },
		keep: { type: 'boolean', default: false },
		baseline: { type: 'boolean', default: true },
		b0: { type: 'string' },
	},
});
const count = (name: string, value: string) => {
	const n = Number(value);
	if (!Number.isInteger(n) || n < 1) throw new Error(`--${name} takes a whole number of at least 1, not "${value}"`);
	return n;
};
/** "439.68" or "439.68,498": B0's wall and CPU seconds from an earlier run. */
const givenB0 = (value: string) => {
	const [seconds, cpuSeconds] = value.split(',').map(Number);
	if (!(seconds > 0) || (cpuSeconds !== undefined && !(cpuSeconds > 0))) throw new Error(`--b0 takes WALL or WALL,CPU seconds, not "${value}"`);
	return { seconds, cpuSeconds };
};
if (values.b0 && values.baseline) throw new Error('--b0 gives the figures of a B0 not built: use it with --no-baseline');

const report = await runBench({
	briefs: count('briefs', values.briefs),
	runs: count('runs', values.runs),
	keep: values.keep,
	baseline: values.baseline || (values.b0 ? givenB0(values.b0) : false),
	log: (line) => console.error(`… ${line}`),
});
console.log(formatReport(report));
if (values.keep) console.log(`\nkept: ${report.work}`);
const problems = benchProblems(report);
if (problems.length) {
	console.error(`\nthe bench failed:\n${problems.map((p) => `- ${p}`).join('\n')}`);
	process.exitCode = 1;
}
