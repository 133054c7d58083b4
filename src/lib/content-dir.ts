import { resolve } from 'node:path';

/** The content folder every command reads: CONTENT_DIR, or ./content. */
export function contentDir(env: NodeJS.ProcessEnv = process.env): string {
	return resolve(env.CONTENT_DIR || 'content');
}
