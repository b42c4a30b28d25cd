// The figures' visual vocabulary: how each actor kind and relation type is told apart
// WITHOUT relying on colour (shape per kind, dash pattern per relation type), with the
// French words the legend, filters and tables show. Pure data: the components draw it.
import type { ActorKind, RelationType } from '../model/knowledge.ts';

export interface KindStyle {
  /** French label, plural for filters and legends */
  label: string;
  /** singular, for a node's description ("OVHcloud, entreprise") */
  singular: string;
  shape: 'circle' | 'square' | 'diamond' | 'triangle' | 'hexagon' | 'star';
}

export const kindStyles: Record<ActorKind, KindStyle> = {
  company: { label: 'Entreprises', singular: 'entreprise', shape: 'circle' },
  institution: { label: 'Institutions', singular: 'institution', shape: 'square' },
  state: { label: 'États', singular: 'État', shape: 'diamond' },
  person: { label: 'Personnes', singular: 'personne', shape: 'triangle' },
  initiative: { label: 'Initiatives', singular: 'initiative', shape: 'hexagon' },
  law: { label: 'Lois et règlements', singular: 'loi ou règlement', shape: 'star' },
};

export const actorKinds = Object.keys(kindStyles) as ActorKind[];

export interface RelationStyle {
  label: string;
  /** SVG stroke-dasharray; '' is a solid line */
  dash: string;
}

/** Types are named as kinds of tie (nouns), never as a role in the present tense: when a tie
 *  held is said by each relation's own time. */
export const relationStyles: Record<RelationType, RelationStyle> = {
  partnership: { label: 'Partenariat', dash: '' },
  mission: { label: 'Mission confiée', dash: '8 3' },
  membership: { label: 'Appartenance', dash: '2 3' },
  ownership: { label: 'Propriété', dash: '12 3 2 3' },
  leadership: { label: 'Direction', dash: '1 2' },
  competition: { label: 'Concurrence', dash: '6 6' },
  regulation: { label: 'Régulation', dash: '10 2 2 2 2 2' },
  customer: { label: 'Relation client', dash: '4 2' },
  support: { label: 'Soutien', dash: '14 4' },
  acquisition: { label: 'Rachat', dash: '3 1 3 6' },
  negotiation: { label: 'Négociation', dash: '5 2 1 2' },
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

/** Rough width of a label in the figures' 12px UI font; only used to make room for it. */
export function labelWidth(text: string): number {
  return Math.ceil(text.length * 6.6);
}
