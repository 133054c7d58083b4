import { parseArgs } from 'node:util';
import { checkReport, githubReport, jsonReport, textReport } from '../src/lib/check/report.ts';
import { checkContentInParallel } from '../src/lib/check/parallel.ts';
import { contentDir } from '../src/lib/content.ts';

/**
 * `npm run check`: every problem in CONTENT_DIR's briefs, their translations and the taxonomies, one line each; exit 1 on any error.
 * It uses every core; `-- --threads 1` keeps it to one (a machine shared with other jobs).
 */

const { values } = parseArgs({ options: { format: { type: 'string', default: 'text' }, threads: { type: 'string' } } });
const formats = { text: textReport, json: jsonReport, github: githubReport };
const format = values.format === 'text' && process.env.GITHUB_ACTIONS === 'true' ? 'github' : values.format;
if (!(format in formats)) {
	console.error(`unknown --format "${values.format}"; use text or json`);
	process.exit(2);
}
const threads = values.threads === undefined ? undefined : Number(values.threads);
if (threads !== undefined && !(Number.isInteger(threads) && threads >= 1)) {
	console.error(`--threads takes a whole number of threads, 1 or more, not "${values.threads}"`);
	process.exit(2);
}
const { briefs, translations, problems } = await checkContentInParallel(contentDir(), {}, threads);
const report = checkReport(briefs, problems, translations);
console.log(formats[format as keyof typeof formats](report));
process.exitCode = report.errors ? 1 : 0;
