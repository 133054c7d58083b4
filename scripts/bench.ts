// npm run bench -- [--briefs N] [--runs R] [--keep]: the site's build against a bare Astro + MDX build.
import { parseArgs } from 'node:util';
import { runBench } from '../bench/harness.ts';
import { formatReport } from '../bench/report.ts';

const { values } = parseArgs({
	options: {
		briefs: { type: 'string', default: '1000' },
		runs: { type: 'string', default: '1' },
		keep: { type: 'boolean', default: false },
	},
});
const count = (name: string, value: string) => {
	const n = Number(value);
	if (!Number.isInteger(n) || n < 1) throw new Error(`--${name} takes a whole number of at least 1, not "${value}"`);
	return n;
};

const report = await runBench({
	briefs: count('briefs', values.briefs),
	runs: count('runs', values.runs),
	keep: values.keep,
	log: (line) => console.error(`… ${line}`),
});
console.log(formatReport(report));
if (values.keep) console.log(`\nkept: ${report.work}`);
