// npm run cards:goldens: renders the golden cards again into tests/fixtures/cards/ after a deliberate
// change to the card template; review the pictures before committing them. Goldens are satori's SVG
// rasterised whole by sharp (librsvg), the reference that cards drawn from glyph masks must match.
import { writeFileSync } from 'node:fs';
import { layoutCard } from '../src/lib/card/layout.ts';
import { cardMeasure } from '../src/lib/card/measure.ts';
import { cardSvg, svgToPng } from '../src/lib/card/render.ts';
import { goldenCards } from '../tests/fixtures/cards/cards.ts';

for (const [name, card] of Object.entries(goldenCards)) {
	const path = new URL(`../tests/fixtures/cards/${name}.png`, import.meta.url);
	const png = await svgToPng(await cardSvg(layoutCard(card, cardMeasure()).tree));
	writeFileSync(path, png);
	console.log(`${name}: ${(png.length / 1024).toFixed(1)} KB`);
}
