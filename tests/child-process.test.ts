import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { expect, it } from 'vitest';
import { root } from './helpers/build';

const lines = 20_000;

/** A parent passing on the output of a child that prints a long log and ends with process.exit, as Astro does. */
function parentScript(dir: string, stdio: string): string {
	const child = join(dir, 'child.mjs');
	writeFileSync(child, `for (let i = 0; i < ${lines}; i++) process.stdout.write(\`line \${i} of a long build log\\n\`);\nprocess.stdout.write('the end\\n');\nprocess.exit(0);\n`);
	const parent = join(dir, 'parent.mjs');
	writeFileSync(
		parent,
		`import { runNode } from ${JSON.stringify(join(root, 'src/lib/child-process.ts'))};\n` +
			`const { status } = await runNode([${JSON.stringify(child)}], { stdio: ${stdio} }, true).ended;\nprocess.exitCode = status;\n`,
	);
	return parent;
}

it('passes on the whole log of a child that exits at once, however slowly its own output is read', async () => {
	const dir = mkdtempSync(join(tmpdir(), 'briefs-child-process-'));
	const parent = spawn(process.execPath, [parentScript(dir, "['inherit', 'pipe', 'inherit']")], { stdio: ['ignore', 'pipe', 'inherit'] });
	// Nothing read for a while: the pipe fills, as a CI log or the bench's harness reading a loaded machine's builds.
	parent.stdout.pause();
	await sleep(1500);
	const chunks: Buffer[] = [];
	parent.stdout.on('data', (chunk: Buffer) => chunks.push(chunk));
	parent.stdout.resume();
	const status = await new Promise((resolve) => parent.on('close', resolve));
	const output = Buffer.concat(chunks).toString('utf8').split('\n');
	expect(status).toBe(0);
	expect(output.length).toBe(lines + 2);
	expect(output.at(-2)).toBe('the end');
});
