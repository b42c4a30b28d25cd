import { describe, expect, it } from 'vitest';
import { rankActors, selectNetwork } from '../../../src/charts/network-selection.ts';
import { PAGE_SIZES } from '../../../src/charts/paging.ts';
import { loadFixture, shuffled } from './fixture.ts';

const actor = (id: string) => ({ id, name: id.toUpperCase() });
const rel = (id: string, source: string, target: string) => ({ id, source, target });
const ids = (list: ReadonlyArray<{ id: string }>) => list.map((x) => x.id);

// a hub (4 relations), two actors with 2, three with 1, one isolated
const actors = ['hub', 'b2', 'a2', 'c1', 'd1', 'e1', 'lone'].map(actor);
const relations = [
  rel('r1', 'hub', 'a2'),
  rel('r2', 'hub', 'b2'),
  rel('r3', 'a2', 'c1'),
  rel('r4', 'b2', 'd1'),
  rel('r5', 'hub', 'e1'),
  rel('r6', 'e1', 'hub'),
];

describe('rankActors', () => {
  it('puts the most connected first, ties in code-point order of their ids, isolated actors last', () => {
    // hub 5, a2 2, b2 2, e1 2, c1 1, d1 1, lone 0
    expect(ids(rankActors(actors, relations))).toEqual(['hub', 'a2', 'b2', 'e1', 'c1', 'd1', 'lone']);
  });

  it('does not depend on the order of its input', () => {
    expect(ids(rankActors(shuffled(actors), shuffled(relations)))).toEqual(ids(rankActors(actors, relations)));
  });

  it('names the relation and the missing actor when a relation points at no actor', () => {
    expect(() => rankActors(actors, [rel('r9', 'hub', 'ghost')])).toThrow(/r9.*ghost/);
  });
});

describe('selectNetwork', () => {
  it('draws nothing and leaves nothing out for no actor', () => {
    const s = selectNetwork([], [], 5);
    expect(s).toMatchObject({ actors: [], relations: [], omitted: [], total: { actors: 0, relations: 0 }, bounded: false });
  });

  it('draws every actor and relation, in their own order, when there are fewer than the bound', () => {
    const s = selectNetwork(actors, relations, 10);
    expect(s.actors).toEqual(actors);
    expect(s.relations).toEqual(relations);
    expect(s.omitted).toEqual([]);
    expect(s.bounded).toBe(false);
  });

  it('draws every actor when there are exactly as many as the bound', () => {
    const s = selectNetwork(actors, relations, actors.length);
    expect(s.actors).toEqual(actors);
    expect(s.relations).toEqual(relations);
    expect(s.bounded).toBe(false);
  });

  it('above the bound, draws the most connected ones and only the relations among them', () => {
    const s = selectNetwork(actors, relations, 3);
    expect(ids(s.actors).sort()).toEqual(['a2', 'b2', 'hub']);
    // r3 (a2 → c1), r4 (b2 → d1), r5, r6 (with e1) touch an actor not drawn
    expect(ids(s.relations)).toEqual(['r1', 'r2']);
    expect(ids(s.omitted)).toEqual(['e1', 'c1', 'd1', 'lone']);
    expect(s.total).toEqual({ actors: 7, relations: 6 });
    expect(s.bounded).toBe(true);
  });

  it('breaks a tie at the bound by the ids’ code-point order, whatever the input order', () => {
    // a2, b2 and e1 all have 2 relations: the bound 3 keeps hub, a2, b2
    expect(ids(selectNetwork(shuffled(actors), shuffled(relations), 3).actors).sort()).toEqual(['a2', 'b2', 'hub']);
    expect(ids(selectNetwork([...actors].reverse(), [...relations].reverse(), 3).actors).sort()).toEqual(['a2', 'b2', 'hub']);
    expect(ids(selectNetwork(actors, relations, 2).actors).sort()).toEqual(['a2', 'hub']);
  });

  it('keeps the drawn actors in their input order (the layout sorts them itself)', () => {
    expect(ids(selectNetwork(actors, relations, 4).actors)).toEqual(['hub', 'b2', 'a2', 'e1']);
  });

  it('leaves an isolated actor out before any connected one, and draws it when there is room', () => {
    expect(ids(selectNetwork(actors, relations, 6).omitted)).toEqual(['lone']);
    const isolated = ['x', 'y', 'z'].map(actor);
    const s = selectNetwork(isolated, [], 2);
    expect(ids(s.actors)).toEqual(['x', 'y']);
    expect(ids(s.omitted)).toEqual(['z']);
    expect(s.relations).toEqual([]);
  });

  it('counts a relation an actor has with itself, and keeps it when the actor is drawn', () => {
    const s = selectNetwork([actor('a'), actor('b'), actor('c')], [rel('self', 'c', 'c'), rel('ab', 'a', 'b')], 1);
    expect(ids(s.actors)).toEqual(['c']);
    expect(ids(s.relations)).toEqual(['self']);
  });

  it('refuses a bound that is not a whole number from 1', () => {
    for (const bound of [0, -1, 2.5, Number.NaN]) expect(() => selectNetwork(actors, relations, bound)).toThrow(/bound/);
  });

  it('leaves the curated fixture whole under the site’s bound, or draws exactly the bound', () => {
    const { knowledge } = loadFixture();
    const s = selectNetwork(knowledge.actors, knowledge.relations, PAGE_SIZES.networkActors);
    expect(s.actors.length).toBe(Math.min(knowledge.actors.length, PAGE_SIZES.networkActors));
    expect(s.actors.length + s.omitted.length).toBe(knowledge.actors.length);
    const drawn = new Set(ids(s.actors));
    for (const r of s.relations) expect(drawn.has(r.source) && drawn.has(r.target)).toBe(true);
    for (const r of knowledge.relations) if (drawn.has(r.source) && drawn.has(r.target)) expect(s.relations).toContain(r);
  });
});
