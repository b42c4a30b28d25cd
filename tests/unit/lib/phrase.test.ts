// French phrases built from curated words: articles, contractions and elisions, on cases of
// every kind and on every relation the site draws.
import { describe, expect, it } from 'vitest';
import { afterLabel, named, subject, UNCONTRACTED } from '../../../src/lib/phrase.ts';
import { loadKnowledge } from '../../../src/knowledge/load.ts';
import { relationPhrase, relationSentence } from '../../../src/charts/figures.ts';

const joined = (label: string, name: string, determiner?: Parameters<typeof afterLabel>[2]) => {
  const { middle, name: target } = afterLabel(label, name, determiner);
  return `${middle}${target}`;
};

describe('afterLabel', () => {
  it.each([
    ['s’associe à', 'France', 'la', 's’associe à la France'],
    ['s’associe à', 'Allemagne', 'l’', 's’associe à l’Allemagne'],
    ['s’associe à', 'Pays-Bas', 'les', 's’associe aux Pays-Bas'],
    ['se réfère à', 'Cloud Act', 'le', 'se réfère au Cloud Act'],
    ['libre de l’influence de', 'Cloud Act', 'le', 'libre de l’influence du Cloud Act'],
    ['est une filiale de', 'Deutsche Telekom', undefined, 'est une filiale de Deutsche Telekom'],
    ['est PDG de', 'Atos', undefined, 'est PDG d’Atos'],
    ['est PDG de', 'OVHcloud', undefined, 'est PDG d’OVHcloud'],
    ['est l’un des départements de', 'Commission européenne', 'la', 'est l’un des départements de la Commission européenne'],
    ['se méfie de', 'États-Unis', 'les', 'se méfie des États-Unis'],
    ['se méfie de', 'AFP', 'l’', 'se méfie de l’AFP'],
    ['adoptent', 'Cloud Act', 'le', 'adoptent le Cloud Act'],
    ['rejoint', 'Alliance', 'la', 'rejoint l’Alliance'],
    ['a la tutelle de', 'DG CNECT', 'la', 'a la tutelle de la DG CNECT'],
    ['cède une part à', 'Echos', 'les', 'cède une part aux Echos'],
    // a name that carries its own article gives it to the contraction
    ['vend ses parts à', 'Les Echos', undefined, 'vend ses parts aux Echos'],
    ['est le quotidien de', 'Le Monde', undefined, 'est le quotidien du Monde'],
    ['est consulté par', 'Les Echos', undefined, 'est consulté par Les Echos'],
    // h: left alone
    ['a la tutelle de', 'Henna Virkkunen', undefined, 'a la tutelle de Henna Virkkunen'],
  ] as const)('%s + %s (%s) → %s', (label, name, determiner, expected) => {
    expect(joined(label, name, determiner)).toBe(expected);
  });
});

describe('subject and named', () => {
  it('capitalises what opens the sentence, elides before a vowel', () => {
    expect(subject('États-Unis', 'les')).toEqual({ lead: 'Les ', name: 'États-Unis' });
    expect(subject('Allemagne', 'l’')).toEqual({ lead: 'L’', name: 'Allemagne' });
    expect(subject('eurostack')).toEqual({ lead: '', name: 'Eurostack' });
    expect(named('AFP', 'l’')).toEqual({ lead: 'l’', name: 'AFP' });
    expect(named('Europe', 'la')).toEqual({ lead: 'l’', name: 'Europe' });
    expect(named('Clubic')).toEqual({ lead: '', name: 'Clubic' });
  });
});

describe('every relation the site draws', () => {
  const { knowledge, problems } = loadKnowledge(process.cwd());
  const actors = new Map(knowledge.actors.map((a) => [a.id, a]));

  it('reads', () => expect(problems).toEqual([]));

  it.each(knowledge.relations.map((r) => [r.id, r] as const))('%s reads as correct French', (_, relation) => {
    const sentence = relationSentence(relationPhrase(relation, actors));
    expect(sentence).not.toMatch(UNCONTRACTED);
    expect(sentence).not.toMatch(/\s{2}|\s[,.]|’\s/u);
    expect(sentence).toMatch(/^\p{Lu}/u);
    // the target's article is the build's to add: a label that ends with one would double it
    expect(relation.label).not.toMatch(/(?:^|\s)(?:le|la|les|l’|l'|du|des|au|aux)$/u);
  });

  it('gives every state, institution, law and named initiative its article', () => {
    const bare = knowledge.actors.filter((a) => ['state', 'institution', 'law'].includes(a.kind) && !a.determiner && !/^(?:Bpifrance)$/u.test(a.name));
    expect(bare.map((a) => a.id)).toEqual([]);
  });
});
