import type { TestProject } from 'vitest/node';
import { buildSite, root } from '../helpers/build';
import { serve } from './helpers/serve';

declare module 'vitest' {
	export interface ProvidedContext {
		/** Address of the built bundled site, served on a free local port. */
		siteUrl: string;
		/** The built folder. */
		siteDir: string;
	}
}

/** Builds the bundled content once for every browser test file and serves it. */
export default async function setup(project: TestProject) {
	const build = buildSite(`${root}/content`);
	if (build.status !== 0) throw new Error(`astro build failed:\n${build.output}`);
	const { url, server } = await serve(build.outDir);
	project.provide('siteUrl', url);
	project.provide('siteDir', build.outDir);
	return () => new Promise<void>((resolve) => server.close(() => resolve()));
}
