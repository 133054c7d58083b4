// node scripts/last-build.ts link CACHE_DIR OUT_DIR | settle CACHE_DIR OUT_DIR succeeded|failed
// scripts/build.ts runs each step in a process of its own: Astro's manifest (47 MB at 50,000 briefs)
// is parsed there, and its memory goes with the process instead of staying, beside Astro's build, in
// the one that waits on it (a worker thread's was not given back). Prints the count the step returns.
import { linkLastBuild, settleLastBuild } from '../src/lib/last-build.ts';

const [step, cacheDir, outDir, outcome] = process.argv.slice(2);
if (step === 'link') console.log(linkLastBuild(cacheDir, outDir));
else if (step === 'settle') console.log(settleLastBuild(cacheDir, outDir, outcome === 'succeeded'));
else throw new Error(`scripts/last-build.ts takes link or settle, not "${step}"`);
