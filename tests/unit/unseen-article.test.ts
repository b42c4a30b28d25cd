// An editor drops a new article into seeds/ and rebuilds: with no code or data change, its
// actors gain a mention (their pages list the sentence) and its dated sentences reach the
// timeline. The whole real content/ is used, in a copy of the project.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { figureData } from '../../src/knowledge/figures.ts';
import { convertedCopy, type ConvertedCopy } from './real-project.ts';
const unseen = [
  'Scaleway et OVHcloud répondent à l’appel d’offres de la Commission',
  '',
  'Camille Martin',
  'Publié le 16 juillet 2021 à 10h30',
  '',
  'Le 12 juillet 2021, Scaleway et OVHcloud ont déposé une offre commune auprès de la Commission européenne.',
  '',
  'Les deux hébergeurs français espèrent une décision fin 2021, selon un communiqué.',
  '',
].join('\n');

let copy: ConvertedCopy;
let root: string;
beforeAll(async () => {
  copy = await convertedCopy({ '900_appel-d-offres.txt': unseen });
  expect(copy.result.problems).toEqual([]);
  root = copy.root;
});
afterAll(() => copy.remove());

describe('an unseen article, after a plain rebuild', () => {
  it('is an article of the site, with its own title and date', () => {
    const { generated } = figureData(root);
    const article = generated.articles.find((a) => a.file === '900_appel-d-offres');
    expect(article?.title).toBe('Scaleway et OVHcloud répondent à l’appel d’offres de la Commission');
    expect(article?.date).toEqual({ value: '2021-07-16', precision: 'day', origin: 'byline' });
  });

  it('gives the actors it names a mention in the sentence that names them', () => {
    const { generated } = figureData(root);
    const mentions = generated.mentions.filter((m) => m.article === '900_appel-d-offres');
    const inFirst = mentions.filter((m) => m.sentence === 'p1-s1').map((m) => m.actor);
    expect(inFirst).toEqual(expect.arrayContaining(['scaleway', 'ovhcloud', 'commission-europeenne']));
  });

  it('puts its dated sentences on the timeline, each counted in its month’s group and linked to its sentence', () => {
    const { figures } = figureData(root);
    const fromUnseen = figures.dates.filter((d) => d.evidence.article === '900_appel-d-offres' || d.evidence.article.startsWith('scaleway-et-ovhcloud'));
    // the date string's length is its precision: a day, and a year ("fin 2021")
    expect(fromUnseen.map((d) => d.date)).toEqual(expect.arrayContaining(['2021-07-12', '2021']));
    const marks = new Set(figures.timeline.marks.map((mark) => mark.id));
    for (const dated of fromUnseen) {
      const group = figures.dateGroups.find((g) => g.items.some((d) => d.id === dated.id));
      expect(group, dated.id).toBeDefined();
      expect(marks.has(`dates-${group!.key}`)).toBe(true);
      expect(dated.evidence.sentence).toMatch(/^p\d+-s\d+$/);
    }
  });
});
