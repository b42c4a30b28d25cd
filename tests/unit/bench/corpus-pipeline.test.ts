// The synthetic corpus through the real build step: every generated article must come out
// as one article, with the title, date, authors, standfirst, sub-headings and lists the
// generator put in it, and none of the chrome or reader comments it wrapped around the text.
// (Small N: the big runs are `npm run bench`.)
import { copyFileSync, mkdirSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LAYOUTS, generateCorpus, sourcesFor, writeCorpus, type GeneratedArticle } from '../../../bench/corpus.ts';
import { corpusKnowledgeOf, readKnowledge, writeKnowledge } from '../../../bench/knowledge.ts';
import { makeTempDir } from '../../../scripts/lib/throwaway-project.ts';
import { runPipeline, type PipelineResult } from '../../../src/pipeline/index.ts';
import type { ArticleRecord, ReportEntry } from '../../../src/model/generated.ts';

const repo = resolve(import.meta.dirname, '../../..');
/** every layout at least three times */
const COUNT = 32;
let root: string;
let synthetic: GeneratedArticle[];
let realSeeds: string[];
let result: PipelineResult;
let records: ArticleRecord[];
const errors: string[] = [];

beforeAll(async () => {
  root = makeTempDir('corpus-test');
  mkdirSync(join(root, 'seeds'));
  // the real seeds stay: the curated relations and events quote them
  realSeeds = readdirSync(join(repo, 'seeds')).filter((f) => f.endsWith('.txt'));
  for (const f of realSeeds) copyFileSync(join(repo, 'seeds', f), join(root, 'seeds', f));
  const knowledge = readKnowledge(repo);
  synthetic = generateCorpus({ count: COUNT, seed: 42, knowledge: corpusKnowledgeOf(knowledge) });
  writeCorpus(join(root, 'seeds'), synthetic);
  writeKnowledge(root, { ...knowledge, sources: [...knowledge.sources, ...sourcesFor(synthetic)] });
  result = await runPipeline({ root, log: () => undefined, error: (line) => errors.push(line) });
  records = JSON.parse(readFileSync(join(root, 'content', 'generated', 'articles.json'), 'utf8')) as ArticleRecord[];
}, 120_000);

afterAll(() => rmSync(root, { recursive: true, force: true }));

const recordOf = (article: GeneratedArticle): ArticleRecord => {
  const record = records.find((r) => r.file === article.file);
  if (!record) throw new Error(`${article.file} (${article.layout}): no record`);
  return record;
};
const reportOf = (article: GeneratedArticle): ReportEntry => result.report.find((r) => r.file === article.file)!;
const mdxOf = (article: GeneratedArticle): string => readFileSync(join(root, 'content', 'generated', 'articles', `${recordOf(article).slug}.mdx`), 'utf8');
/** the text of some MDX markup: tags out, escapes undone, white space folded */
const plain = (markup: string): string => markup.replace(/<[^>]+>/g, '').replace(/\\(.)/g, '$1').replace(/\s+/g, ' ').replace(/ ([.,;:!?»)])/g, '$1').trim();
const fold = (text: string): string => text.replace(/\s+/g, ' ').replace(/ ([.,;:!?»)])/g, '$1').trim();

describe('the synthetic corpus through runPipeline', () => {
  it('covers every layout', () => {
    expect(new Set(synthetic.map((a) => a.layout))).toEqual(new Set(LAYOUTS));
  });

  it('converts every article, real and synthetic, without a problem', () => {
    expect(result.problems).toEqual([]);
    expect(errors.filter((line) => !line.startsWith('warning: '))).toEqual([]);
    expect(result.ok).toBe(true);
    expect(result.report.filter((r) => r.status === 'ok')).toHaveLength(COUNT + realSeeds.length);
    expect(records).toHaveLength(COUNT + realSeeds.length);
    expect(readdirSync(join(root, 'content', 'generated', 'articles')).filter((f) => f.endsWith('.mdx'))).toHaveLength(COUNT + realSeeds.length);
  });

  it('finds the title, the date with its precision and origin, and the authors the generator wrote', () => {
    for (const article of synthetic) {
      const record = recordOf(article);
      const where = `${article.file} (${article.layout})`;
      if (article.title) expect(record.title, where).toBe(article.title);
      expect(record.authors, where).toEqual(article.authors);
      if (article.layout === 'byline-photo') expect(record.attribution, where).toBe(article.attribution);
      if (article.updated) expect(record.updated, where).toBe(article.updated);
      const { origin, value, precision } = record.date as { origin: string; value?: string; precision?: string };
      expect({ origin, value, precision }, where).toEqual(article.date);
    }
  });

  it('warns that an undated text’s date is an estimate', () => {
    for (const article of synthetic.filter((a) => a.layout === 'undated')) {
      expect(result.warnings.some((w) => w.includes(article.file) && /no publication date in the text.*estimated/.test(w)), article.file).toBe(true);
    }
  });

  it('keeps the standfirst as the first paragraph where the layout has one, and makes none up', () => {
    for (const article of synthetic) {
      const standfirst = /<p id="p1" class="standfirst">([\s\S]*?)<\/p>/.exec(mdxOf(article));
      if (article.standfirst) expect(standfirst && plain(standfirst[1]!), `${article.file} (${article.layout})`).toBe(fold(article.standfirst));
      else expect(standfirst, `${article.file} (${article.layout})`).toBeNull();
    }
  });

  it('keeps the sub-headings and the lists, in order', () => {
    for (const article of synthetic) {
      const mdx = mdxOf(article);
      const where = `${article.file} (${article.layout})`;
      const headings = [...mdx.matchAll(/^## (.*)$/gm)].map((m) => plain(m[1]!));
      expect(headings, where).toEqual(article.blocks.flatMap((b) => (b.kind === 'heading' ? [fold(b.text)] : [])));
      const lists = [...mdx.matchAll(/<ul id="p\d+">([\s\S]*?)<\/ul>/g)].map((m) => [...m[1]!.matchAll(/<li>([\s\S]*?)<\/li>/g)].map((li) => plain(li[1]!)));
      expect(lists, where).toEqual(article.blocks.flatMap((b) => (b.kind === 'list' ? [b.items.map(fold)] : [])));
    }
    expect(synthetic.some((a) => a.blocks.some((b) => b.kind === 'list'))).toBe(true);
  });

  it('keeps the body and drops the chrome and the reader comments', () => {
    for (const article of synthetic) {
      const record = recordOf(article);
      const where = `${article.file} (${article.layout})`;
      const text = record.sentences.map((s) => s.text).join(' ');
      const flat = fold(text);
      const paragraphs = article.blocks.flatMap((b) => (b.kind === 'paragraph' ? [b.text] : []));
      const lists = article.blocks.flatMap((b) => (b.kind === 'list' ? [b.items] : []));
      // paragraphs, lists and the standfirst are each a numbered block of sentences
      expect(new Set(record.sentences.map((s) => s.paragraph)).size, where).toBe(paragraphs.length + lists.length + (article.standfirst ? 1 : 0));
      // every body sentence's words are there (the header layout's title is derived from its first one)
      for (const p of paragraphs) expect(flat, where).toContain(fold(p.split(/(?<=[.!?»])\s/)[0]!).slice(0, 40));
      for (const items of lists) for (const item of items) expect(flat, where).toContain(fold(item).slice(0, 40));
      const chrome = [
        // the seeds' layouts
        'Laisser un commentaire', 'Rejoignez la communauté', 'Abonnez-vous', 'Aucun résumé disponible', 'photo-cloud-europe.jpg', 'ha ben quand même',
        // the daily
        'Lire aussi', 'Temps de Lecture', 'Article réservé', 'Il vous reste', 'La suite est réservée', 'Déjà abonné', 'Mis à jour',
        // the dispatch, the press release, the tech site
        'afp/', 'Communiqué de presse', 'À propos de', 'Pour en savoir plus', 'infrastructures cloud pour des clients publics et privés',
        'Contact presse', '@example.org', '01 23 45 67 89', 'Partager sur', 'Tous les articles', 'Nos derniers articles', 'Publié le',
        ...article.authors.filter((a) => a !== 'AFP').map((a) => `Par ${a}`),
      ];
      for (const c of chrome) expect(text, `${where}: ${c}`).not.toContain(c);
    }
  });

  it('says why it dropped the chrome of each layout', () => {
    const expected: Partial<Record<GeneratedArticle['layout'], string[]>> = {
      daily: ['rubric', 'byline', 'date-line', 'reading-time', 'paywall', 'read-also'],
      dispatch: ['agency-tail'],
      'press-release': ['label', 'about', 'press-contact'],
      tech: ['byline', 'share', 'navigation', 'read-also'],
      undated: ['byline'],
    };
    for (const article of synthetic) {
      const kinds = new Set(reportOf(article).dropped.map((d) => d.kind));
      for (const kind of expected[article.layout] ?? []) expect([...kinds], `${article.file} (${article.layout})`).toContain(kind);
    }
  });

  // A dispatch's lede is a sentence full of names (few function words): it is kept all the same.
  it('reads every dispatch’s date from its dateline, its lede kept', () => {
    for (const article of synthetic.filter((a) => a.layout === 'dispatch')) {
      expect(recordOf(article).date.origin, article.file).toBe('dateline');
      expect(reportOf(article).dropped.map((d) => d.kind), article.file).toEqual(['agency-tail']);
    }
  });
});
