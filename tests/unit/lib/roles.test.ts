import { describe, expect, it } from 'vitest';
import { undatedRoles } from '../../../src/lib/roles.ts';

describe('undatedRoles', () => {
  it.each([
    'Thierry Breton, PDG d’Atos.',
    'Filiale de services informatiques du groupe Deutsche Telekom.',
    'Michel Paulin dirige OVHcloud.',
    'Bruno Le Maire est ministre de l’Économie.',
    'Ancienne ministre et députée européenne.',
    'Quotidien économique, propriété du groupe LVMH.',
    'Il est membre fondateur de Gaia-X.',
  ])('refuses « %s »', (text) => {
    expect(undatedRoles(text)).toEqual([expect.objectContaining({ why: 'undated' })]);
  });

  it.each([
    'Thierry Breton est PDG d’Atos de 2008 à 2019.',
    'En 2020, selon l’article, T-Systems est une filiale de Deutsche Telekom.',
    'Hébergeur fondé en 1999 à Roubaix.',
    'Il propose les lois européennes et veille à leur application.',
    'Le Cloud Act permet aux autorités des États-Unis d’exiger des données.',
  ])('accepts « %s »', (text) => {
    expect(undatedRoles(text)).toEqual([]);
  });

  it('refuses a role said to hold still ("depuis"), true as of a day nobody gives', () => {
    expect(undatedRoles('Président des États-Unis depuis janvier 2025.')).toEqual([expect.objectContaining({ why: 'ongoing', word: 'Président' })]);
    expect(undatedRoles('Président des États-Unis à partir du 20 janvier 2025.')).toEqual([]);
  });

  it('reads only the sentences that name someone, when told whom', () => {
    const definition = 'En France, un secrétaire d’État est membre du gouvernement. Cédric O a été secrétaire d’État.';
    expect(undatedRoles(definition, ['Cédric O']).map((r) => r.sentence)).toEqual(['Cédric O a été secrétaire d’État.']);
  });

  it('finds every undated sentence of a text, one by one', () => {
    const text = 'Éditeur fondé en 1981. Filiale du groupe Dassault. Coté à Paris depuis 1996.';
    expect(undatedRoles(text).map((r) => [r.word, r.why])).toEqual([['Filiale', 'undated'], ['Coté', 'ongoing']]);
  });
});
