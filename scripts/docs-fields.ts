import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { withFieldTable } from '../src/lib/field-reference';

/** `npm run docs:fields`: rewrites the field reference in CONTRIBUTING.md from the schema's descriptions. */

const path = join(import.meta.dirname, '..', 'CONTRIBUTING.md');
const before = readFileSync(path, 'utf8');
const after = withFieldTable(before);
if (after === before) console.log('CONTRIBUTING.md field reference is up to date');
else {
	writeFileSync(path, after);
	console.log('CONTRIBUTING.md field reference rewritten from src/lib/brief.ts');
}
