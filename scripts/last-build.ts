// node scripts/last-build.ts link CACHE_DIR OUT_DIR [SIGNAL_FILE] | settle CACHE_DIR OUT_DIR succeeded|failed
// scripts/build.ts runs each step in a process of its own: Astro's manifest (47 MB at 50,000 briefs)
// is parsed there, and its memory goes with the process instead of staying, beside Astro's build, in
// the one that waits on it (a worker thread's was not given back). Prints the count the step returns.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { linkLastBuild, settleLastBuild } from '../src/lib/last-build.ts';

const [step, cacheDir, outDir, option] = process.argv.slice(2);
if (step === 'link') {
	const linked = linkLastBuild(cacheDir, outDir);
	// The Astro build started beside this step waits for this file (src/integrations/last-build.ts).
	if (option) {
		mkdirSync(dirname(option), { recursive: true });
		writeFileSync(option, String(linked));
	}
	console.log(linked);
}
else if (step === 'settle') console.log(settleLastBuild(cacheDir, outDir, option === 'succeeded'));
else throw new Error(`scripts/last-build.ts takes link or settle, not "${step}"`);
