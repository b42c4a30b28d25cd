// The keys that let Astro keep a page between builds. A page keyed by its props
// (propsPageKey) must get a new key when anything in them changes, however deep, and the
// same key when they are the same; the props of the actor and term pages
// and of the date pages (src/knowledge/keyed-pages.ts) must be keyable, and hold what those
// pages show.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { propsPageKey } from '../../../src/knowledge/page-keys.ts';
import { actorMentionGroups, actorMentionsPages, actorPages, datesPages, SENTENCES_SHOWN, termEntries, termUsesPages } from '../../../src/knowledge/keyed-pages.ts';
import { PAGE_SIZES } from '../../../src/charts/paging.ts';
import { readGenerated } from '../../../src/knowledge/generated.ts';
import { convertedCopy, type ConvertedCopy } from '../real-project.ts';

const sample = () => ({
  actor: { id: 'ovhcloud', name: 'OVHcloud', aliases: ['OVH'], term: undefined, mentions: 3, listed: true },
  relations: [
    { id: 'r1', phrase: { lead: '', source: 'OVHcloud', middle: 's’allie à ', target: 'T-Systems' }, evidence: [{ article: 'a', sentence: 'p1-s1', quote: 'Une phrase.' }] },
    { id: 'r2', phrase: { lead: 'Les ', source: 'États-Unis', middle: 'ont adopté ', target: 'le Cloud Act' }, evidence: [] },
  ],
  mentions: { number: 1, total: 2, first: 0, items: [{ article: { slug: 'x', title: 'Un titre' }, sentences: [{ id: 'p2-s3', text: 'Du texte.' }] }] },
  nothing: null,
});

/** every path to a leaf of a JSON value, and a copy of the value with that leaf changed */
function leafEdits(value: unknown): { path: string; edited: unknown }[] {
  const edits: { path: string; edited: unknown }[] = [];
  const walk = (node: unknown, path: (string | number)[]): void => {
    if (node !== null && typeof node === 'object') {
      for (const [key, child] of Object.entries(node)) walk(child, [...path, Array.isArray(node) ? Number(key) : key]);
      return;
    }
    if (node === undefined) return;
    const copy = structuredClone(value) as Record<string | number, unknown>;
    let holder = copy;
    for (const key of path.slice(0, -1)) holder = holder[key] as Record<string | number, unknown>;
    const last = path.at(-1)!;
    holder[last] = typeof node === 'string' ? `${node}·` : typeof node === 'number' ? node + 1 : typeof node === 'boolean' ? !node : 'plus null';
    edits.push({ path: path.join('.'), edited: copy });
  };
  walk(value, []);
  return edits;
}

describe('propsPageKey', () => {
  test('the same props, built twice, give the same key; a key is a SHA-256 in hex', () => {
    expect(propsPageKey(sample())).toBe(propsPageKey(sample()));
    expect(propsPageKey(sample())).toMatch(/^[0-9a-f]{64}$/);
  });

  test('changing any one value, at any depth, changes the key, and no two such edits share one', () => {
    const edits = leafEdits(sample());
    expect(edits.length).toBeGreaterThan(20);
    const base = propsPageKey(sample());
    const keys = edits.map(({ edited }) => propsPageKey(edited as object));
    for (const [i, key] of keys.entries()) expect(key, edits[i]!.path).not.toBe(base);
    expect(new Set(keys).size).toBe(keys.length);
  });

  test('an item added to, removed from or moved in a list changes the key', () => {
    const base = propsPageKey(sample());
    const added = sample();
    added.relations.push({ ...added.relations[1]!, id: 'r3' });
    const removed = sample();
    removed.relations.pop();
    const moved = sample();
    moved.relations.reverse();
    expect(new Set([base, propsPageKey(added), propsPageKey(removed), propsPageKey(moved)]).size).toBe(4);
  });

  test('a field left undefined is a field left out, as in JSON; an array is not an object with number keys', () => {
    expect(propsPageKey({ a: 1, b: undefined })).toBe(propsPageKey({ a: 1 }));
    expect(propsPageKey({ list: ['x'] })).not.toBe(propsPageKey({ list: { 0: 'x' } }));
    expect(propsPageKey({ a: null })).not.toBe(propsPageKey({ a: 'null' }));
    // a string that looks like an object's digest is still a string
    expect(propsPageKey({ a: { b: 1 } })).not.toBe(propsPageKey({ a: `#${'x'.repeat(43)}=` }));
  });

  test('an object shared by many pages is hashed once, and still counts in each page', () => {
    const shared = { slug: 'x', title: 'Un titre' };
    const one = { items: [shared] };
    const other = { items: [shared, shared] };
    expect(propsPageKey(one)).not.toBe(propsPageKey(other));
    expect(propsPageKey({ items: [{ slug: 'x', title: 'Un titre' }] })).toBe(propsPageKey(one));
  });

  test('what the key cannot see is refused: a Map, a Set, a class, a function', () => {
    expect(() => propsPageKey({ byId: new Map([['a', 1]]) })).toThrow(/Map object/);
    expect(() => propsPageKey({ ids: new Set(['a']) })).toThrow(/Set object/);
    expect(() => propsPageKey({ when: new (class Moment {})() })).toThrow(/Moment object/);
    expect(() => propsPageKey({ format: () => 'x' })).toThrow(/function at format/);
  });
});

describe('the props of the keyed pages, on the real corpus', () => {
  let copy: ConvertedCopy;
  beforeAll(async () => {
    copy = await convertedCopy();
  }, 120_000);
  afterAll(() => copy?.remove());

  test('every page has props that can be keyed, and each its own key', () => {
    const all = [...actorPages(copy.root), ...actorMentionsPages(copy.root), ...termEntries(PAGE_SIZES.termArticles, copy.root), ...termUsesPages(copy.root), ...datesPages(copy.root)];
    const keys = all.map((props) => propsPageKey(props));
    expect(new Set(keys).size).toBe(keys.length);
  });

  test('an actor page counts every article and sentence that names the actor, and lists the first page of them', () => {
    const { mentions } = readGenerated(copy.root);
    const pages = actorPages(copy.root);
    expect(pages.length).toBeGreaterThan(10);
    for (const page of pages) {
      const own = mentions.filter((m) => m.actor === page.actor.id);
      expect(page.sentences, page.actor.id).toBe(new Set(own.map((m) => `${m.article}#${m.sentence}`)).size);
      expect(page.articles, page.actor.id).toBe(new Set(own.map((m) => m.article)).size);
      expect(page.mentions.number).toBe(1);
      expect(page.mentions.items.length).toBe(Math.min(page.articles, PAGE_SIZES.actorArticles));
      // an article by its address and title only: a change elsewhere in it leaves the key alone
      for (const group of page.mentions.items) expect(Object.keys(group.article).sort()).toEqual(['slug', 'title']);
    }
  });

  test('an actor’s mentions: every article that names it, in date order, its sentences in text order, the first few shown and the others counted', () => {
    const { articles, mentions } = readGenerated(copy.root);
    const groups = actorMentionGroups(copy.root).get('ovhcloud') ?? [];
    const bySlug = new Map(articles.map((a) => [a.slug, a]));
    const expected = new Map<string, Set<string>>();
    for (const m of mentions.filter((m) => m.actor === 'ovhcloud')) expected.set(m.article, (expected.get(m.article) ?? new Set()).add(m.sentence));
    expect(groups.map((g) => bySlug.get(g.article.slug)!.file).sort()).toEqual([...expected.keys()].sort());
    expect(groups.length).toBeGreaterThan(1);
    for (const group of groups) {
      const article = bySlug.get(group.article.slug)!;
      const inText = article.sentences.filter((s) => expected.get(article.file)!.has(s.id));
      expect(group.sentences).toEqual(inText.slice(0, SENTENCES_SHOWN).map((s) => ({ id: s.id, text: s.text })));
      expect(group.more).toBe(inText.length - group.sentences.length);
    }
    const dates = groups.map((g) => { const d = bySlug.get(g.article.slug)!.date; return d.origin === 'unknown' ? '\uffff' : d.value; });
    expect(dates).toEqual([...dates].sort());
  });

  test('the pages of a year of dates list each of its dates once, in order, with the count of its groups', () => {
    const pages = datesPages(copy.root);
    expect(pages.length).toBeGreaterThan(0);
    for (const year of new Set(pages.map((p) => p.year))) {
      const own = pages.filter((p) => p.year === year);
      const ids = own.flatMap((p) => p.sections.flatMap((s) => s.items.map((d) => d.id)));
      expect(ids.length).toBe(own[0]!.count);
      expect(new Set(ids).size).toBe(ids.length);
      expect(own.map((p) => p.page.number)).toEqual(own.map((_, i) => i + 1));
      expect(own[0]!.groups.reduce((n, g) => n + g.count, 0)).toBe(own[0]!.count);
    }
  });

  test('a glossary entry lists the articles that use the term, in the order of the articles, at most as many as asked', () => {
    const { articles, 'term-uses': uses } = readGenerated(copy.root);
    const order = articles.map((article) => article.slug);
    for (const entry of termEntries(2, copy.root)) {
      const using = new Set(uses.filter((use) => use.term === entry.term.id).map((use) => use.article));
      expect(entry.articles, entry.term.id).toBe(using.size);
      expect(entry.shown.length).toBe(Math.min(2, using.size));
      const shown = entry.shown.map((group) => order.indexOf(group.article.slug));
      expect(shown).toEqual([...shown].sort((a, b) => a - b));
    }
  });
});

// A page keyed by its props stays right only while it reads nothing else: no data function of
// src/knowledge/ at render time, in the page or in any component it renders (their imports are
// read from the source, transitively). The page itself may import the functions that make its
// props (keyed-pages.ts) and its key (page-keys.ts), for getStaticPaths.
const sourceRoot = resolve(import.meta.dirname, '../../../src');
const KEYING = new Set(['knowledge/keyed-pages.ts', 'knowledge/page-keys.ts']);

/** The data modules a page or the components it renders import for their values (not types). */
function dataReads(page: string, root: string = sourceRoot): string[] {
  const found: string[] = [];
  const seen = new Set<string>();
  const visit = (file: string, isPage: boolean): void => {
    if (seen.has(file)) return;
    seen.add(file);
    const text = readFileSync(file, 'utf8');
    const code = file.endsWith('.astro') ? (/^---\n([\s\S]*?)\n---/.exec(text)?.[1] ?? '') : text;
    for (const [, clause, specifier] of code.matchAll(/^import\s+(?!type\b)([^;'"]*?)\s*from\s*['"]([^'"]+)['"]/gm)) {
      if (!specifier!.startsWith('.') || /^\{\s*type\b[^}]*\}$/.test(clause!)) continue;
      const target = resolve(dirname(file), specifier!);
      const name = relative(root, target).split(sep).join('/');
      if (name.startsWith('knowledge/') && !(isPage && KEYING.has(name))) found.push(`${relative(root, file).split(sep).join('/')} imports ${name}`);
      if (target.endsWith('.astro')) visit(target, false);
    }
  };
  visit(page, true);
  return found;
}

describe('pages keyed by their props read nothing else', () => {
  const keyed = readdirSync(join(sourceRoot, 'pages'), { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.astro'))
    .map((file) => join(sourceRoot, 'pages', file))
    .filter((file) => readFileSync(file, 'utf8').includes('propsPageKey('));

  test('the pages of an actor, a term and a year of dates are keyed so', () => {
    expect(keyed.map((file) => relative(join(sourceRoot, 'pages'), file).split(sep).join('/')).sort()).toEqual(['acteurs/[id].astro', 'acteurs/[id]/page/[n].astro', 'chronologie/dates/[...annee].astro', 'glossaire/[id].astro', 'glossaire/[id]/page/[n].astro']);
  });

  test.each(keyed.map((file) => [relative(sourceRoot, file), file]))('%s and its components import no data function', (_, file) => {
    expect(dataReads(file)).toEqual([]);
  });

  test('a component that reads data at render time is found, however deep', () => {
    // a source tree of its own: src/pages/, components/, knowledge/ as the site has them
    const root = mkdtempSync(join(tmpdir(), 'keyed-pages-'));
    const dir = join(root, 'components', 'fiche');
    mkdirSync(dir, { recursive: true });
    try {
      writeFileSync(join(dir, 'Inner.astro'), "---\nimport type { Term } from '../../model/knowledge.ts';\nimport { siteKnowledge } from '../../knowledge/site.ts';\nconst { terms } = siteKnowledge();\n---\n<p>{terms.length}</p>\n");
      writeFileSync(join(dir, 'Outer.astro'), "---\nimport Inner from './Inner.astro';\n---\n<Inner />\n");
      writeFileSync(join(dir, 'Page.astro'), "---\nimport Outer from './Outer.astro';\nimport { actorPages } from '../../knowledge/keyed-pages.ts';\nimport { type FigureData } from '../../knowledge/figures.ts';\n---\n<Outer />\n");
      expect(dataReads(join(dir, 'Page.astro'), root)).toEqual(['components/fiche/Inner.astro imports knowledge/site.ts']);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
