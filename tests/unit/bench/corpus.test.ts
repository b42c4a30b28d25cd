import { describe, expect, it } from 'vitest';
import { LAYOUTS, corpusFileNames, generateCorpus, sourcesFor } from '../../../scripts/bench/corpus.ts';
import { fixtureKnowledge } from '../../fixtures/bench/knowledge.ts';

const corpus = (count: number, seed = 7, inject?: Map<number, string[]>) =>
  generateCorpus({ count, seed, knowledge: fixtureKnowledge, ...(inject ? { inject } : {}) });

describe('generateCorpus', () => {
  it('is deterministic: same seed, same bytes; another seed, other texts', () => {
    const a = corpus(12);
    expect(corpus(12)).toEqual(a);
    const b = corpus(12, 8);
    expect(b.map((x) => x.text)).not.toEqual(a.map((x) => x.text));
  });

  it('gives a smaller corpus as the prefix of a larger one (N=10 is the start of N=100)', () => {
    expect(corpus(100).slice(0, 10)).toEqual(corpus(10));
  });

  it('uses the four layouts of the seeds in turn, each with its date where the seeds have it', () => {
    const articles = corpus(8);
    expect(articles.map((a) => a.layout)).toEqual([...LAYOUTS, ...LAYOUTS]);
    const [header, repeated, photo, image] = articles;
    expect(header!.text).toMatch(/^ date \d{4}-\d{2} \S/);
    expect(header!.title).toBeUndefined();
    expect(header!.text.startsWith(` date ${header!.date.value} `)).toBe(true);
    const [line1, , line3] = repeated!.text.split('\n');
    expect(line1).toBe(repeated!.title);
    expect(line3).toBe(repeated!.title);
    expect(repeated!.text).toContain('Laisser un commentaire');
    expect(repeated!.date.origin).toBe('sources');
    expect(photo!.text).toMatch(/\nPublié le \d{2} \S+ \d{4} à \d{2}h\d{2}\n/);
    expect(photo!.text).toContain(`Source : ${photo!.attribution}`);
    expect(photo!.text).toMatch(/Commentaires \(\d+\)/);
    expect(image!.text).toMatch(/\n[0-9A-F]{16}-photo-cloud-europe\.jpg\n/);
    expect(image!.text).toContain('Aucun résumé disponible');
  });

  it('writes every body block into the text, and nothing is left of the templates', () => {
    for (const article of corpus(20)) {
      for (const block of article.blocks) expect(article.text).toContain(block.text);
      expect(article.text).not.toMatch(/[{}]|undefined|\$\{/);
      expect(article.blocks.filter((b) => b.kind === 'heading').length).toBeGreaterThanOrEqual(1);
      // a sub-heading is a short unpunctuated line, as the parse stage expects
      for (const h of article.blocks.filter((b) => b.kind === 'heading')) expect(h.text).not.toMatch(/[.!?:]$/);
    }
  });

  it('names known actors and glossary terms, and writes French date expressions', () => {
    const text = corpus(40).map((a) => a.text).join('\n');
    for (const name of ['OVHcloud', 'T-Systems', 'Bruno Le Maire', 'Commission européenne']) expect(text).toContain(name);
    for (const term of ['Cloud Act', 'RGPD', 'OpenStack']) expect(text).toContain(term);
    expect(text).toMatch(/d[’']OpenStack|d[’']OIV/); // elision before a vowel, both apostrophes in use
    expect(text).toMatch(/\ble \d{1,2}(er)? (janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre) 20\d\d\b/);
    expect(text).toMatch(/\ben (janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre) 20\d\d\b/);
    expect(text).toMatch(/\bfin 20\d\d\b/);
    expect(text).toMatch(/\bdébut de l[’']année 20\d\d\b/);
    expect(text).toMatch(/\bdepuis (janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre) 20\d\d\b/);
  });

  it('gives unique file names and titles', () => {
    const articles = corpus(200);
    expect(new Set(articles.map((a) => a.file)).size).toBe(200);
    const titled = articles.filter((a) => a.title);
    expect(new Set(titled.map((a) => a.title)).size).toBe(titled.length);
    expect(articles.map((a) => a.file)).toEqual(corpusFileNames(200, 7));
    for (const a of articles) expect(a.file).toMatch(/^\d{4}_[0-9a-f]{16}$/);
  });

  it('puts injected evidence sentences into the article they were given to', () => {
    const inject = new Map([[2, ['Velmor Cloud s’associe à Brelune Data, selon un communiqué publié cette semaine.']]]);
    const articles = corpus(4, 7, inject);
    expect(articles[2]!.text).toContain('Velmor Cloud s’associe à Brelune Data');
    expect(articles[1]!.text).not.toContain('Velmor');
  });

  it('says which articles need a content/sources.yaml date (the layout without one)', () => {
    const articles = corpus(8);
    const sources = sourcesFor(articles);
    expect(sources.map((s) => s.article)).toEqual(articles.filter((a) => a.layout === 'repeated-title').map((a) => a.file));
    for (const s of sources) expect(s.date).toMatch(/^\d{4}$/);
  });

  it('refuses knowledge it cannot write with', () => {
    expect(() => generateCorpus({ count: 1, seed: 1, knowledge: { terms: [], actors: fixtureKnowledge.actors } })).toThrow(/glossary term/);
    expect(() => generateCorpus({ count: 1, seed: 1, knowledge: { terms: fixtureKnowledge.terms, actors: [] } })).toThrow(/company/);
  });
});
