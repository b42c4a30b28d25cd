// One Open Graph image: { kind, title, detail } → 1200×630 PNG. The card is laid out here
// (a column: the kind at the top, the title and its detail in the middle, the site's name on a
// rule at the bottom), its text set by typeset.ts (HarfBuzz, UAX #14) and drawn glyph by glyph
// into a palette image (canvas.ts, png.ts). All of it is a pure function of the input, so two
// builds give the same bytes, and a card already drawn for the same content by the same code is
// taken from the cards' cache (card-cache.ts) instead of being drawn again.
import { createHash } from 'node:crypto';
import { cardFonts } from './font.ts';
import { siteName } from '../lib/identity.ts';
import { sourceGraph } from '../lib/code-version.ts';
import type { CardCache } from './card-cache.ts';
import { Canvas } from './canvas.ts';
import { palettePng } from './png.ts';
import { metrics, setText, withoutMissingEmoji, type Line, type TextStyle } from './typeset.ts';

export interface CardContent {
  /** what the page is: "Article", "Acteur · entreprise", "Terme du glossaire"… */
  kind: string;
  title: string;
  /** a date, a country, a short definition: one line under the title */
  detail?: string;
}

export const cardSize = { width: 1200, height: 630 } as const;

const padding = { x: 72, y: 64 };
const contentWidth = cardSize.width - 2 * padding.x;
const colours = { bg: '#14213d', fg: '#ffffff', muted: '#c9d3e8', accent: '#f4c95d' };
/** title sizes, largest first: the largest its length allows, smaller while the card would overflow */
const TITLE_SIZES = [80, 68, 56, 48, 40] as const;
const GAP = 24; // between the title and its detail
const RULE = 3; // the footer's rule, above its text
const FOOTER_PADDING = 24;

const styles = {
  kind: { size: 30, weight: 700, letterSpacing: 1 },
  detail: { size: 32, weight: 400 },
  footer: { size: 28, weight: 700 },
  period: { size: 28, weight: 400 },
} satisfies Record<string, TextStyle>;

function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), max * 0.6))}…`;
}

interface Block {
  lines: Line[];
  style: TextStyle;
  /** the height of a line, in pixels */
  lineHeight: number;
}

/** `text` set in `style` across the card; `lineHeight` as in CSS, a multiple of the size, or null for the font's own ("normal"). */
function block(text: string, style: TextStyle, lineHeight: number | null): Block {
  const { ascent, descent } = metrics(style);
  return { lines: setText(text, style, contentWidth), style, lineHeight: lineHeight === null ? ascent + descent : lineHeight * style.size };
}

const height = (b: Block): number => b.lines.length * b.lineHeight;

/** Each line of `b` from `top`: its baseline where CSS puts it (half the leading above the font's ascent). */
function draw(canvas: Canvas, b: Block, x: number, top: number, ink: number): void {
  const { ascent, descent } = metrics(b.style);
  const leading = b.lineHeight - (ascent + descent);
  b.lines.forEach((line, i) => canvas.text(line, x, top + i * b.lineHeight + leading / 2 + ascent, b.style.size, ink));
}

/** The card's pixels: a palette PNG. */
async function drawCard({ kind, title, detail }: CardContent): Promise<Uint8Array> {
  const heading = clip(withoutMissingEmoji(title, 700), 110);
  const kindBlock = block(kind.toUpperCase(), styles.kind, null);
  const shownDetail = detail && withoutMissingEmoji(detail, styles.detail.weight);
  const detailBlock = shownDetail ? block(clip(shownDetail, 140), styles.detail, 1.3) : undefined;
  const footerLine = block(siteName, styles.footer, null);
  const period = block('2013–2025', styles.period, null);
  const footerHeight = RULE + FOOTER_PADDING + Math.max(height(footerLine), height(period));
  const inner = cardSize.height - 2 * padding.y;
  const room = inner - height(kindBlock) - footerHeight - (detailBlock ? GAP + height(detailBlock) : 0);
  // the size the title's length allows, then smaller ones while it does not fit its room
  const first = heading.length > 70 ? 2 : heading.length > 40 ? 1 : 0;
  let titleBlock = block(heading, { size: TITLE_SIZES[first]!, weight: 700 }, 1.1);
  for (const size of TITLE_SIZES.slice(first + 1)) {
    if (height(titleBlock) <= room) break;
    titleBlock = block(heading, { size, weight: 700 }, 1.1);
  }
  const middle = height(titleBlock) + (detailBlock ? GAP + height(detailBlock) : 0);
  // the column's three parts spread as CSS's justify-content: space-between does
  const spare = Math.max(0, inner - height(kindBlock) - middle - footerHeight) / 2;

  const canvas = new Canvas(cardSize.width, cardSize.height, colours.bg);
  const ink = { fg: canvas.ink(colours.fg), muted: canvas.ink(colours.muted), accent: canvas.ink(colours.accent) };
  let y = padding.y;
  draw(canvas, kindBlock, padding.x, y, ink.accent);
  y += height(kindBlock) + spare;
  draw(canvas, titleBlock, padding.x, y, ink.fg);
  if (detailBlock) draw(canvas, detailBlock, padding.x, y + height(titleBlock) + GAP, ink.muted);
  // the footer stays at the bottom whatever the middle holds
  const footerTop = cardSize.height - padding.y - footerHeight;
  canvas.fill(padding.x, footerTop, contentWidth, RULE, ink.accent);
  const textTop = footerTop + RULE + FOOTER_PADDING;
  draw(canvas, footerLine, padding.x, textTop, ink.fg);
  draw(canvas, period, padding.x + contentWidth - period.lines[0]!.width, textTop, ink.muted);
  return palettePng(canvas.rows, canvas.width, canvas.height, canvas.palette());
}

/**
 * What, beside a card's content, decides its PNG: the code that lays it out and rasterises
 * it (this module's source graph, with the installed versions of HarfBuzz, linebreak and
 * resvg, and Node's own, zlib's included: the PNG's bytes are its deflate's) and the fonts' bytes. Computed once per process, from the project at `root`.
 */
export function cardCodeVersion(root = process.cwd()): string {
  const graph = sourceGraph(root, ['src/og/card.ts']);
  if (graph.unknowable) throw new Error(`${graph.unknowable}: imports a module chosen at run time, so the link cards' cache cannot know their code`);
  const hash = createHash('sha256').update(graph.version);
  for (const font of cardFonts()) hash.update(`\0font ${font.subset} ${font.weight}\0`).update(font.data);
  return hash.digest('hex');
}

/** The key of the card showing `content`, drawn by the code of version `codeVersion`. */
export function cardKey(content: CardContent, codeVersion: string): string {
  const shown = [content.kind, content.title, content.detail ?? null];
  return createHash('sha256').update(codeVersion).update('\0').update(JSON.stringify(shown)).digest('hex');
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
      const png = await drawCard(content);
      cache?.put(key, png);
      return { png, key, cached: false };
    },
  };
}

/** One card as a PNG, drawn without any cache. */
export async function renderCard(content: CardContent): Promise<Uint8Array> {
  return drawCard(content);
}
