// Every fact the built site states is true as of a date: no role, office, membership or status
// in the present tense without one (actor pages, glossary, network panel data), every relation
// with its time beside it (relations table, actor pages), and the editor's notes beside the
// sentences they correct.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseDocument } from 'htmlparser2';
import { findAll, getAttributeValue, textContent } from 'domutils';
import type { Element } from 'domhandler';
import { describe, expect, test } from 'vitest';
import { variants } from '../../scripts/site-variants.ts';
import { holderNames, loadKnowledge } from '../../src/knowledge/load.ts';
import { undatedRoles } from '../../src/lib/roles.ts';
import { listFiles } from '../../scripts/lib/built-site.ts';

const root = resolve(import.meta.dirname, '../..');
const dist = resolve(root, variants.root.outDir);
const { knowledge } = loadKnowledge(root);
const names = holderNames(knowledge.actors);
const YEAR = /(?<!\d)(?:19|20)\d{2}(?!\d)/u;

const page = (path: string) => parseDocument(readFileSync(join(dist, path), 'utf8'));
const byClass = (doc: ReturnType<typeof page>, cls: string) => findAll((el) => (getAttributeValue(el, 'class') ?? '').split(/\s+/).includes(cls), doc.children) as Element[];
const text = (el: Element) => textContent(el).replace(/\s+/g, ' ').trim();

describe('the built site states no role without its date', () => {
  const actorPages = listFiles(dist).filter((f) => /^acteurs\/[^/]+\/index\.html$/.test(f));

  test('there are actor pages to read', () => expect(actorPages.length).toBe(knowledge.actors.length));

  test.each(actorPages)('%s: its description dates every role', (file) => {
    const [description] = byClass(page(file), 'actor-description');
    expect(description, 'the description paragraph').toBeDefined();
    expect(undatedRoles(text(description!))).toEqual([]);
  });

  test.each(actorPages)('%s: every relation says when', (file) => {
    const items = findAll((el) => el.name === 'li' && getAttributeValue(el, 'data-relation') !== undefined, page(file).children);
    for (const item of items) {
      const times = findAll((el) => el.name === 'time', [item]);
      expect(times.length, `${getAttributeValue(item, 'data-relation')}: a <time>`).toBeGreaterThan(0);
      expect(text(times[0]!)).toMatch(YEAR);
    }
  });

  test('the glossary dates every role of a named actor', () => {
    const doc = page('glossaire/index.html');
    const definitions = [...byClass(doc, 'term-short'), ...byClass(doc, 'term-long')];
    expect(definitions.length).toBe(knowledge.terms.length * 2);
    for (const definition of definitions) expect(undatedRoles(text(definition), names)).toEqual([]);
  });

  test('the relations table and the network data give every relation its time', () => {
    const doc = page('reseau/index.html');
    const rows = findAll((el) => el.name === 'tr' && getAttributeValue(el, 'data-relation') !== undefined, doc.children);
    expect(rows.length).toBe(knowledge.relations.length);
    for (const row of rows) {
      const when = findAll((el) => el.name === 'td', [row])[1]!;
      expect(text(when), getAttributeValue(row, 'data-relation')).toMatch(YEAR);
    }
    // the script's data: the file the figure names, fetched beside the drawing
    const [figure] = findAll((el) => el.name === 'section' && getAttributeValue(el, 'data-network-data') !== undefined, doc.children);
    const source = getAttributeValue(figure!, 'data-network-data')!;
    expect(source).toMatch(/\/reseau\/figure\.json$/);
    const data = JSON.parse(readFileSync(join(dist, source.replace(/^\//, '')), 'utf8')) as { actors: { description: string }[]; relations: { id: string; time: string }[] };
    for (const relation of data.relations) expect(relation.time, relation.id).toMatch(YEAR);
    for (const actor of data.actors) expect(undatedRoles(actor.description)).toEqual([]);
  });
});

describe('editor’s notes', () => {
  test.each(knowledge.corrections.map((c) => [c.id, c] as const))('%s stands beside its sentence, with its sources', (_, correction) => {
    const articles = JSON.parse(readFileSync(join(root, 'content/generated/articles.json'), 'utf8')) as { file: string; slug: string }[];
    const slug = articles.find((a) => a.file === correction.article)!.slug;
    const doc = page(`articles/${slug}/index.html`);
    const notes = byClass(doc, 'editor-note').filter((n) => text(n).includes(correction.note.replace(/\s+/g, ' ').trim()));
    expect(notes.length).toBe(1);
    const note = notes[0]!;
    // right after the sentence it corrects (or after another note on it), which still reads
    // as the article wrote it
    let sentence = note.prev as Element | null;
    while (sentence && getAttributeValue(sentence, 'class') === 'editor-note') sentence = sentence.prev as Element | null;
    expect(sentence && getAttributeValue(sentence, 'class')).toBe('sentence');
    expect(text(sentence!).replace(/[’']/g, "'")).toContain(correction.quote.replace(/[’']/g, "'"));
    expect(getAttributeValue(note, 'role')).toBe('note');
    const links = findAll((el) => el.name === 'a', [note]).map((a) => getAttributeValue(a, 'href'));
    expect(links).toEqual(correction.sources.filter((s) => s.url).map((s) => s.url));
  });
});
