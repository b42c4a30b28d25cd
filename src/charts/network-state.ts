// What the actor network shows for a given view state, as pure functions of the data the page
// carries (no DOM): which actors and relations the filters and the period keep, who the
// neighbours of an actor are, which actors are lit, where an arrow key leads, and which actor
// a search finds. src/client/network.ts binds them to the drawn figure.
import type { NetworkClientData } from './client-data.ts';

export type NetworkActorData = NetworkClientData['actors'][number];
export type NetworkRelationData = NetworkClientData['relations'][number];

/** The part of the shared view state the network reads (see src/client/hash.ts). */
export interface NetworkView {
  actor: string | null;
  event: string | null;
  kinds: string[] | null;
  types: string[] | null;
  /** last year shown, or null for the whole period */
  to: number | null;
}

/** Why something is not drawn: hidden by a filter, or not known yet at the period's end. */
export type Visibility = 'shown' | 'filtered' | 'later';

export interface Visible {
  actors: ReadonlyMap<string, Visibility>;
  relations: ReadonlyMap<string, Visibility>;
  /** the relations drawn, in data order */
  shownRelations: NetworkRelationData[];
  /** the actors drawn */
  shownActors: ReadonlySet<string>;
}

/**
 * The part of the data the figure draws: the actors it has a node for (above its bound, the most
 * connected ones) and the relations between two of them. Counts, filters, neighbours and the
 * keyboard walk are the figure's; the panel and the search still know every actor.
 */
export function drawnPart<D extends Pick<NetworkClientData, 'actors' | 'relations'>>(data: D, drawn: ReadonlySet<string>): Pick<D, 'actors' | 'relations'> {
  return {
    actors: data.actors.filter((a) => drawn.has(a.id)) as D['actors'],
    relations: data.relations.filter((r) => drawn.has(r.source) && drawn.has(r.target)) as D['relations'],
  };
}

/** Relations by actor, built once per page. */
export function relationsByActor(relations: readonly NetworkRelationData[]): Map<string, NetworkRelationData[]> {
  const byActor = new Map<string, NetworkRelationData[]>();
  for (const r of relations) for (const end of new Set([r.source, r.target])) byActor.set(end, [...(byActor.get(end) ?? []), r]);
  return byActor;
}

/**
 * What the filters (actor kinds, relation types) and the period keep. A relation is "later"
 * when it is known only after the period's last year; an actor is "later" when all of its
 * relations are (an actor without relations always shows).
 */
export function visibility(data: Pick<NetworkClientData, 'actors' | 'relations'>, view: Pick<NetworkView, 'kinds' | 'types' | 'to'>, byActor = relationsByActor(data.relations)): Visible {
  const kindOf = new Map(data.actors.map((a) => [a.id, a.kind]));
  const later = (r: NetworkRelationData) => view.to !== null && r.since >= view.to + 1;
  const kindShown = (id: string) => kindOf.has(id) && (!view.kinds || view.kinds.includes(kindOf.get(id)!));
  const typeShown = (r: NetworkRelationData) => !view.types || view.types.includes(r.type);

  const actors = new Map<string, Visibility>();
  const shownActors = new Set<string>();
  for (const a of data.actors) {
    const own = byActor.get(a.id) ?? [];
    const state: Visibility = !kindShown(a.id) ? 'filtered' : own.length > 0 && own.every(later) ? 'later' : 'shown';
    actors.set(a.id, state);
    if (state === 'shown') shownActors.add(a.id);
  }
  const relations = new Map<string, Visibility>();
  const shownRelations: NetworkRelationData[] = [];
  for (const r of data.relations) {
    const state: Visibility = later(r) ? 'later' : typeShown(r) && kindShown(r.source) && kindShown(r.target) ? 'shown' : 'filtered';
    relations.set(r.id, state);
    if (state === 'shown') shownRelations.push(r);
  }
  return { actors, relations, shownRelations, shownActors };
}

/** The actors linked to `id` by a drawn relation, each once, in data order. */
export function neighbours(id: string, shownRelations: readonly NetworkRelationData[]): string[] {
  const found = new Set<string>();
  for (const r of shownRelations) {
    if (r.source === id && r.target !== id) found.add(r.target);
    else if (r.target === id && r.source !== id) found.add(r.source);
  }
  return [...found];
}

export interface Lit {
  /** the actor whose relations are lit, if the highlight is about one actor */
  centre: string | null;
  /** the actors drawn at full strength over the faded figure; null: no highlight */
  actors: ReadonlySet<string> | null;
}

/**
 * What is lit, by priority: the actor under the pointer or the keyboard focus, then a passing
 * preview (a timeline mark's actors), then the chosen actor, then the chosen event's actors.
 */
export function litActors(
  view: Pick<NetworkView, 'actor' | 'event'>,
  passing: { hovered: string | null; preview: readonly string[] | null },
  data: Pick<NetworkClientData, 'events'>,
  known: ReadonlySet<string>,
  shownRelations: readonly NetworkRelationData[],
): Lit {
  const around = (id: string): Lit => ({ centre: id, actors: new Set([id, ...neighbours(id, shownRelations)]) });
  if (passing.hovered) return around(passing.hovered);
  if (passing.preview) return { centre: null, actors: new Set(passing.preview) };
  if (view.actor && known.has(view.actor)) return around(view.actor);
  if (view.event) return { centre: null, actors: new Set(data.events.find((e) => e.id === view.event)?.actors ?? []) };
  return { centre: null, actors: null };
}

export type Point = readonly [number, number];

/**
 * Where an arrow key leads from `from`: the neighbour closest to the arrow's direction
 * (distance weighted by how far off the direction it lies), failing that the nearest drawn
 * actor that way; null when nothing lies that way. Ties go to the smaller id.
 */
export function stepToward(
  from: string,
  direction: Point,
  positions: ReadonlyMap<string, Point>,
  neighbourIds: readonly string[],
  shownActors: Iterable<string>,
): string | null {
  const origin = positions.get(from);
  if (!origin) return null;
  const [dx, dy] = direction;
  const best = (candidates: Iterable<string>): string | null => {
    let found: string | null = null;
    let bestScore = Infinity;
    for (const id of candidates) {
      const p = positions.get(id);
      if (id === from || !p) continue;
      const vx = p[0] - origin[0];
      const vy = p[1] - origin[1];
      const distance = Math.hypot(vx, vy) || 1;
      const cos = (vx * dx + vy * dy) / distance;
      if (cos <= 0.2) continue; // not in that direction
      const score = distance * (2 - cos);
      if (score < bestScore || (score === bestScore && found !== null && id < found)) [found, bestScore] = [id, score];
    }
    return found;
  };
  return best(neighbourIds) ?? best(shownActors);
}

export const ARROW_DIRECTIONS: Readonly<Record<string, Point>> = { ArrowRight: [1, 0], ArrowLeft: [-1, 0], ArrowUp: [0, -1], ArrowDown: [0, 1] };

/** Lower case, without accents or surrounding spaces: « Électricité » finds « electricite ». */
export function normaliseName(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().trim();
}

/**
 * The actor a search means: a name or alias equal to the query, else one that starts with it,
 * else one that contains it (each in data order); undefined for no match or an empty query.
 */
export function findActor<A extends Pick<NetworkActorData, 'name' | 'aliases'>>(actors: readonly A[], query: string): A | undefined {
  const q = normaliseName(query);
  if (!q) return undefined;
  const names = actors.map((a) => [a.name, ...a.aliases].map(normaliseName));
  const first = (test: (name: string) => boolean) => actors.find((_, i) => names[i]!.some(test));
  return first((n) => n === q) ?? first((n) => n.startsWith(q)) ?? first((n) => n.includes(q));
}
