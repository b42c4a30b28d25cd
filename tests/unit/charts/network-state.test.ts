// The network's view logic, without a browser: filters and period, neighbours, the lit
// actors, the arrow-key walk, the search.
import { describe, expect, it } from 'vitest';
import { drawnPart, findActor, litActors, neighbours, normaliseName, stepToward, visibility, type NetworkActorData, type NetworkRelationData } from '../../../src/charts/network-state.ts';

const actor = (id: string, kind: NetworkActorData['kind'], name = id, aliases: string[] = []): NetworkActorData => ({ id, name, kind, kindLabel: kind, country: 'France', description: '', href: `/acteurs/${id}/`, aliases });
const relation = (id: string, source: string, target: string, type: NetworkRelationData['type'], since: number): NetworkRelationData => ({
  id, source, target, type, since, typeLabel: type, label: '', phrase: { lead: '', source, middle: '', target }, time: '', sentence: '', evidence: [],
});

const actors = [actor('ovh', 'company', 'OVHcloud', ['OVH']), actor('atos', 'company', 'Atos'), actor('etat', 'state', 'France'), actor('loi', 'law', 'Cloud Act'), actor('seul', 'person', 'Élise Électre')];
const relations = [
  relation('ovh-atos', 'ovh', 'atos', 'competition', 2019),
  relation('etat-ovh', 'etat', 'ovh', 'support', 2014),
  relation('loi-etat', 'loi', 'etat', 'regulation', 2021),
];
const data = { actors, relations, events: [{ id: 'e1', title: 'Un événement', actors: ['atos', 'loi'] }] };
const all = { kinds: null, types: null, to: null };

describe('visibility', () => {
  it('shows everything without filters', () => {
    const v = visibility(data, all);
    expect([...v.shownActors]).toEqual(['ovh', 'atos', 'etat', 'loi', 'seul']);
    expect(v.shownRelations.map((r) => r.id)).toEqual(['ovh-atos', 'etat-ovh', 'loi-etat']);
  });

  it('a kind filter hides those actors and their relations', () => {
    const v = visibility(data, { ...all, kinds: ['company', 'law', 'person'] });
    expect(v.actors.get('etat')).toBe('filtered');
    expect(v.relations.get('etat-ovh')).toBe('filtered');
    expect(v.relations.get('ovh-atos')).toBe('shown');
  });

  it('a type filter hides relations, not actors', () => {
    const v = visibility(data, { ...all, types: ['support'] });
    expect(v.shownRelations.map((r) => r.id)).toEqual(['etat-ovh']);
    expect(v.shownActors.has('atos')).toBe(true);
  });

  it('a period keeps what is known by its end: an actor whose relations all come later waits, one without relations stays', () => {
    const v = visibility(data, { ...all, to: 2018 });
    expect(v.relations.get('ovh-atos')).toBe('later');
    expect(v.relations.get('etat-ovh')).toBe('shown');
    expect(v.actors.get('atos')).toBe('later');
    expect(v.actors.get('loi')).toBe('later');
    expect(v.actors.get('ovh')).toBe('shown');
    expect(v.actors.get('seul')).toBe('shown');
  });
});

describe('neighbours and the lit actors', () => {
  const shown = visibility(data, all).shownRelations;
  const known = new Set(actors.map((a) => a.id));
  it('lists each neighbour once, whatever the direction', () => {
    expect(neighbours('ovh', shown)).toEqual(['atos', 'etat']);
    expect(neighbours('seul', shown)).toEqual([]);
    expect(neighbours('etat', visibility(data, { ...all, types: ['regulation'] }).shownRelations)).toEqual(['loi']);
  });

  it('lights the pointed actor first, then a preview, then the chosen actor, then the event', () => {
    const passing = { hovered: null, preview: null };
    expect(litActors({ actor: null, event: null }, passing, data, known, shown)).toEqual({ centre: null, actors: null });
    expect(litActors({ actor: 'ovh', event: 'e1' }, { hovered: 'loi', preview: ['atos'] }, data, known, shown)).toEqual({ centre: 'loi', actors: new Set(['loi', 'etat']) });
    expect(litActors({ actor: 'ovh', event: 'e1' }, { hovered: null, preview: ['atos'] }, data, known, shown)).toEqual({ centre: null, actors: new Set(['atos']) });
    expect(litActors({ actor: 'ovh', event: 'e1' }, passing, data, known, shown)).toEqual({ centre: 'ovh', actors: new Set(['ovh', 'atos', 'etat']) });
    expect(litActors({ actor: 'nobody', event: 'e1' }, passing, data, known, shown)).toEqual({ centre: null, actors: new Set(['atos', 'loi']) });
  });
});

describe('stepToward', () => {
  const positions = new Map<string, readonly [number, number]>([
    ['ovh', [0, 0]], ['atos', [100, 10]], ['etat', [-50, 80]], ['loi', [30, -200]], ['seul', [20, -20]],
  ]);
  const shown = ['ovh', 'atos', 'etat', 'loi', 'seul'];
  it('follows an edge in the arrow’s direction', () => {
    expect(stepToward('ovh', [1, 0], positions, ['atos', 'etat'], shown)).toBe('atos');
    expect(stepToward('ovh', [0, 1], positions, ['atos', 'etat'], shown)).toBe('etat');
  });
  it('without a neighbour that way, goes to the nearest actor that way; else nowhere', () => {
    expect(stepToward('ovh', [0, -1], positions, ['atos', 'etat'], shown)).toBe('seul');
    expect(stepToward('loi', [0, -1], positions, [], shown)).toBeNull();
    expect(stepToward('nobody', [0, -1], positions, [], shown)).toBeNull();
  });
});

describe('findActor', () => {
  it('prefers an exact name or alias, then a prefix, then a part, ignoring case and accents', () => {
    expect(findActor(actors, 'ovh')?.id).toBe('ovh');
    expect(findActor(actors, 'OVHcl')?.id).toBe('ovh');
    expect(findActor(actors, 'act')?.id).toBe('loi');
    expect(findActor(actors, 'electre')?.id).toBe('seul');
    expect(findActor(actors, 'France')?.id).toBe('etat');
    expect(findActor(actors, '   ')).toBeUndefined();
    expect(findActor(actors, 'personne')).toBeUndefined();
    expect(normaliseName('  Élise ')).toBe('elise');
  });
});

describe('drawnPart', () => {
  it('keeps every actor and relation when the figure draws them all', () => {
    const part = drawnPart(data, new Set(actors.map((a) => a.id)));
    expect(part.actors).toEqual(actors);
    expect(part.relations).toEqual(relations);
  });

  it('keeps the drawn actors and only the relations between two of them, so the counts and the neighbours are the figure’s', () => {
    const part = drawnPart(data, new Set(['ovh', 'atos', 'seul']));
    expect(part.actors.map((a) => a.id)).toEqual(['ovh', 'atos', 'seul']);
    expect(part.relations.map((r) => r.id)).toEqual(['ovh-atos']);
    const visible = visibility(part, all);
    expect([...visible.shownActors]).toEqual(['ovh', 'atos', 'seul']);
    expect(neighbours('ovh', visible.shownRelations)).toEqual(['atos']);
  });

  it('draws nothing of an empty figure', () => {
    expect(drawnPart(data, new Set())).toEqual({ actors: [], relations: [] });
  });
});
