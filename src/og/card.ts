// One Open Graph image: { kind, title, detail } → 1200×630 PNG. Satori lays the card out
// as SVG with the bundled font, resvg rasterises it; both are pure functions of their
// input, so two builds give the same bytes, and a card already drawn for the same content by
// the same code is taken from the cards' cache (card-cache.ts) instead of being drawn again.
import { createHash } from 'node:crypto';
import satori from 'satori';
import { renderAsync } from '@resvg/resvg-js';
import { cardFonts } from './font.ts';
import { siteName } from '../lib/identity.ts';
import { sourceGraph } from '../lib/code-version.ts';
import type { CardCache } from './card-cache.ts';
import { encodePng } from './png.ts';

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

/**
 * What, beside a card's content, decides its PNG: the code that lays it out and rasterises
 * it (this module's source graph, with the installed versions of satori and resvg, and
 * Node's own, zlib's included: the PNG's bytes are its deflate's) and the font's bytes. Computed once per process, from the project at `root`.
 */
export function cardCodeVersion(root = process.cwd()): string {
  const graph = sourceGraph(root, ['src/og/card.ts']);
  if (graph.unknowable) throw new Error(`${graph.unknowable}: imports a module chosen at run time, so the link cards' cache cannot know their code`);
  const hash = createHash('sha256').update(graph.version);
  for (const font of cardFonts()) hash.update(`\0font ${font.weight}\0`).update(font.data);
  return hash.digest('hex');
}

/** The key of the card showing `content`, drawn by the code of version `codeVersion`. */
export function cardKey(content: CardContent, codeVersion: string): string {
  const shown = [content.kind, content.title, content.detail ?? null];
  return createHash('sha256').update(codeVersion).update('\0').update(JSON.stringify(shown)).digest('hex');
}

/** The card laid out as SVG (satori, on this thread). */
export async function cardSvg(content: CardContent): Promise<string> {
  // satori's types want React elements; the plain { type, props } objects are what JSX makes.
  return satori(layout(content) as unknown as Parameters<typeof satori>[0], { ...cardSize, fonts: cardFonts() });
}

/** The SVG rasterised (resvg) and encoded (png.ts), both on libuv's threads: the caller's thread goes on meanwhile. */
export async function rasterise(svg: string): Promise<Uint8Array> {
  const image = await renderAsync(svg, resvgOptions);
  return encodePng(image.pixels, image.width, image.height);
}

export interface CardMaker {
  /** the card as a PNG, its key, and whether it came from the cache */
  make(content: CardContent): Promise<{ png: Uint8Array; key: string; cached: boolean }>;
}

/**
 * Cards drawn at most once per distinct content and code version: a card found in `cache`
 * is neither laid out nor rasterised; one that is not is drawn and kept.
 */
export function cardMaker(cache: CardCache | null, codeVersion: string = cardCodeVersion()): CardMaker {
  return {
    async make(content) {
      const key = cardKey(content, codeVersion);
      const kept = cache?.get(key);
      if (kept) return { png: kept, key, cached: true };
      const png = await rasterise(await cardSvg(content));
      cache?.put(key, png);
      return { png, key, cached: false };
    },
  };
}

/** One card as a PNG, drawn without any cache. */
export async function renderCard(content: CardContent): Promise<Uint8Array> {
  return rasterise(await cardSvg(content));
}
