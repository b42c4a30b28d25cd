// Facts true as of a date, checked where curated knowledge comes in: the loader refuses an
// undated role, a present "depuis", a URL without who published it and when it was read, a
// span without its source; the build step refuses a relation that nothing dates, and places
// each editor's note beside its sentence or says why it cannot.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../../src/knowledge/load.ts';
import { formatProblem } from '../../../src/lib/errors.ts';
import { runPipeline } from '../../../src/pipeline/index.ts';
import { FIXTURES } from './golden.ts';

const made: string[] = [];
afterAll(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function project(): string {
  const root = mkdtempSync(join(tmpdir(), 'facts-'));
  made.push(root);
  mkdirSync(join(root, 'seeds'));
  cpSync(join(FIXTURES, 'pipeline/content'), join(root, 'content'), { recursive: true });
  writeFileSync(join(root, 'content/events.yaml'), '[]\n');
  return root;
}
const problems = (root: string) => loadKnowledge(root).problems.map(formatProblem);
const edit = (root: string, file: string, change: (text: string) => string) => writeFileSync(join(root, file), change(readFileSync(join(root, file), 'utf8')));

describe('the loader refuses a fact without its date or its source', () => {
  it('accepts the fixture as it is', () => expect(problems(project())).toEqual([]));

  it('refuses an actor’s role stated without a year, with its file and line', () => {
    const root = project();
    edit(root, 'content/actors.yaml', (t) => t.replace('en 2020, selon l’article du corpus.', 'de premier plan.'));
    expect(problems(root)).toEqual([
      expect.stringMatching(/^content\/actors\.yaml:11: actor "t-systems": « Filiale de services informatiques et de cloud de Deutsche Telekom de premier plan\. » states a role or a status \(« Filiale »\) without saying when it held/),
    ]);
  });

  it('refuses a role said to hold "depuis" a year, true as of a day nobody gives', () => {
    const root = project();
    edit(root, 'content/actors.yaml', (t) => t.replace('en 2020, selon l’article du corpus.', 'depuis 2008.'));
    expect(problems(root)).toEqual([expect.stringMatching(/actor "t-systems": .* as still holding \("depuis"\)/)]);
  });

  it('refuses, in a definition, the undated role of a named person or company, not the definition of an office', () => {
    const root = project();
    edit(root, 'content/glossary.yaml', (t) => t.replace('long: Le Clarifying', 'long: En France, un ministre est membre du gouvernement. OVHcloud est membre de Gaia-X. Le Clarifying'));
    expect(problems(root)).toEqual([expect.stringMatching(/^content\/glossary\.yaml:4: term "cloud-act" \(long\): « OVHcloud est membre de Gaia-X\. »/)]);
  });

  it('refuses a page of the public record that does not say who published it and when it was read', () => {
    const root = project();
    edit(root, 'content/glossary.yaml', (t) => t.replace('      consulted: "2026-12-02"\n', ''));
    expect(problems(root)).toEqual([expect.stringMatching(/^content\/glossary\.yaml:7: entry "cloud-act" field "sources\.0": a source with a URL says who published it \("publisher"\) and when it was read/)]);
  });

  it('refuses a span ("from"/"until") that gives no source, and a span that ends before it starts', () => {
    const root = project();
    edit(root, 'content/relations.yaml', (t) => t.replace('  label: s’associe à\n', '  label: s’associe à\n  from: "2021"\n  until: "2020"\n'));
    expect(problems(root)).toEqual([
      expect.stringMatching(/relation.* "from"\/"until" need a source/),
      expect.stringMatching(/relation.* "until" is before "from"/),
    ]);
  });
});

describe('the build step dates every relation and places every note', () => {
  const seed = (root: string, text: string) => writeFileSync(join(root, 'seeds/000_c9be5b047207a9ff.txt'), text);
  const dated = 'OVHcloud et T-Systems\n\nPublié le 14 septembre 2020\n\nDans un communiqué, le français OVHcloud a indiqué qu\'il s\'associait à T-Systems, un hébergeur allemand et filiale de Deutsche Telekom. Baptisé Gaia-X, ce projet vise les secteurs sensibles.\n';

  async function run(root: string) {
    const errors: string[] = [];
    const result = await runPipeline({ root, log: () => {}, error: (line) => errors.push(line) });
    return { result, errors };
  }

  it('refuses a relation with no date of its own whose article has none either', async () => {
    const root = project();
    seed(root, 'Dans un communiqué, le français OVHcloud a indiqué qu\'il s\'associait à T-Systems, un hébergeur allemand, pour un cloud public dédié à l’Europe.\n');
    const { result } = await run(root);
    expect(result.ok).toBe(false);
    expect(result.problems).toEqual([expect.stringMatching(/^content\/relations\.yaml:1: relation "ovhcloud-t-systems": no "date", "from" or "until", and the articles that state it have no date either/)]);
  });

  it('accepts it once the article has a date, and places an editor’s note beside its sentence', async () => {
    const root = project();
    seed(root, dated);
    writeFileSync(join(root, 'content/corrections.yaml'), `- id: pas-gaia-x
  article: 000_c9be5b047207a9ff
  quote: "Baptisé Gaia-X, ce projet"
  note: L’offre ne s’appelle pas Gaia-X, qui est une initiative distincte.
  sources:
    - title: Gaia-X
      publisher: Gaia-X AISBL
      url: https://gaia-x.eu/
      consulted: "2026-12-02"
`);
    const { result } = await run(root);
    expect(result.problems).toEqual([]);
    const evidence = JSON.parse(readFileSync(join(root, 'content/generated/evidence.json'), 'utf8')) as { corrections: Record<string, { article: string; sentence: string }[]> };
    expect(evidence.corrections['pas-gaia-x']).toEqual([expect.objectContaining({ article: '000_c9be5b047207a9ff', sentence: 'p1-s2' })]);
  });

  it('refuses a note whose words are not in the article, with its file and line', async () => {
    const root = project();
    seed(root, dated);
    writeFileSync(join(root, 'content/corrections.yaml'), `- id: introuvable
  article: 000_c9be5b047207a9ff
  quote: "une phrase que l’article ne contient pas"
  note: Une note sur une phrase qui n’existe pas.
  sources:
    - title: Un article du corpus
`);
    const { result } = await run(root);
    expect(result.problems).toEqual([expect.stringMatching(/^content\/corrections\.yaml:3: correction "introuvable": quote not found in article "000_c9be5b047207a9ff"/)]);
  });
});
