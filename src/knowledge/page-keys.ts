// What a page reads besides its code, as one key: Astro keeps each keyed page between builds
// (experimental.incrementalBuild) and renders it again only when its key, its code (the hash of
// its module graph, which Astro computes) or the content entry it renders changed. So a key
// must hold everything the page reads through the site's data functions, which read files at
// render time and are not in the module graph: one input left out, and a page would be kept
// when it should change. tests/faults/incremental.test.ts builds a site incrementally after
// every kind of edit and compares it, byte for byte, with the same site built from nothing.
// An article's page renders its content entry, whose components read data as they render, so
// its key lists those reads one by one (articlePageKey). The pages of an actor or a term read
// nothing but their props, computed beforehand (keyed-pages.ts), so their key is the digest
// of those props (propsPageKey): it cannot leave out what the page shows.
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
    // each record by its digest, computed once: an actor is listed by hundreds of pages, and
    // writing out its whole record for each was most of the keys' cost
    terms: entry.data.terms.map((id) => recordDigest(termById.get(id)) ?? id),
    actors: entry.data.actors.map((id) => recordDigest(actorById.get(id)) ?? id),
    notes: notesOf(root).get(slug) ?? [],
    dates: (datesOf(root).get(slug) ?? []).map((id) => [id, dateLocation(id, root) ?? null]),
    node: [process.version, process.versions.icu ?? null],
  };
  return createHash('sha256').update(JSON.stringify(inputs)).digest('hex');
}

/**
 * The key of a page that renders nothing but its props (and its code): the digest of the props
 * and of the version of Node (its ICU formats numbers and sorts the French). Only plain objects,
 * arrays and JSON values can be keyed: anything else (a Map, a class, a function) is refused, as
 * its content would not be part of the digest.
 */
export function propsPageKey(props: object): string {
  return createHash('sha256').update(treeDigest(props)).update(JSON.stringify([process.version, process.versions.icu ?? null])).digest('hex');
}

const trees = new WeakMap<object, string>();
/** the length up to which an object's text is its own digest */
const INLINE = 96;

/**
 * The digest of a value, object by object: an object's digest covers its own fields and the
 * digests of the objects it holds, and is computed once per object. A record listed by hundreds
 * of pages (an article, a relation) is written out once, not once per page. The site's data is
 * never changed once read, so an object's digest stays true.
 */
function treeDigest(value: object): string {
  let digest = trees.get(value);
  if (digest !== undefined) return digest;
  let text: string;
  if (Array.isArray(value)) {
    text = '[';
    for (let index = 0; index < value.length; index++) text += (index > 0 ? ',' : '') + part(value[index], index);
    text += ']';
  } else {
    const prototype = Object.getPrototypeOf(value) as object | null;
    if (prototype !== Object.prototype && prototype !== null) {
      throw new Error(`a page's props hold a ${(prototype as { constructor?: { name?: string } }).constructor?.name ?? 'non-plain'} object: only plain objects, arrays and JSON values can be part of its key`);
    }
    text = '{';
    // a plain object inherits no enumerable field: for…in lists its own
    for (const key in value) {
      const item = (value as Record<string, unknown>)[key];
      if (item === undefined) continue;
      text += `${text.length > 1 ? ',' : ''}${quoted(key)}:${part(item, key)}`;
    }
    text += '}';
  }
  // a small object stands for itself: hashing it would cost more than writing it out (its text
  // starts with { or [, which a base64 digest never holds, so the two cannot be confused)
  digest = text.length <= INLINE ? text : createHash('sha256').update(text).digest('base64');
  trees.set(value, digest);
  return digest;
}

/** A field of a digested object: a nested object by its digest, a JSON value as JSON. */
function part(item: unknown, where: string | number): string {
  if (typeof item === 'string') return JSON.stringify(item);
  if (item !== null && typeof item === 'object') return `#${treeDigest(item)}`;
  if (typeof item === 'function' || typeof item === 'symbol' || typeof item === 'bigint') throw new Error(`a page's props hold a ${typeof item} at ${where}: only plain objects, arrays and JSON values can be part of its key`);
  return JSON.stringify(item) ?? 'null';
}

/** field names come back on every object: each is quoted once */
const quotedKeys = new Map<string, string>();
function quoted(key: string): string {
  let text = quotedKeys.get(key);
  if (text === undefined) quotedKeys.set(key, (text = JSON.stringify(key)));
  return text;
}

/** A whole record's digest (a term's, an actor's), once per record object. */
const recordDigest = (record: object | undefined): string | undefined => (record === undefined ? undefined : treeDigest(record));

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
