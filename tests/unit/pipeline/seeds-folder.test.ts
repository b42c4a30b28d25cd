// What an editor's folder can hold, and what the build step makes of it: addresses that stay,
// the same text twice, files that are no articles, a broken YAML file, an outsized text.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runPipeline } from '../../../src/pipeline/index.ts';
import type { ArticleRecord, ReportEntry } from '../../../src/model/generated.ts';
import { FIXTURES } from './golden.ts';

const made: string[] = [];
afterAll(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function project(): string {
  const root = mkdtempSync(join(tmpdir(), 'seeds-folder-'));
  made.push(root);
  mkdirSync(join(root, 'seeds'));
  cpSync(join(FIXTURES, 'pipeline/content'), join(root, 'content'), { recursive: true });
  for (const file of ['relations', 'events']) writeFileSync(join(root, `content/${file}.yaml`), '[]\n');
  return root;
}

const article = (title: string, body = 'Un texte sur le cloud européen, avec assez de mots pour être un article.') => `${title}\n\nPublié le 3 mars 2021\n\n${body}\n`;

async function run(root: string) {
  const errors: string[] = [];
  const result = await runPipeline({ root, log: () => {}, error: (line) => errors.push(line) });
  const read = <T>(name: string): T => JSON.parse(readFileSync(join(root, 'content/generated', name), 'utf8')) as T;
  const slugs = result.ok ? Object.fromEntries(read<ArticleRecord[]>('articles.json').map((r) => [r.file, r.slug])) : {};
  return { result, errors, slugs, report: result.ok ? read<ReportEntry[]>('report.json') : [] };
}

describe('addresses that stay', () => {
  it('a new article with an existing title, whose name sorts first, does not take the existing article’s address', async () => {
    const root = project();
    writeFileSync(join(root, 'seeds/b-premier.txt'), article('Le même titre'));
    expect((await run(root)).slugs).toEqual({ 'b-premier': 'le-meme-titre' });
    writeFileSync(join(root, 'seeds/a-nouveau.txt'), article('Le même titre', 'Un autre texte, sur un autre sujet du cloud, assez long pour un article.'));
    const second = await run(root);
    expect(second.slugs).toEqual({ 'b-premier': 'le-meme-titre', 'a-nouveau': 'le-meme-titre-2' });
    expect(second.errors).toContain('note: seeds/a-nouveau.txt: «Le même titre» is also the title of "b-premier", published at /articles/le-meme-titre/; this one is published at /articles/le-meme-titre-2/');
    // the register is the project's: committed, it keeps the addresses on every machine
    expect(readFileSync(join(root, 'content/urls.yaml'), 'utf8')).toContain('"a-nouveau": le-meme-titre-2\n"b-premier": le-meme-titre\n');
  });

  it('keeps an address when the title is corrected, and when other articles come and go; says so', async () => {
    const root = project();
    writeFileSync(join(root, 'seeds/x.txt'), article('Un premier titre'));
    writeFileSync(join(root, 'seeds/y.txt'), article('Un autre article', 'Encore un texte sur la souveraineté numérique, assez long pour être lu.'));
    expect((await run(root)).slugs).toEqual({ x: 'un-premier-titre', y: 'un-autre-article' });
    writeFileSync(join(root, 'content/sources.yaml'), '- article: x\n  title: "Un titre corrigé"\n');
    rmSync(join(root, 'seeds/y.txt'));
    writeFileSync(join(root, 'seeds/w.txt'), article('Un autre article', 'Un troisième texte, qui reprend le titre de celui qui est parti.'));
    const next = await run(root);
    expect(next.slugs).toEqual({ x: 'un-premier-titre', w: 'un-autre-article-2' });
    expect(next.errors).toEqual(expect.arrayContaining([
      'note: seeds/x.txt: its title is now «Un titre corrigé»; its page keeps its address /articles/un-premier-titre/ (content/urls.yaml)',
      expect.stringMatching(/^note: y: no longer in seeds\/, so its page \/articles\/un-autre-article\/ is no longer published; its address stays reserved/),
    ]));
  });
});

describe('the same text twice', () => {
  it('is published once, from the first name, and the build names both files', async () => {
    const root = project();
    writeFileSync(join(root, 'seeds/a.txt'), article('Un titre', 'Le cloud « souverain » de l’Europe.'));
    writeFileSync(join(root, 'seeds/copie.txt'), `  ${article('Un titre', 'Le   cloud "souverain" de l\'Europe.').replace(/\n/g, '\r\n')}`);
    const { slugs, errors, report } = await run(root);
    expect(slugs).toEqual({ a: 'un-titre' });
    expect(errors).toContain('note: seeds/copie.txt: the same text as seeds/a.txt; published once, from seeds/a.txt; remove one of the two');
    expect(report.find((r) => r.file === 'copie')).toMatchObject({ status: 'duplicate' });
  });
});

describe('everything in seeds/ accounted for', () => {
  it('reads .TXT as text; lists what it does not take, with the reason; refuses a folder named like an article', async () => {
    const root = project();
    writeFileSync(join(root, 'seeds/Article.TXT'), article('Un titre en capitales'));
    writeFileSync(join(root, 'seeds/notes.md'), '# Des notes');
    writeFileSync(join(root, 'seeds/.DS_Store'), 'x');
    mkdirSync(join(root, 'seeds/archives'));
    writeFileSync(join(root, 'seeds/archives/vieux.txt'), article('Un vieux texte'));
    const ok = await run(root);
    expect(ok.slugs).toEqual({ Article: 'un-titre-en-capitales' });
    expect(ok.report.filter((r) => r.status === 'skipped').map((r) => [r.file, r.warnings[0]])).toEqual([
      ['seeds/.DS_Store', 'a hidden file (a system or editor file, not an article)'],
      ['seeds/archives/', 'a folder: articles go directly in seeds/, as .txt files (texts inside folders are not read)'],
      ['seeds/notes.md', 'not a .txt file: save the article as plain text, with a name ending in .txt'],
    ]);
    expect(ok.errors).toContain('note: seeds/notes.md: not read: not a .txt file: save the article as plain text, with a name ending in .txt');
    mkdirSync(join(root, 'seeds/x.txt'));
    const refused = await run(root);
    expect(refused.result.problems).toEqual(['seeds/x.txt: this is a folder, not a text file: an article is a .txt file directly in seeds/; rename the folder or move its texts up']);
  });
});

describe('content/ with a syntax error', () => {
  it('says it once, not once per reference into the broken file', async () => {
    const root = project();
    writeFileSync(join(root, 'seeds/a.txt'), article('Un titre'));
    const glossary = readFileSync(join(root, 'content/glossary.yaml'), 'utf8');
    writeFileSync(join(root, 'content/glossary.yaml'), glossary.replace('label:', 'label: "'));
    writeFileSync(join(root, 'content/actors.yaml'), `${readFileSync(join(FIXTURES, 'pipeline/content/actors.yaml'), 'utf8')}`);
    const { result } = await run(root);
    expect(result.problems).toEqual([expect.stringMatching(/^content\/glossary\.yaml:\d+: YAML syntax: /)]);
  });
});

describe('an outsized text', () => {
  it('is reported with its size', async () => {
    const root = project();
    const paragraph = 'Le cloud souverain européen, de 2013 à 2025, est une histoire de politique industrielle et de droit. ';
    writeFileSync(join(root, 'seeds/enorme.txt'), article('Un texte énorme', Array.from({ length: 2400 }, () => paragraph.repeat(3)).join('\n\n')));
    const { result } = await run(root);
    expect(result.warnings).toEqual(expect.arrayContaining([expect.stringMatching(/^seeds\/enorme\.txt: \d+ KB of text, far more than a news article: check that it is one article/)]));
  });
});
