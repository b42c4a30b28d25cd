// One Open Graph image: { kind, title, detail } → 1200×630 PNG. Satori lays the card out
// as SVG with the bundled font, resvg rasterises it; both are pure functions of their
// input, so two builds give the same bytes, and a PNG already made for the same SVG is taken
// from the cards' cache (card-cache.ts) instead of being rasterised again.
import satori from 'satori';
import { Resvg } from '@resvg/resvg-js';
import { cardFonts } from './font.ts';
import { siteName } from '../lib/identity.ts';
import { cardCacheDir, cardKey, folderCardCache, type CardCache } from './card-cache.ts';
import { resvgVersion } from './renderer-version.ts';

export interface CardContent {
  /** what the page is: "Article", "Acteur · entreprise", "Terme du glossaire"… */
  kind: string;
  title: string;
  /** a date, a country, a short definition: one line under the title */
  detail?: string;
}

export const cardSize = { width: 1200, height: 630 } as const;

const contentWidth = cardSize.width - 2 * 72;
const colours = { bg: '#14213d', fg: '#ffffff', muted: '#c9d3e8', accent: '#f4c95d' };

type Node = { type: string; props: { style?: Record<string, string | number>; children?: (Node | string)[] | string } };
const box = (style: Record<string, string | number>, children: (Node | string)[] | string): Node => ({
  type: 'div',
  props: { style: { display: 'flex', ...style }, children },
});

function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), max * 0.6))}…`;
}

function layout({ kind, title, detail }: CardContent): Node {
  const heading = clip(title, 110);
  const titleSize = heading.length > 70 ? 56 : heading.length > 40 ? 68 : 80;
  return box(
    {
      // satori sizes boxes without their padding (content-box)
      width: contentWidth, height: cardSize.height - 2 * 64, flexDirection: 'column', justifyContent: 'space-between',
      padding: '64px 72px', background: colours.bg, color: colours.fg, fontFamily: 'Source Sans 3',
    },
    [
      box({ fontSize: 30, fontWeight: 700, color: colours.accent, letterSpacing: 1 }, kind.toUpperCase()),
      box({ flexDirection: 'column', gap: 24, width: contentWidth }, [
        box({ fontSize: titleSize, fontWeight: 700, lineHeight: 1.1, width: contentWidth }, heading),
        ...(detail ? [box({ fontSize: 32, color: colours.muted, lineHeight: 1.3, width: contentWidth }, clip(detail, 140))] : []),
      ]),
      box({ width: contentWidth, justifyContent: 'space-between', alignItems: 'center', fontSize: 28, color: colours.muted, borderTop: `3px solid ${colours.accent}`, paddingTop: 24 }, [
        box({ fontWeight: 700, color: colours.fg }, siteName),
        box({}, '2013–2025'),
      ]),
    ],
  );
}

const resvgOptions = { fitTo: { mode: 'width' as const, value: cardSize.width }, font: { loadSystemFonts: false } };
/** what, beside the SVG, decides the PNG's bytes: the rasteriser, its version, its options */
const renderer = `@resvg/resvg-js ${resvgVersion} ${JSON.stringify(resvgOptions)}`;

let defaultCache: CardCache | undefined;
let warned = false;

/** The card as a PNG; rasterised once per distinct SVG, then taken from `cache` (card-cache.ts). */
export async function renderCard(content: CardContent, cache: CardCache | null = (defaultCache ??= folderCardCache(cardCacheDir()))): Promise<Uint8Array> {
  // satori's types want React elements; the plain { type, props } objects are what JSX makes.
  const svg = await satori(layout(content) as unknown as Parameters<typeof satori>[0], {
    ...cardSize,
    fonts: cardFonts(),
  });
  const key = cardKey(svg, renderer);
  const kept = cache?.get(key);
  if (kept) return kept;
  const png = new Uint8Array(new Resvg(svg, resvgOptions).render().asPng());
  try {
    cache?.put(key, png);
  } catch (error) {
    // a cache that cannot be written costs time, never the build
    if (!warned) console.warn(`link cards: not kept in the cache (${(error as Error).message}); each build will draw them again`);
    warned = true;
  }
  return png;
}
