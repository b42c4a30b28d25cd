// The figures' visual vocabulary, in one place: how each actor kind and relation type is told
// apart WITHOUT relying on colour (shape per kind, dash pattern per relation type), their
// colours in both themes (written into the figures' stylesheet as custom properties, see
// vocabularyCss), the French words the legend, filters and tables show, and the labels'
// type and offset. Pure data: the components draw it.
import type { ActorKind, RelationType } from '../model/knowledge.ts';
import { UI_FONT_ADVANCES, UI_FONT_ASCENT, UI_FONT_DESCENT, UI_FONT_UNITS_PER_EM, UI_FONT_WIDEST } from './ui-font-metrics.ts';

/** A colour per theme; the stylesheet pairs them with light-dark(). */
export interface ThemeColour {
  light: string;
  dark: string;
}

export interface KindStyle {
  /** French label, plural for filters and legends */
  label: string;
  /** singular, for a node's description ("OVHcloud, entreprise") */
  singular: string;
  shape: 'circle' | 'square' | 'diamond' | 'triangle' | 'hexagon' | 'star';
  /** the symbol's fill (its outline is the text colour) */
  colour: ThemeColour;
}

export const kindStyles: Record<ActorKind, KindStyle> = {
  company: { label: 'Entreprises', singular: 'entreprise', shape: 'circle', colour: { light: '#2f6fb3', dark: '#6fa8e6' } },
  institution: { label: 'Institutions', singular: 'institution', shape: 'square', colour: { light: '#b8860b', dark: '#e0b44a' } },
  state: { label: 'États', singular: 'État', shape: 'diamond', colour: { light: '#2e8b57', dark: '#5fc08a' } },
  person: { label: 'Personnes', singular: 'personne', shape: 'triangle', colour: { light: '#b0476b', dark: '#e07c9f' } },
  initiative: { label: 'Initiatives', singular: 'initiative', shape: 'hexagon', colour: { light: '#6a5acd', dark: '#9d91ee' } },
  law: { label: 'Lois et règlements', singular: 'loi ou règlement', shape: 'star', colour: { light: '#8a6d5a', dark: '#c29f86' } },
};

export const actorKinds = Object.keys(kindStyles) as ActorKind[];

export interface RelationStyle {
  label: string;
  /** SVG stroke-dasharray; '' is a solid line */
  dash: string;
  /** the line's colour: a quiet one, the dash pattern tells the types apart */
  colour: ThemeColour;
}

/** The lines share one quiet colour (the muted text colour) unless a type needs its own. */
const line: ThemeColour = { light: '#55565d', dark: '#a9abb3' };

/** Types are named as kinds of tie (nouns), never as a role in the present tense: when a tie
 *  held is said by each relation's own time. */
export const relationStyles: Record<RelationType, RelationStyle> = {
  partnership: { label: 'Partenariat', dash: '', colour: line },
  mission: { label: 'Mission confiée', dash: '8 3', colour: line },
  membership: { label: 'Appartenance', dash: '2 3', colour: line },
  ownership: { label: 'Propriété', dash: '12 3 2 3', colour: line },
  leadership: { label: 'Direction', dash: '1 2', colour: line },
  competition: { label: 'Concurrence', dash: '6 6', colour: line },
  regulation: { label: 'Régulation', dash: '10 2 2 2 2 2', colour: line },
  customer: { label: 'Relation client', dash: '4 2', colour: line },
  support: { label: 'Soutien', dash: '14 4', colour: line },
  acquisition: { label: 'Rachat', dash: '3 1 3 6', colour: line },
  negotiation: { label: 'Négociation', dash: '5 2 1 2', colour: line },
};

export const relationTypes = Object.keys(relationStyles) as RelationType[];

/**
 * SVG path of the symbol for an actor kind, centred on (0, 0), of about the same area as a
 * circle of radius r, so sizes stay comparable across kinds. Coordinates are rounded to
 * 0.1 so the markup is byte-stable.
 */
export function kindSymbol(kind: ActorKind, r: number): string {
  const shape = kindStyles[kind].shape;
  const round = (v: number) => Math.round(v * 10) / 10;
  const polygon = (points: Array<[number, number]>) =>
    `M${points.map(([x, y]) => `${round(x)},${round(y)}`).join('L')}Z`;
  switch (shape) {
    case 'circle':
      return `M${round(-r)},0A${round(r)},${round(r)} 0 1,0 ${round(r)},0A${round(r)},${round(r)} 0 1,0 ${round(-r)},0Z`;
    case 'square': {
      const s = r * 0.886; // same area as the circle
      return polygon([[-s, -s], [s, -s], [s, s], [-s, s]]);
    }
    case 'diamond': {
      const s = r * 1.253;
      return polygon([[0, -s], [s, 0], [0, s], [-s, 0]]);
    }
    case 'triangle': {
      const s = r * 1.555;
      return polygon([[0, -s], [s * 0.866, s * 0.5], [-s * 0.866, s * 0.5]]);
    }
    case 'hexagon': {
      const s = r * 1.1;
      return polygon(Array.from({ length: 6 }, (_, i) => polar(s, (Math.PI / 3) * i)));
    }
    case 'star': {
      const outer = r * 1.35;
      const inner = outer * 0.45;
      return polygon(Array.from({ length: 10 }, (_, i) => polar(i % 2 ? inner : outer, (Math.PI / 5) * i - Math.PI / 2)));
    }
  }
}

function polar(radius: number, angle: number): [number, number] {
  return [radius * Math.cos(angle), radius * Math.sin(angle)];
}

/** The actors' names in the network: their size, their gap to the symbol, their halo. */
export const NODE_LABEL = {
  /** px, in the figure's own units: the wide figure is shown at about its size, never smaller */
  fontSize: 12,
  /** the narrow (phone) figure is drawn a little larger: it is shown at about 0.8–1× */
  narrowFontSize: 13,
  /** between the symbol's box and the label's box */
  gap: 3,
  /** the stroke drawn under the text to lift it off the lines (paint-order: stroke) */
  halo: 3,
} as const;

/**
 * Width of a text in Source Sans 3 (the UI face, the wider of its regular and semibold) at `fontSize`, from its advance widths,
 * rounded up: an upper bound of what a browser draws (kerning only brings letters closer), so a
 * box made from it always holds the real text. A character the table lacks counts as the widest.
 */
export function textWidth(text: string, fontSize: number): number {
  // 2 % and half a pixel more: rounding in the browser's text layout, and a fallback face whose
  // metrics are matched to this one on average, not letter by letter.
  return Math.ceil(advanceWidth(text, fontSize) * 1.02 + 0.5);
}

/** The sum of the advance widths of `text` at `fontSize`, without any margin. */
export function advanceWidth(text: string, fontSize: number): number {
  let units = 0;
  for (const char of text) units += UI_FONT_ADVANCES[char.codePointAt(0)!] ?? UI_FONT_WIDEST;
  return (units / UI_FONT_UNITS_PER_EM) * fontSize;
}

/** Above and below the baseline: the box a browser gives a line of text at `fontSize`. */
export function textExtent(fontSize: number): { ascent: number; descent: number } {
  return { ascent: (UI_FONT_ASCENT / UI_FONT_UNITS_PER_EM) * fontSize, descent: (UI_FONT_DESCENT / UI_FONT_UNITS_PER_EM) * fontSize };
}

/** The box of a kind's symbol of size r, around its centre (the outline's stroke not included). */
export function symbolBox(kind: ActorKind, r: number): { left: number; right: number; top: number; bottom: number } {
  switch (kindStyles[kind].shape) {
    case 'circle':
      return { left: -r, right: r, top: -r, bottom: r };
    case 'square':
      return { left: -r * 0.886, right: r * 0.886, top: -r * 0.886, bottom: r * 0.886 };
    case 'diamond':
      return { left: -r * 1.253, right: r * 1.253, top: -r * 1.253, bottom: r * 1.253 };
    case 'triangle':
      return { left: -r * 1.555 * 0.866, right: r * 1.555 * 0.866, top: -r * 1.555, bottom: r * 1.555 * 0.5 };
    case 'hexagon':
      return { left: -r * 1.1, right: r * 1.1, top: -r * 1.1 * 0.866, bottom: r * 1.1 * 0.866 };
    case 'star': {
      const outer = r * 1.35;
      return { left: -outer * 0.951, right: outer * 0.951, top: -outer, bottom: outer * 0.809 };
    }
  }
}

/** The custom property of a kind's and of a relation type's colour (what vocabularyCss writes). */
export const kindColourVar = (kind: ActorKind) => `--kind-${kind}`;
export const relationColourVar = (type: RelationType) => `--relation-${type}`;

/** The figures' stylesheet: every colour of the vocabulary as a custom property (both themes),
 *  and the rules that paint the kinds' symbols (KindSymbol.astro) and the relations' lines. */
export function vocabularyCss(): string {
  const pair = (c: ThemeColour) => `light-dark(${c.light}, ${c.dark})`;
  const properties = [
    ...actorKinds.map((kind) => `  ${kindColourVar(kind)}: ${pair(kindStyles[kind].colour)};`),
    ...relationTypes.map((type) => `  ${relationColourVar(type)}: ${pair(relationStyles[type].colour)};`),
  ];
  return [
    '/* Generated from src/charts/vocabulary.ts at build time. */',
    `:root {\n${properties.join('\n')}\n}`,
    '.kind-symbol { stroke: var(--fg); stroke-width: 1.2; }',
    // the figures' names in the face their places were measured for (src/styles/fonts.ts)
    '.actor-network svg text, .timeline-svg text { font-family: var(--font-figure); }',
    // the actors' names, lifted off the lines by a halo of the page's colour drawn under them
    // (the halo is drawn first by the text's own paint-order="stroke" attribute: the HTML
    // checker's CSS grammar lacks the property, and these rules are inlined in every page)
    `.actor-network .node text { fill: var(--fg); stroke: var(--bg); stroke-width: ${NODE_LABEL.halo}px; stroke-linejoin: round; }`,
    ...actorKinds.map((kind) => `.kind-symbol.kind-${kind} { fill: var(${kindColourVar(kind)}); }`),
    ...relationTypes.map((type) => `.relation-line.type-${type} { stroke: var(${relationColourVar(type)}); }`),
    '',
  ].join('\n');
}
