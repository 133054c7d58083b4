import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { expect, it } from 'vitest';
import { root } from './helpers/build.ts';

// Node 24 runs the scripts (npm run check, new, import, the benches) and the config's modules as they
// are, without tsx or Vite: it strips the types but resolves no import that leaves out its extension.
const nodeRuns = ['scripts', 'bench', 'src/lib', 'src/integrations', 'tests/helpers', 'tests/fixtures'];

function sources(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		if (statSync(path).isDirectory()) return name === 'node_modules' || name === 'baseline' ? [] : sources(path);
		return /\.(ts|mjs)$/.test(name) ? [path] : [];
	});
}

it('every relative import of code Node runs names its file', () => {
	const bare = nodeRuns
		.flatMap((dir) => sources(join(root, dir)))
		.flatMap((file) =>
			[...readFileSync(file, 'utf8').matchAll(/(?:from|import)\s*\(?\s*'(\.{1,2}\/[^']*)'/g)]
				.map((match) => match[1])
				.filter((spec) => !/\.(ts|mjs|js|json)$/.test(spec))
				.map((spec) => `${relative(root, file)}: '${spec}'`),
		);
	expect(bare).toEqual([]);
});
