import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { convertedCopy, type ConvertedCopy } from '../real-project.ts';
import { figureData } from '../../../src/knowledge/figures.ts';
import { buildFigures, relationTime, type EvidenceLink, type Figures, type GeneratedInput } from '../../../src/charts/figures.ts';
import type { ArticleRecord } from '../../../src/model/generated.ts';
import { loadFixture, shuffled } from './fixture.ts';

const { knowledge, generated } = loadFixture();
const figures = buildFigures(knowledge, generated);

/** Every link a figure shows, and whether its sentence anchor exists in articles.json. */
function brokenLinks(figures: Figures, articles: GeneratedInput['articles']): string[] {
  const anchors = new Set(articles.flatMap((a) => a.sentences.map((s) => `${a.slug}#${s.id}`)));
  const links: Array<[string, EvidenceLink]> = [
    ...figures.relations.flatMap((r) => r.evidence.map((e): [string, EvidenceLink] => [`relation ${r.id}`, e])),
    ...figures.events.flatMap((ev) => ev.evidence.map((e): [string, EvidenceLink] => [`event ${ev.id}`, e])),
    ...figures.dates.map((d): [string, EvidenceLink] => [`date ${d.id}`, d.evidence]),
  ];
  return links.filter(([, e]) => !anchors.has(`${e.article}#${e.sentence}`)).map(([what, e]) => `${what}: ${e.article}#${e.sentence}`);
}

describe('buildFigures', () => {
  it('links every relation, event and dated mention to a sentence that exists', () => {
    expect(figures.relations.every((r) => r.evidence.length > 0)).toBe(true);
    expect(figures.events.every((e) => e.evidence.length > 0)).toBe(true);
    expect(figures.dates.length).toBeGreaterThan(0);
    expect(brokenLinks(figures, generated.articles)).toEqual([]);
  });

  it('draws every actor under the network’s bound, and says none is left out', () => {
    expect(figures.network.nodes.length).toBe(knowledge.actors.length);
    expect(figures.networkNarrow.nodes.length).toBe(knowledge.actors.length);
    expect(figures.networkOmitted).toEqual([]);
  });

  it('above the bound, draws the most connected actors in both frames and keeps every actor and relation in its data', () => {
    const bound = 3;
    const small = buildFigures(knowledge, generated, { networkBound: bound, network: { iterations: 30 } });
    for (const layout of [small.network, small.networkNarrow]) {
      expect(layout.nodes.length).toBe(bound);
      const drawn = new Set(layout.nodes.map((n) => n.id));
      expect(layout.edges.every((e) => drawn.has(e.source) && drawn.has(e.target))).toBe(true);
      expect(layout.edges.length).toBe(knowledge.relations.filter((r) => drawn.has(r.source) && drawn.has(r.target)).length);
      // a node's degree (its size) counts the relations drawn
      for (const n of layout.nodes) expect(n.degree).toBe(layout.edges.filter((e) => e.source === n.id).length + layout.edges.filter((e) => e.target === n.id).length);
    }
    expect(small.networkNarrow.nodes.map((n) => n.id)).toEqual(small.network.nodes.map((n) => n.id));
    expect(small.networkOmitted).toHaveLength(knowledge.actors.length - bound);
    expect(new Set([...small.network.nodes.map((n) => n.id), ...small.networkOmitted])).toEqual(new Set(knowledge.actors.map((a) => a.id)));
    expect(small.actors).toHaveLength(knowledge.actors.length);
    expect(small.relations).toHaveLength(knowledge.relations.length);
    // each drawn relation keeps its quote
    for (const e of small.network.edges) expect(small.relations.find((r) => r.id === e.id)!.evidence.length).toBeGreaterThan(0);
  });

  it('notices a link to a sentence that does not exist', () => {
    const broken = structuredClone(generated);
    broken.evidence.relations['ovh-atos']![0]!.sentence = 'p99-s1';
    expect(brokenLinks(buildFigures(knowledge, broken), generated.articles)).toEqual([
      'relation ovh-atos: ovh-et-atos-veulent-un-espace-schengen-des-donnees#p99-s1',
    ]);
  });

  it('gives the same figures whatever the order of the curated and generated lists', () => {
    const reordered = buildFigures(
      { actors: shuffled(knowledge.actors), relations: shuffled(knowledge.relations), events: shuffled(knowledge.events) },
      { ...generated, articles: shuffled(generated.articles), mentions: shuffled(generated.mentions), dates: shuffled(generated.dates) },
    );
    expect(JSON.stringify(reordered)).toBe(JSON.stringify(figures));
  });

  it('resolves seed file names to article slugs', () => {
    const relation = figures.relations.find((r) => r.id === 'numergy-belgacom')!;
    expect(relation.evidence[0]).toMatchObject({ article: 'ovh-et-atos-veulent-un-espace-schengen-des-donnees', sentence: 'p6-s1' });
    expect(relation.evidence[0]!.title).toBe('OVH et Atos veulent un espace Schengen des données en Europe');
  });

  it('dates a relation by its own date, else by its earliest article', () => {
    expect(figures.relations.find((r) => r.id === 'numergy-belgacom')!.since).toBe(2013.41);
    expect(figures.relations.find((r) => r.id === 'ovh-atos')!.since).toBe(2014.28);
  });

  it('counts mentions per actor and lists the actors of each dated sentence', () => {
    expect(figures.actors.find((a) => a.id === 'ovhcloud')!.mentions).toBe(3);
    const june = figures.dates.find((d) => d.expression === 'En juin 2013')!;
    expect(june.actors).toEqual(['belgacom', 'numergy']);
    expect(june.evidence.quote).toMatch(/^En juin 2013, le prestataire/);
  });

  it('names the article when evidence points to an unknown one', () => {
    const broken = structuredClone(generated);
    broken.evidence.events['cloud-team-alliance']![0]!.article = '999_missing';
    expect(() => buildFigures(knowledge, broken)).toThrow('article not found: 999_missing');
  });
});

// The real corpus: the build step runs on a copy of seeds/ and content/ (so the test runs
// in a fresh clone too, before any build), then the same promise is checked at scale.
describe('buildFigures on the real corpus', () => {
  let copy: ConvertedCopy;
  beforeAll(async () => {
    copy = await convertedCopy();
    expect(copy.result.problems).toEqual([]);
  });
  afterAll(() => copy.remove());

  it('links every fact to an existing sentence anchor', async () => {
    const { figures: realFigures, generated: real } = figureData(copy.root);
    expect(realFigures.network.edges.length).toBe(realFigures.relations.length);
    expect(realFigures.events.length).toBeGreaterThan(0);
    expect(brokenLinks(realFigures, real.articles)).toEqual([]);
  });
});

describe('relationTime: when a relation held, as the site says it', () => {
  const article = (file: string, date: ArticleRecord['date'], outlet?: string, authors: string[] = []): ArticleRecord => ({
    slug: file, file, title: file, date, authors, description: '', words: 1, terms: [], actors: [], sentences: [], ...(outlet ? { outlet } : {}),
  });
  const clubic2014 = article('a', { origin: 'byline', value: '2014-04-15', precision: 'day' }, 'Clubic');
  const afp2020 = article('b', { origin: 'sources', value: '2020-11', precision: 'month' }, undefined, ['AFP']);
  const bare2020 = article('c', { origin: 'header', value: '2020-09', precision: 'month' });
  const undated = article('d', { origin: 'unknown' });

  it('says a moment, a span, or as of which articles', () => {
    expect(relationTime({ date: '2019-10-03' }, [])).toEqual({ text: 'le 3 octobre 2019', datetime: '2019-10-03', how: 'date' });
    expect(relationTime({ date: '2013' }, [])).toMatchObject({ text: 'en 2013' });
    expect(relationTime({ from: '2008-11', until: '2019-10-31' }, [])).toMatchObject({ text: 'de novembre 2008 au 31 octobre 2019', how: 'span' });
    expect(relationTime({ from: '2018-08' }, [])).toMatchObject({ text: 'à partir d’août 2018' });
    expect(relationTime({ until: '2024' }, [])).toMatchObject({ text: 'jusqu’en 2024' });
    expect(relationTime({}, [clubic2014])).toEqual({ text: 'le 15 avril 2014, selon Clubic', datetime: '2014-04-15', how: 'attested' });
    expect(relationTime({}, [afp2020], (name) => (name === 'AFP' ? 'l’AFP' : name))).toMatchObject({ text: 'en novembre 2020, selon l’AFP' });
    expect(relationTime({}, [bare2020])).toMatchObject({ text: 'en septembre 2020, d’après l’article cité' });
    expect(relationTime({}, [bare2020, clubic2014, undated])).toMatchObject({ text: 'en 2014 et 2020, d’après les articles cités', datetime: '2014-04-15' });
  });
});
