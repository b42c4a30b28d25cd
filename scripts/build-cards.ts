// The link-card step of `npm run build` (scripts/build.ts runs it beside `astro build`):
//   node scripts/build-cards.ts <out dir>
// writes every page's card as <out dir>/og/<page path>.png, from content/generated and
// content/*.yaml, taking the cards already drawn from node_modules/.cache (CARD_CACHE=off
// draws every card again and leaves the cache alone).
import { resolve } from 'node:path';
import { siteCards, writeCards } from '../src/og/build-cards.ts';
import { cardCacheDir, folderCardCache } from '../src/og/card-cache.ts';

const root = resolve(import.meta.dirname, '..');
const outDir = process.argv[2];
if (!outDir) {
  console.error('usage: node scripts/build-cards.ts <out dir>');
  process.exit(2);
}
try {
  const cache = process.env.CARD_CACHE === 'off' ? null : folderCardCache(cardCacheDir(root));
  const written = await writeCards(siteCards(root), resolve(outDir), { cache });
  console.log(`link cards: ${written.cards} (${written.drawn} drawn, ${written.reused} from the cache)`);
} catch (error) {
  console.error(`link cards: ${(error as Error).message}`);
  process.exit(1);
}
