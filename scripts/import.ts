import { parseArgs } from 'node:util';
import { contentDir } from '../src/lib/content.ts';
import { DatasetError } from '../src/lib/import/dataset.ts';
import { runImport, summaryLine } from '../src/lib/import/run.ts';

/**
 * `npm run import -- air-force <missile_attacks_daily.csv> <missiles_and_uavs.csv>`: the Air Force's
 * reports as briefs in CONTENT_DIR. Exit 1 when any report was refused, after writing every other.
 */

const { positionals } = parseArgs({ allowPositionals: true });
const [kind, attacksFile, modelsFile] = positionals;
if (kind !== 'air-force' || !attacksFile || !modelsFile) {
	console.error('usage: npm run import -- air-force <missile_attacks_daily.csv> <missiles_and_uavs.csv>');
	process.exit(2);
}
const started = performance.now();
const progress = (done: number, total: number) => {
	if (done % 100 !== 0 && done !== total) return;
	const line = `import: ${done}/${total} reports`;
	if (process.stderr.isTTY) process.stderr.write(`\r${line}${done === total ? '\n' : ''}`);
	else if (done === total) process.stderr.write(`${line}\n`);
};
try {
	const dir = contentDir();
	console.error(`import: reading ${attacksFile} into ${dir}`);
	const result = runImport({ contentDir: dir, attacksFile, modelsFile, today: new Date().toISOString().slice(0, 10), onProgress: progress });
	for (const message of result.messages) console.log(message);
	console.log(summaryLine(result));
	console.log(`import took ${((performance.now() - started) / 1000).toFixed(2)} s`);
	process.exitCode = result.refused ? 1 : 0;
} catch (error) {
	console.error(error instanceof DatasetError ? error.message : error);
	process.exitCode = 2;
}
