// The files of the site that `npm run build` makes outside Astro (scripts/build.ts runs this
// beside `astro build`, on the other core, at the lowest priority):
//   node scripts/build-files.ts <out dir>
// writes the font files as <out dir>/polices/<file>.woff2 (src/styles/font-files.ts), then
// every page's link card as <out dir>/og/<page path>.png, from content/generated and
// content/*.yaml. Both are taken from node_modules/.cache when they were made before from the
// same inputs (CARD_CACHE=off draws every card again and leaves the cards' cache alone).
import { setPriority } from 'node:os';
import { resolve } from 'node:path';
import { siteCards, writeCards } from '../src/og/build-cards.ts';
import { cardCacheDir, folderCardCache } from '../src/og/card-cache.ts';
import { fontCacheDir, folderFontCache, writeFontFiles } from '../src/styles/font-files.ts';

const root = resolve(import.meta.dirname, '..');
const outDir = process.argv[2];
if (!outDir) {
  console.error('usage: node scripts/build-files.ts <out dir>');
  process.exit(2);
}
// Astro's rendering is the build's slowest path, and this process only has to be done by the
// time Astro is: it takes the processor when Astro leaves it (the lowest priority, set before
// the thread pool that deflates the cards starts, which inherits it). At 1,000 articles the
// whole build took 0.5-1 s less, and these files were still ready before Astro.
setPriority(0, 19);
let doing = 'fonts';
try {
  const fonts = await writeFontFiles(resolve(outDir), { root, cache: folderFontCache(fontCacheDir(root)) });
  console.log(`fonts: ${fonts.files} (${fonts.cut} cut, ${fonts.reused} from the cache)`);
  doing = 'link cards';
  const cache = process.env.CARD_CACHE === 'off' ? null : folderCardCache(cardCacheDir(root));
  const written = await writeCards(siteCards(root), resolve(outDir), { cache });
  console.log(`link cards: ${written.cards} (${written.drawn} drawn, ${written.reused} from the cache)`);
} catch (error) {
  console.error(`${doing}: ${(error as Error).message}`);
  process.exit(1);
}
