// The synthetic corpus through the real build step: every generated article must come out
// as one article, with the title and date the generator put in it, and none of the chrome
// or reader comments it wrapped around the text. (Small N: the big runs are `npm run bench`.)
import { copyFileSync, mkdirSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateCorpus, sourcesFor, writeCorpus, type GeneratedArticle } from '../../../scripts/bench/corpus.ts';
import { corpusKnowledgeOf, readKnowledge, writeKnowledge } from '../../../scripts/bench/knowledge.ts';
import { makeTempDir } from '../../../scripts/bench/project.ts';
import { runPipeline, type PipelineResult } from '../../../src/pipeline/index.ts';
import type { ArticleRecord } from '../../../src/model/generated.ts';

const repo = resolve(import.meta.dirname, '../../..');
const COUNT = 16;
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

describe('the synthetic corpus through runPipeline', () => {
  it('converts every article, real and synthetic, without a problem', () => {
    expect(result.problems).toEqual([]);
    expect(result.ok).toBe(true);
    expect(result.report.filter((r) => r.status === 'ok')).toHaveLength(COUNT + realSeeds.length);
    expect(records).toHaveLength(COUNT + realSeeds.length);
    expect(readdirSync(join(root, 'content', 'articles')).filter((f) => f.endsWith('.mdx'))).toHaveLength(COUNT + realSeeds.length);
  });

  it('finds the title and the date the generator wrote, where it wrote them', () => {
    for (const article of synthetic) {
      const record = records.find((r) => r.file === article.file);
      expect(record, article.file).toBeDefined();
      if (article.title) expect(record!.title).toBe(article.title);
      expect(record!.date).toEqual(article.date);
      if (article.author) expect(record!.authors).toEqual([article.author]);
      if (article.layout === 'byline-photo') expect(record!.attribution).toBe(article.attribution);
    }
  });

  it('keeps the body and drops the chrome and the reader comments', () => {
    for (const article of synthetic) {
      const record = records.find((r) => r.file === article.file)!;
      const text = record.sentences.map((s) => s.text).join(' ');
      const paragraphs = article.blocks.filter((b) => b.kind === 'paragraph');
      expect(new Set(record.sentences.map((s) => s.paragraph)).size, article.file).toBe(paragraphs.length);
      // every body sentence's words are there (the header layout's title is derived from its first one)
      for (const p of paragraphs) expect(text.replace(/\s+/g, ' ')).toContain(p.text.split(/(?<=[.!?»])\s/)[0]!.slice(0, 40));
      for (const chrome of ['Laisser un commentaire', 'Rejoignez la communauté', 'Abonnez-vous', 'Aucun résumé disponible', 'photo-cloud-europe.jpg', 'ha ben quand même']) {
        expect(text).not.toContain(chrome);
      }
    }
  });
});
