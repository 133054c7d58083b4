import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline/promises';
import { parseArgs } from 'node:util';
import { isRealDate } from '../src/lib/brief';
import { briefsDir, contentDir, displayPath, readTaxonomies } from '../src/lib/content';
import { briefTemplate, newBriefName } from '../src/lib/scaffold';

/**
 * `npm run new -- --date 2025-09-07 --place Kyiv [--slug kyiv]`: writes CONTENT_DIR/briefs/<date>-<place>.mdx
 * from the commented template. Asks for what is missing on a terminal; never overwrites a file.
 */

const { values } = parseArgs({ options: { date: { type: 'string' }, place: { type: 'string' }, slug: { type: 'string' } } });

function fail(message: string): never {
	console.error(message);
	process.exit(1);
}

async function ask(flag: string, question: string, given: string | undefined): Promise<string> {
	if (given?.trim()) return given.trim();
	if (!process.stdin.isTTY) fail(`missing --${flag}: ${question}`);
	const terminal = createInterface({ input: process.stdin, output: process.stdout });
	const answer = await terminal.question(`${question}: `);
	terminal.close();
	return answer.trim() || fail(`no ${flag} given`);
}

const date = await ask('date', 'date of the incident, YYYY-MM-DD', values.date);
if (!isRealDate(date)) fail(`--date ${date} is not a date written YYYY-MM-DD`);
const place = await ask('place', 'place, such as Kyiv', values.place);

const dir = contentDir();
const { taxonomies } = readTaxonomies(dir);
const brief = { date, place, slug: values.slug };
let name: string;
try {
	name = newBriefName(brief);
} catch (error) {
	fail((error as Error).message);
}
const path = join(briefsDir(dir), name);
mkdirSync(briefsDir(dir), { recursive: true });
try {
	writeFileSync(path, briefTemplate(brief, taxonomies), { flag: 'wx' });
} catch (error) {
	if ((error as NodeJS.ErrnoException).code === 'EEXIST') fail(`${displayPath(path)} already exists; edit it, or give another --place or --slug`);
	throw error;
}
console.log(`Wrote ${displayPath(path)}. Replace every TODO in it, then run npm run check.`);
