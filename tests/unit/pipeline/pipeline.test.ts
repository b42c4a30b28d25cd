// The whole build step on a temporary project: real seeds, small fixture knowledge.
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { runPipeline } from '../../../src/pipeline/index.ts';
import { verifyMdx } from '../../../src/pipeline/verify-mdx.ts';
import { checkMdx, readBack, readBackText } from './mdx-oracle.ts';
import { articleRecord, coMention, datedMention, mention, reportEntry, resolvedEvidence, termUse } from '../../../src/model/generated.ts';
import { expectGolden, FIXTURES, ROOT } from './golden.ts';

const PSEUDONYMS = ['carinae', 'leulapin', 'jaceneliot', 'Cleindori', 'rapiot', 'vincent83D', 'philumax', 'onipif', 'ellis2323'];
const made: string[] = [];
afterAll(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** A throwaway project: the five real seeds (or none) and the fixture content. */
function project(options: { seeds?: boolean } = {}): string {
  const root = mkdtempSync(join(tmpdir(), 'pipeline-'));
  made.push(root);
  mkdirSync(join(root, 'seeds'));
  if (options.seeds !== false) cpSync(join(ROOT, 'seeds'), join(root, 'seeds'), { recursive: true });
  cpSync(join(FIXTURES, 'pipeline/content'), join(root, 'content'), { recursive: true });
  return root;
}
const quiet = { log: () => {}, error: () => {} };

/** Every output file: path → content. */
function snapshot(root: string): Record<string, string> {
  const files: Record<string, string> = {};
  for (const dir of ['content/generated/articles', 'content/generated']) {
    if (!existsSync(join(root, dir))) continue;
    for (const name of readdirSync(join(root, dir), { withFileTypes: true })) if (name.isFile()) files[`${dir}/${name.name}`] = readFileSync(join(root, dir, name.name), 'utf8');
  }
  return files;
}

describe('runPipeline on the five real seeds', async () => {
  const root = project();
  const lines: string[] = [];
  const result = await runPipeline({ root, log: (line) => lines.push(line), error: () => {} });
  const files = snapshot(root);
  const json = (name: string): unknown => JSON.parse(files[`content/generated/${name}`]!);

  it('succeeds and writes one MDX page per seed plus the generated JSON', () => {
    expect(result.problems).toEqual([]);
    expect(result.ok).toBe(true);
    expect(Object.keys(files).filter((f) => f.endsWith('.mdx'))).toHaveLength(5);
    for (const name of ['articles', 'mentions', 'term-uses', 'dates', 'co-mentions', 'evidence', 'report']) {
      expect(files[`content/generated/${name}.json`], name).toBeDefined();
    }
  });

  it('writes JSON that matches the contract (src/model/generated.ts)', () => {
    z.array(articleRecord).parse(json('articles.json'));
    z.array(mention).parse(json('mentions.json'));
    z.array(termUse).parse(json('term-uses.json'));
    z.array(datedMention).parse(json('dates.json'));
    z.array(coMention).parse(json('co-mentions.json'));
    z.array(reportEntry).parse(json('report.json'));
    z.object({ relations: z.record(z.string(), z.array(resolvedEvidence)), events: z.record(z.string(), z.array(resolvedEvidence)) }).parse(json('evidence.json'));
  });

  it('writes the MDX pages expected for the five seeds (golden, with the fixture knowledge)', () => {
    for (const [path, text] of Object.entries(files)) {
      if (!path.endsWith('.mdx')) continue;
      const file = text.match(/^file: "?([^"\n]+)"?$/m)![1]!;
      expectGolden('articles', file, text, 'expected.mdx');
    }
  });

  it('gives unique, French-friendly ASCII slugs from the titles', () => {
    const slugs = (json('articles.json') as { slug: string }[]).map((a) => a.slug);
    expect(new Set(slugs).size).toBe(5);
    for (const slug of slugs) expect(slug).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
    expect(slugs).toContain('ovh-et-atos-veulent-un-espace-schengen-des-donnees-en-europe');
  });

  it('writes MDX with nothing but text, <S>, <Term>, <p> and headings', () => {
    for (const [path, text] of Object.entries(files)) {
      if (!path.endsWith('.mdx')) continue;
      expect(verifyMdx(text), path).toEqual([]);
      expect(checkMdx(text), path).toEqual([]);
    }
  });

  it('shows every sentence exactly as the record has it (MDX parsed back by micromark + mdxjs)', () => {
    const records = json('articles.json') as { slug: string; sentences: { id: string; text: string }[] }[];
    for (const record of records) {
      const { sentences } = readBack(files[`content/generated/articles/${record.slug}.mdx`]!);
      // the inter-sentence space is kept inside the first <S>: compare without trailing space
      const shown = [...sentences].map(([id, text]) => ({ id, text: text.trimEnd() }));
      expect(shown, record.slug).toEqual(record.sentences.map((s) => ({ id: s.id, text: s.text.trimEnd() })));
    }
  });

  it('links sentence ids in mentions, term uses, dates and evidence to real sentences', () => {
    const sentences = new Set((json('articles.json') as { file: string; sentences: { id: string }[] }[]).flatMap((a) => a.sentences.map((s) => `${a.file}#${s.id}`)));
    const refs = [
      ...(json('mentions.json') as { article: string; sentence: string }[]),
      ...(json('term-uses.json') as { article: string; sentence: string }[]),
      ...(json('dates.json') as { article: string; sentence: string }[]),
      ...Object.values(json('evidence.json') as Record<string, Record<string, { article: string; sentence: string }[]>>).flatMap((group) => Object.values(group).flat()),
    ];
    expect(refs.length).toBeGreaterThan(20);
    for (const ref of refs) expect(sentences.has(`${ref.article}#${ref.sentence}`), `${ref.article}#${ref.sentence}`).toBe(true);
    for (const [path, text] of Object.entries(files)) {
      if (!path.endsWith('.mdx')) continue;
      const file = text.match(/^file: "?([^"\n]+)"?$/m)![1]!;
      for (const id of text.matchAll(/<S id="(p\d+-s\d+)">/g)) expect(sentences.has(`${file}#${id[1]}`)).toBe(true);
    }
  });

  it('puts no reader-comment pseudonym anywhere in the output', () => {
    const everything = Object.values(files).join('\n').toLowerCase();
    for (const pseudonym of PSEUDONYMS) expect(everything).not.toContain(pseudonym.toLowerCase());
  });

  it('prints one summary line per article and a total', () => {
    expect(lines[0]).toBe('content/urls.yaml: 5 new addresses kept for good; commit the file with the texts');
    // 5 articles, the total, the names to curate, what the conversion cache saved
    expect(lines.slice(1)).toHaveLength(8);
    expect(lines.at(-1)).toBe('conversion: 5 texts converted, 0 unchanged since the last build taken from node_modules/.cache/cloud-souverain/conversion (CONTENT_CACHE=off converts them all)');
    expect(lines[5]).toMatch(/^004_a33e9c8f4f43a0f3\.txt → ovh-et-atos-veulent-un-espace-schengen-des-donnees-en-europe  «OVH et Atos veulent un espace Schengen des données en Europe»  2014-04-15 \(byline\)  8 paragraphs, \d+ sentences, 1 headings, \d+ terms, \d+ actors, \d+ dates, 15 dropped \(.*image-file 1.*\), 0 warnings$/);
    expect(lines[6]).toMatch(/^total: 5 articles, \d+ paragraphs, \d+ sentences, \d+ term uses, \d+ actor mentions, \d+ dates, \d+ dropped blocks, \d+ warnings, 0 errors$/);
  });

  it('lists the names that content/ lacks, with the sentences that use them, and says so on the console', () => {
    const candidates = json('candidates.json') as { name: string; sentences: { file: string; sentence: string; text: string }[] }[];
    expect(candidates.length).toBeGreaterThan(0);
    for (const candidate of candidates) expect(candidate.sentences.length, candidate.name).toBeGreaterThanOrEqual(2);
    expect(lines.at(-2)).toMatch(/^to curate: \d+ names? or acronyms? in two sentences or more that content\/actors\.yaml and content\/glossary\.yaml lack: .+ \(\d+\)/);
  });

  it('reports every dropped block per file in report.json', () => {
    const report = json('report.json') as { file: string; dropped: { kind: string; line: number; text: string }[] }[];
    const seed003 = report.find((r) => r.file === '003_f0eed57cc5c25b8c')!;
    expect(seed003.dropped.some((d) => d.kind === 'newsletter' && d.text === 'Abonnez-vous à notre newsletter !')).toBe(true);
    expect(seed003.dropped.filter((d) => d.kind === 'reader-comment').length).toBeGreaterThan(20);
  });

  it('is deterministic: a second run writes the same bytes', async () => {
    const again = await runPipeline({ root, ...quiet });
    expect(again.ok).toBe(true);
    expect(snapshot(root)).toEqual(files);
  });
});

describe('runPipeline on unusual but valid input', () => {
  it('reads BOM, CRLF and Windows-1252 seeds (with a warning), and keeps slugs unique', async () => {
    const root = project({ seeds: false });
    for (const file of ['relations', 'events']) writeFileSync(join(root, `content/${file}.yaml`), '[]\n');
    const text = 'Le même titre\r\n\r\nPublié le 3 mars 2021\r\n\r\nUn texte accentué : l’été.\r\n';
    writeFileSync(join(root, 'seeds/a.txt'), Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]));
    writeFileSync(join(root, 'seeds/b.txt'), Buffer.from(text.replace('’', "'").replace('accentué', 'accentué, autre'), 'latin1'));
    const errors: string[] = [];
    const result = await runPipeline({ root, log: () => {}, error: (line) => errors.push(line) });
    expect(result.problems).toEqual([]);
    expect(result.warnings).toEqual([expect.stringMatching(/^seeds\/b\.txt: not valid UTF-8, read as Windows-1252/)]);
    expect(errors).toEqual([
      expect.stringMatching(/^warning: seeds\/b\.txt: not valid UTF-8/),
      'note: seeds/b.txt: «Le même titre» is also the title of "a", published at /articles/le-meme-titre/; this one is published at /articles/le-meme-titre-2/',
    ]);
    const records = JSON.parse(readFileSync(join(root, 'content/generated/articles.json'), 'utf8')) as { slug: string; sentences: { text: string }[] }[];
    expect(records.map((r) => r.slug)).toEqual(['le-meme-titre', 'le-meme-titre-2']);
    expect(records.map((r) => r.sentences[0]!.text)).toEqual(['Un texte accentué : l’été.', "Un texte accentué, autre : l'été."]);
  });
});

describe('what an article page is told of its first block', () => {
  it('says when the text opens with its standfirst or a question (set in bold), and nothing when with a paragraph', async () => {
    const root = project({ seeds: false });
    for (const file of ['relations', 'events']) writeFileSync(join(root, `content/${file}.yaml`), '[]\n');
    cpSync(join(FIXTURES, 'layouts/a-interview/input.txt'), join(root, 'seeds/chapo.txt'));
    cpSync(join(FIXTURES, 'layouts/n-faq-page/input.txt'), join(root, 'seeds/faq.txt'));
    writeFileSync(join(root, 'seeds/texte.txt'), 'Un titre\n\nPublié le 3 mars 2021\n\nUn texte qui commence par un paragraphe ordinaire.\n');
    const result = await runPipeline({ root, log: () => {}, error: () => {} });
    expect(result.problems).toEqual([]);
    const opensWith = (seed: string) => {
      const page = readdirSync(join(root, 'content/generated/articles')).map((name) => readFileSync(join(root, 'content/generated/articles', name), 'utf8')).find((mdx) => new RegExp(`^file: "?${seed}"?$`, "m").test(mdx))!;
      const first = /^<(?:p|ul|ol)\b[^>]*>/m.exec(page)?.[0];
      return { frontmatter: /^opensWith: (.*)$/m.exec(page)?.[1] ?? null, first };
    };
    expect(opensWith('chapo')).toEqual({ frontmatter: 'standfirst', first: '<p id="p1" class="standfirst">' });
    expect(opensWith('faq')).toEqual({ frontmatter: 'question', first: '<p id="p1" class="question">' });
    expect(opensWith('texte')).toEqual({ frontmatter: null, first: '<p id="p1">' });
  });
});

describe('runPipeline on bad input', () => {
  it('reports all the problems of all the files together, and writes nothing', async () => {
    const root = project({ seeds: false });
    writeFileSync(join(root, 'seeds/empty.txt'), '');
    writeFileSync(join(root, 'seeds/image.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d]));
    writeFileSync(join(root, 'seeds/sans-date.txt'), 'Un titre\n\nUn texte sans date.\n');
    writeFileSync(join(root, 'seeds/a.txt'), 'Un bon article\n\nPublié le 2 mars 2021\n\nOVHcloud s’associe à T-Systems.\n');
    writeFileSync(join(root, 'content/events.yaml'), '[]\n');
    writeFileSync(join(root, 'content/relations.yaml'), '- id: ovhcloud-t-systems\n  type: partnership\n  source: ovhcloud\n  target: t-systems\n  label: s’associe à\n  evidence:\n    - article: a\n      quote: une citation qui n’y est pas\n');
    const errors: string[] = [];
    const result = await runPipeline({ root, log: () => {}, error: (line) => errors.push(line) });
    expect(result.ok).toBe(false);
    expect(result.problems).toEqual([
      expect.stringMatching(/^seeds\/empty\.txt: the file is empty/),
      expect.stringMatching(/^seeds\/image\.txt: this is a binary file/),
      expect.stringMatching(/^content\/relations\.yaml:8: relation "ovhcloud-t-systems": quote not found in article "a": "une citation qui n’y est pas"/),
    ]);
    expect(errors.join('\n')).toContain('3 problems; nothing was written');
  });

  it('publishes an article with no date, estimated from its text or "date inconnue", and says how to set it', async () => {
    const root = project({ seeds: false });
    for (const file of ['relations', 'events']) writeFileSync(join(root, `content/${file}.yaml`), '[]\n');
    writeFileSync(join(root, 'seeds/sans-date.txt'), 'Un titre\n\nUn texte sans aucune date, qui parle du cloud et de la souveraineté des données européennes.\n');
    writeFileSync(join(root, 'seeds/estimee.txt'), 'Un autre titre\n\nLe label a été créé en juin 2013. Le rapport a été rendu le 15 avril 2014. La plateforme devrait ouvrir en 2030.\n');
    const errors: string[] = [];
    const result = await runPipeline({ root, log: () => {}, error: (line) => errors.push(line) });
    expect(result.problems).toEqual([]);
    expect(result.warnings).toEqual([
      expect.stringMatching(/^seeds\/estimee\.txt: no publication date in the text; published as 2014-04-15 \(estimated from the dates it cites, sentence p1-s2\); set "date" .* for article "estimee" in content\/sources\.yaml$/),
      expect.stringMatching(/^seeds\/sans-date\.txt: no publication date in the text, nor any date to estimate it from; published as "date inconnue"; set "date" .* for article "sans-date" in content\/sources\.yaml$/),
    ]);
    const records = JSON.parse(readFileSync(join(root, 'content/generated/articles.json'), 'utf8')) as { file: string; date: unknown }[];
    expect(Object.fromEntries(records.map((r) => [r.file, r.date]))).toEqual({
      estimee: { origin: 'estimated', value: '2014-04-15', precision: 'day', sentence: 'p1-s2' },
      'sans-date': { origin: 'unknown' },
    });
    const page = readFileSync(join(root, 'content/generated/articles/un-titre.mdx'), 'utf8');
    expect(page).toContain('dateOrigin: unknown');
    expect(page).not.toMatch(/^date:/m);
  });

  it('does not call an article that failed to convert "unknown" in evidence checks', async () => {
    const root = project({ seeds: false });
    writeFileSync(join(root, 'seeds/000_c9be5b047207a9ff.txt'), '');
    writeFileSync(join(root, 'seeds/b.txt'), 'Un article\n\nPublié le 2 mars 2021\n\nUn texte.\n');
    const result = await runPipeline({ root, ...quiet });
    expect(result.problems).toEqual([
      expect.stringMatching(/^seeds\/000_c9be5b047207a9ff\.txt: the file is empty/),
      expect.stringMatching(/^content\/events\.yaml:7: event "cloud-act": unknown article "003_f0eed57cc5c25b8c"/),
    ]);
    expect(existsSync(join(root, 'content/generated/articles'))).toBe(false);
    expect(existsSync(join(root, 'content/generated'))).toBe(false);
  });

  it('leaves the previous output untouched when a run fails', async () => {
    const root = project();
    expect((await runPipeline({ root, ...quiet })).ok).toBe(true);
    const before = snapshot(root);
    writeFileSync(join(root, 'seeds/zzz-empty.txt'), '   \n');
    rmSync(join(root, 'seeds/000_c9be5b047207a9ff.txt'));
    expect((await runPipeline({ root, ...quiet })).ok).toBe(false);
    expect(snapshot(root)).toEqual(before);
    expect(readdirSync(join(root, 'content')).filter((name) => name.startsWith('.'))).toEqual([]);
  });

  it('shows a hostile article exactly as written', async () => {
    const root = project({ seeds: false });
    cpSync(join(FIXTURES, 'pipeline/hostile/input.txt'), join(root, 'seeds/hostile.txt'));
    for (const file of ['relations', 'events']) writeFileSync(join(root, `content/${file}.yaml`), '[]\n');
    const result = await runPipeline({ root, ...quiet });
    expect(result.problems).toEqual([]);
    const [mdxFile] = readdirSync(join(root, 'content/generated/articles'));
    const mdx = readFileSync(join(root, 'content/generated/articles', mdxFile!), 'utf8');
    expect(verifyMdx(mdx)).toEqual([]);
    expect(checkMdx(mdx)).toEqual([]);
    const input = readFileSync(join(FIXTURES, 'pipeline/hostile/input.txt'), 'utf8').split('\n').map((l) => l.trim()).filter(Boolean);
    // the title and the byline become frontmatter; every other line is shown as written
    const body = input.filter((line) => !line.startsWith('Un titre') && !line.startsWith('Publié le'));
    expect(readBackText(mdx).map((t) => t.trim())).toEqual(body);
    expect(mdx).toContain('title: "Un titre {process.exit()} <script>alert(1)</script>"');
  });
});
