import { describe, expect, it } from 'vitest';
import { scaleKnowledge, syntheticNetwork, type KnowledgeFiles } from '../../../bench/knowledge.ts';
import { actorsFile, glossaryFile, relationsFile } from '../../../src/model/knowledge.ts';

const base: KnowledgeFiles = {
  glossary: [
    { id: 'cloud-act', label: 'Cloud Act', short: 'Une loi américaine de 2018 sur l’accès aux données.', long: 'Le CLOUD Act permet aux autorités américaines de demander des données stockées à l’étranger.', sources: [{ title: 'Congrès des États-Unis' }] },
  ],
  actors: [
    { id: 'ovhcloud', name: 'OVHcloud', kind: 'company', country: 'FR', aliases: ['OVH'], description: 'Hébergeur et fournisseur de cloud français fondé à Roubaix.' },
  ],
  relations: [],
  events: [],
  sources: [],
};

describe('scaleKnowledge', () => {
  it('appends valid synthetic terms and actors after the real ones, up to the totals', () => {
    const scaled = scaleKnowledge(base, { terms: 120, actors: 110, seed: 3 });
    expect(scaled.glossary).toHaveLength(120);
    expect(scaled.actors).toHaveLength(110);
    expect(scaled.glossary[0]).toBe(base.glossary[0]);
    const terms = glossaryFile.parse(scaled.glossary);
    const actors = actorsFile.parse(scaled.actors);
    expect(new Set(terms.map((t) => t.id)).size).toBe(120);
    expect(new Set(actors.map((a) => a.id)).size).toBe(110);
    // synthetic names never reuse a word of the real knowledge
    for (const t of terms.slice(1)) expect(t.label.toLowerCase()).not.toMatch(/\b(cloud|act|ovh|ovhcloud)\b/);
    expect(scaleKnowledge(base, { terms: 120, actors: 110, seed: 3 })).toEqual(scaled);
  });
});

describe('syntheticNetwork', () => {
  it('makes the requested counts, with each relation proved by a sentence put in its article', () => {
    const files = ['1000_aaaaaaaaaaaaaaaa', '1001_bbbbbbbbbbbbbbbb', '1002_cccccccccccccccc'];
    const network = syntheticNetwork(base, { actorCount: 300, relationCount: 1000, seed: 5, articleFiles: files });
    expect(base.actors.length + network.actors.length).toBe(300);
    expect(network.relations).toHaveLength(1000);
    const relations = relationsFile.parse(network.relations);
    const ids = new Set([...base.actors.map((a) => String(a.id)), ...network.actors.map((a) => a.id)]);
    for (const relation of relations) {
      expect(ids.has(relation.source) && ids.has(relation.target)).toBe(true);
      expect(relation.source).not.toBe(relation.target);
      const evidence = relation.evidence[0]!;
      const index = files.indexOf(evidence.article);
      expect(network.inject.get(index)!.some((s) => s.includes(evidence.quote))).toBe(true);
    }
    expect([...network.inject.values()].flat()).toHaveLength(1000);
  });
});
