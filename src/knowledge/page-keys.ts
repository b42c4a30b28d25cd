// What a page reads besides its code, as one key: Astro keeps each keyed page between builds
// (experimental.incrementalBuild) and renders it again only when its key, its code (the hash of
// its module graph, which Astro computes) or the content entry it renders changed. So a key
// must hold everything the page reads through the site's data functions, which read files at
// render time and are not in the module graph: one input left out, and a page would be kept
// when it should change. tests/faults/incremental.test.ts builds a site incrementally after
// every kind of edit and compares it, byte for byte, with the same site built from nothing.
import { createHash } from 'node:crypto';
import { siteKnowledge } from './site.ts';
import { editorNotes } from './notes.ts';
import { dateLocation, figureData } from './figures.ts';

/** The part of a content entry an article page reads. */
export interface ArticleEntry {
  id: string;
  /** the hash of the entry's file, frontmatter and text (the glob loader's) */
  digest?: string | number;
  data: { slug: string; terms: readonly string[]; actors: readonly string[] } & Record<string, unknown>;
}

/**
 * The key of an article's page: its entry (data and the digest of its text), its neighbours'
 * data (the links to the previous and next articles), every glossary term and actor it lists
 * (what the page shows of them), the editor's notes beside its sentences, where each date it
 * cites is listed (which page of the dates of its year: that moves when other articles add
 * dates), and the version of Node, whose ICU sorts and formats the French text.
 */
export function articlePageKey(entry: ArticleEntry, previous: ArticleEntry | undefined, next: ArticleEntry | undefined, root: string = process.cwd()): string {
  if (entry.digest === undefined) throw new Error(`content entry ${entry.id} has no digest: its page cannot be kept between builds`);
  const { termById, actorById } = siteKnowledge(root);
  const { slug } = entry.data;
  const inputs = {
    entry: [entry.id, entry.digest, entry.data],
    previous: previous?.data ?? null,
    next: next?.data ?? null,
    // each record by the hash of all of it, computed once: an actor is listed by hundreds of
    // pages, and writing out its whole record for each was most of the keys' cost
    terms: entry.data.terms.map((id) => digestOf(termById.get(id)) ?? id),
    actors: entry.data.actors.map((id) => digestOf(actorById.get(id)) ?? id),
    notes: notesOf(root).get(slug) ?? [],
    dates: (datesOf(root).get(slug) ?? []).map((id) => [id, dateLocation(id, root) ?? null]),
    node: [process.version, process.versions.icu ?? null],
  };
  return createHash('sha256').update(JSON.stringify(inputs)).digest('hex');
}

const digests = new WeakMap<object, string>();

/** The hash of a whole record (a term's, an actor's), once per record object. */
function digestOf(record: object | undefined): string | undefined {
  if (record === undefined) return undefined;
  let digest = digests.get(record);
  if (digest === undefined) digests.set(record, (digest = createHash('sha256').update(JSON.stringify(record)).digest('hex')));
  return digest;
}

/** per project root: a build reads one root, tests may read several */
const notesBySlug = new Map<string, Map<string, [string, unknown][]>>();
const datesBySlug = new Map<string, Map<string, string[]>>();

/** The editor's notes of each article, by its slug: [sentence key, notes] in the order they are placed. */
function notesOf(root: string): Map<string, [string, unknown][]> {
  let bySlug = notesBySlug.get(root);
  if (!bySlug) {
    bySlug = new Map();
    for (const [key, notes] of editorNotes(root)) {
      const slug = key.slice(0, key.indexOf('#'));
      const list = bySlug.get(slug) ?? [];
      list.push([key, notes]);
      bySlug.set(slug, list);
    }
    notesBySlug.set(root, bySlug);
  }
  return bySlug;
}

/** The ids of the dates each article cites that the date pages list, by its slug. */
function datesOf(root: string): Map<string, string[]> {
  let bySlug = datesBySlug.get(root);
  if (!bySlug) {
    bySlug = new Map();
    for (const date of figureData(root).figures.dates) {
      const list = bySlug.get(date.article) ?? [];
      list.push(date.id);
      bySlug.set(date.article, list);
    }
    datesBySlug.set(root, bySlug);
  }
  return bySlug;
}
