import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { root } from '../../helpers/build';

/**
 * The Nu HTML Checker (the W3C validator), from npm's vnu-jar, run on Debian's Java (`java`, or
 * JAVA_PATH; `apt-get install default-jre-headless`): vnu-jar's own Java download never runs.
 */
export interface NuMessage {
	file: string;
	line?: number;
	message: string;
}

export function nuErrors(files: string[]): NuMessage[] {
	const java = process.env.JAVA_PATH ?? 'java';
	const jar = join(root, 'node_modules/vnu-jar/build/dist/vnu.jar');
	const result = spawnSync(java, ['-jar', jar, '--format', 'json', '--errors-only', ...files], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
	if (result.error) throw new Error(`the Nu HTML Checker needs Java (${java}): ${result.error.message}; apt-get install default-jre-headless`);
	const { messages } = JSON.parse(result.stderr || result.stdout) as { messages: { url: string; lastLine?: number; message: string }[] };
	return messages.map((m) => ({ file: decodeURIComponent(new URL(m.url).pathname), line: m.lastLine, message: m.message }));
}
