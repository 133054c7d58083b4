// node scripts/sitemap.ts HANDOVER OUT_DIR: the sitemap of the site built in OUT_DIR, from what Astro's
// process wrote down in HANDOVER (src/integrations/sitemap.ts); npm run build runs it once Astro has exited.
import { rmSync } from 'node:fs';
import { writeHandedSitemap } from '../src/lib/sitemap-handover.ts';

const [handover, outDir] = process.argv.slice(2);
if (!handover || !outDir) throw new Error('usage: node scripts/sitemap.ts HANDOVER OUT_DIR');
const say = (write: (line: string) => void) => (message: string) => write(`[@astrojs/sitemap] ${message}`);
// The integration logs its errors and goes on; here an error fails the build.
const failed = (message: string) => {
	say(console.error)(message);
	process.exitCode = 1;
};
await writeHandedSitemap(handover, outDir, { info: say(console.log), warn: say(console.warn), error: failed });
rmSync(handover);
