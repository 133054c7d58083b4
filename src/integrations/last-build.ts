import { existsSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import type { AstroIntegration } from 'astro';

/**
 * `npm run build` links the last build's pages into the output folder while Astro starts
 * (scripts/build.ts, src/lib/last-build.ts) and names, in OUT_DIR_LINKED, the file it writes once
 * they are in place. Astro writes nothing to the output folder before the build starts (the config,
 * the content sync and this hook come first), so waiting here for that file keeps the two apart.
 */
const patience = 10 * 60 * 1000;

export function lastBuildPages(): AstroIntegration {
	return {
		name: 'incident-briefs:last-build',
		hooks: {
			'astro:build:start': async ({ logger }) => {
				const signal = process.env.OUT_DIR_LINKED;
				if (!signal) return;
				const [start, parent] = [performance.now(), process.ppid];
				while (!existsSync(signal)) {
					if (process.ppid !== parent) throw new Error('npm run build, which links the pages this build waits for, has gone');
					if (performance.now() - start > patience) throw new Error(`the last build's pages were not linked into the output folder within ${patience / 60_000} minutes (no ${signal})`);
					await sleep(10);
				}
				const waited = performance.now() - start;
				if (waited >= 100) logger.info(`waited ${(waited / 1000).toFixed(1)} s for the last build's pages to be linked`);
			},
		},
	};
}
