// npm run bench:cards -- [--briefs N] [--runs R]: how fast cards render and how large they are.
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { renderInBackground } from '../src/lib/card/background.ts';
import { placeCards } from '../src/lib/card/generate.ts';
import { benchCards, cpuMs, formatCardBench } from '../src/lib/card/bench.ts';
import { contentCards } from '../src/integrations/share-cards.ts';
import { writeSyntheticContent } from '../tests/helpers/synthetic.ts';

const { values } = parseArgs({
	options: {
		briefs: { type: 'string', default: '200' },
		runs: { type: 'string', default: '1' },
	},
});
const briefs = Number(values.briefs);
if (!Number.isInteger(briefs) || briefs < 1) throw new Error(`--briefs takes a whole number of at least 1, not "${values.briefs}"`);

const work = mkdtempSync(join(tmpdir(), 'bench-cards-'));
try {
	writeSyntheticContent(join(work, 'content'), { briefs, seed: 7 });
	const cards = await contentCards(join(work, 'content'));
	console.log(`${cards.length} cards (${briefs} synthetic briefs, home, stats, regions, munition types and categories)\n`);
	console.log(formatCardBench(await benchCards(cards)));

	console.log("\nthe build's card step, empty cache: rendered in worker threads (a few cards in flight each, sharp and zlib on the thread pool), then placed:");
	// One worker is the card step during the page build; one a core is its tail, once the pages are done.
	for (const [threads, what] of [[1, 'one worker (beside the pages)'], [availableParallelism(), `${availableParallelism()} workers (after the pages)`]] as const) {
		for (let i = 0; i < Number(values.runs); i++) {
			const run = join(work, `run-${threads}-${i}`);
			const start = performance.now();
			const cpu = process.cpuUsage();
			const result = await renderInBackground(cards, { cacheDir: join(run, 'cache'), threads }).done();
			placeCards(cards, { outDir: join(run, 'dist'), cacheDir: join(run, 'cache') });
			const seconds = (performance.now() - start) / 1000;
			const cpuPerCard = cpuMs(cpu) / result.rendered;
			const bytes = cards.reduce((sum, card) => sum + statSync(join(run, 'dist', card.path)).size, 0);
			console.log(
				`  ${what}: ${result.rendered} rendered in ${seconds.toFixed(2)} s: ${((seconds * 1000) / result.rendered).toFixed(1)} ms per card (${cpuPerCard.toFixed(1)} ms CPU per card), ${(result.rendered / seconds).toFixed(1)} cards/s, ${(bytes / 1024 / 1024).toFixed(1)} MB`,
			);
		}
	}
	console.log(`\nload average now: ${loadavg().map((x) => x.toFixed(2)).join(', ')} on ${availableParallelism()} cores`);
} finally {
	rmSync(work, { recursive: true, force: true });
}
