import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createInterface } from 'node:readline/promises';
import { parseArgs } from 'node:util';
import { isRealDate } from '../src/lib/brief.ts';
import { briefsDir, contentDir, displayPath, readTaxonomies } from '../src/lib/content.ts';
import { locales } from '../src/lib/i18n/locales.ts';
import { briefTemplate, newBriefName } from '../src/lib/scaffold.ts';
import { newTranslation } from '../src/lib/translation-template.ts';

/**
 * `npm run new -- --date 2025-09-07 --place Kyiv [--slug kyiv]`: writes CONTENT_DIR/briefs/<date>-<place>.mdx
 * from the commented template. Asks for what is missing on a terminal; never overwrites a file.
 * `npm run new -- --translate 2025-09-07-kyiv --lang uk` writes the brief's translation template instead.
 */

const { values } = parseArgs({
	options: {
		date: { type: 'string' },
		place: { type: 'string' },
		slug: { type: 'string' },
		translate: { type: 'string' },
		lang: { type: 'string' },
	},
});

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

/** Writes a new file, never over an existing one. */
function create(path: string, text: string, exists: string) {
	mkdirSync(dirname(path), { recursive: true });
	try {
		writeFileSync(path, text, { flag: 'wx' });
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code === 'EEXIST') fail(`${displayPath(path)} already exists; ${exists}`);
		throw error;
	}
}

if (values.translate !== undefined) {
	const lang = await ask('lang', `language to translate into (${locales.join(', ')})`, values.lang);
	const made = newTranslation(contentDir(), values.translate, lang);
	if ('error' in made) fail(made.error);
	create(made.path, made.text, 'edit it instead');
	console.log(`Wrote ${displayPath(made.path)}. Translate every TODO in it, then run npm run check.`);
	process.exit(0);
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
create(path, briefTemplate(brief, taxonomies), 'edit it, or give another --place or --slug');
console.log(`Wrote ${displayPath(path)}. Replace every TODO in it, then run npm run check.`);
