import { spawn, type ChildProcess, type SpawnOptions } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const blockingStdout = fileURLToPath(new URL('./blocking-stdout.ts', import.meta.url));

/**
 * A Node process run to its end: its exit code (null when a signal ended it) and what it printed, if
 * piped; with `passOn` (and stdout piped), what it prints goes on to this process's output instead,
 * all of it, even when it ends with process.exit (src/lib/blocking-stdout.ts says why it might not).
 */
export function runNode(args: string[], options: SpawnOptions, passOn = false): { child: ChildProcess; ended: Promise<{ status: number | null; stdout: string }> } {
	const child = spawn(process.execPath, passOn ? ['--import', blockingStdout, ...args] : args, options);
	let stdout = '';
	// Taken as it comes, never held back, so that the child's blocking writes never wait on whoever reads this process.
	if (passOn) child.stdout?.on('data', (chunk: Buffer) => process.stdout.write(chunk));
	else child.stdout?.setEncoding('utf8').on('data', (text: string) => (stdout += text));
	const ended = new Promise<{ status: number | null; stdout: string }>((resolve) => child.on('close', (status) => resolve({ status, stdout })));
	return { child, ended };
}

/** Exits once what this process printed has been written out (a pipe can hold it back; process.exit drops it). */
export async function exitWhenWritten(code: number): Promise<never> {
	await new Promise((resolve) => process.stdout.write('', resolve));
	process.exit(code);
}

