import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { withFieldTables } from '../src/lib/field-reference.ts';

/** `npm run docs:fields`: rewrites the field references in CONTRIBUTING.md (briefs, translations) from the schemas' descriptions. */

const path = join(import.meta.dirname, '..', 'CONTRIBUTING.md');
const before = readFileSync(path, 'utf8');
const after = withFieldTables(before);
if (after === before) console.log('CONTRIBUTING.md field reference is up to date');
else {
	writeFileSync(path, after);
	console.log('CONTRIBUTING.md field references rewritten from src/lib/brief.ts and src/lib/translation.ts');
}
