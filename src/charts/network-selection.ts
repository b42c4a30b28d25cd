// Which actors the network figure draws. Up to a bound (PAGE_SIZES.networkActors) it draws
// every actor; above it, the most connected ones and the relations among them, so that the
// figure stays legible whatever the size of the curated knowledge. The rest stays reachable:
// each actor's page, the full list (/reseau/tous/), the figure's search. Pure and
// deterministic: the same actors and relations, in any order, give the same choice.

/** What the choice needs of an actor and of a relation (knowledge entries fit). */
export interface SelectableActor {
  id: string;
}
export interface SelectableRelation {
  id: string;
  source: string;
  target: string;
}

export interface NetworkSelection<A extends SelectableActor, R extends SelectableRelation> {
  /** the actors drawn, in their input order */
  actors: A[];
  /** the relations whose two ends are drawn, in their input order */
  relations: R[];
  /** the actors not drawn, most connected first (rankActors's order) */
  omitted: A[];
  total: { actors: number; relations: number };
  /** whether the bound left actors out */
  bounded: boolean;
}

/** Relations touching each actor (a relation of an actor with itself counts twice, as in the layout). */
export function actorDegrees(actors: readonly SelectableActor[], relations: readonly SelectableRelation[]): Map<string, number> {
  const degree = new Map(actors.map((a) => [a.id, 0]));
  for (const r of relations) {
    for (const end of [r.source, r.target]) {
      const d = degree.get(end);
      if (d === undefined) throw new Error(`relation ${r.id}: actor not found: ${end}`);
      degree.set(end, d + 1);
    }
  }
  return degree;
}

/**
 * Every actor, the most connected first: by number of relations, decreasing, then by id in
 * code-point order (independent of the machine's locale and of the input's order). Actors
 * without any relation come last.
 */
export function rankActors<A extends SelectableActor>(actors: readonly A[], relations: readonly SelectableRelation[]): A[] {
  const degree = actorDegrees(actors, relations);
  return [...actors].sort((a, b) => degree.get(b.id)! - degree.get(a.id)! || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** The actors and relations drawn under `bound` actors at most (see the file's head). */
export function selectNetwork<A extends SelectableActor, R extends SelectableRelation>(
  actors: readonly A[],
  relations: readonly R[],
  bound: number,
): NetworkSelection<A, R> {
  if (!Number.isInteger(bound) || bound < 1) throw new Error(`selectNetwork: the bound must be a whole number from 1, not ${bound}`);
  const ranked = rankActors(actors, relations);
  const total = { actors: actors.length, relations: relations.length };
  if (actors.length <= bound) return { actors: [...actors], relations: [...relations], omitted: [], total, bounded: false };
  const drawn = new Set(ranked.slice(0, bound).map((a) => a.id));
  return {
    actors: actors.filter((a) => drawn.has(a.id)),
    relations: relations.filter((r) => drawn.has(r.source) && drawn.has(r.target)),
    omitted: ranked.slice(bound),
    total,
    bounded: true,
  };
}
