// content/{glossary,actors,relations,events,sources,corrections}.yaml → Knowledge, validated once here.
// Every problem names its file and line; all problems of all files are collected.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LineCounter, parseDocument, type Document, type Node as YamlNode } from 'yaml';
import type { z } from 'zod';
import {
  actorsFile,
  correctionsFile,
  eventsFile,
  glossaryFile,
  relationsFile,
  sourcesFile,
  type Knowledge,
} from '../model/knowledge.ts';
import { problem, type Problem } from '../lib/errors.ts';
import { undatedRoles } from '../lib/roles.ts';
import { nearest } from '../lib/suggest.ts';

/** Finds the line of a field of a loaded entry: `where.relations([3, 'evidence', 0, 'quote'])`. */
export type LineFinder = (path: (string | number)[]) => number | undefined;

export interface LoadedKnowledge {
  knowledge: Knowledge;
  problems: Problem[];
  /** line finders for entries checked after loading (evidence quotes); paths index the loaded lists */
  where: { relations: LineFinder; events: LineFinder; corrections: LineFinder };
}

/** One curated YAML file, parsed, with a way to find the line of any path in it. */
interface CuratedFile<T> {
  file: string;
  items: T[];
  /** line of `items[index]` (or of one of its fields) in the YAML; entries that failed validation are not in items */
  lineOf: LineFinder;
  /** every entry as written (valid or not), and the line of `raw[index]…` */
  raw: Record<string, unknown>[];
  lineInFile: LineFinder;
  /** the file is not YAML, or not a list: reported once, and nothing is checked against it */
  unreadable?: boolean;
}

export function loadKnowledge(root: string): LoadedKnowledge {
  const problems: Problem[] = [];
  const glossary = loadFile(root, 'content/glossary.yaml', glossaryFile, problems);
  const actors = loadFile(root, 'content/actors.yaml', actorsFile, problems);
  const relations = loadFile(root, 'content/relations.yaml', relationsFile, problems);
  const events = loadFile(root, 'content/events.yaml', eventsFile, problems);
  const sources = loadFile(root, 'content/sources.yaml', sourcesFile, problems);
  const corrections = loadFile(root, 'content/corrections.yaml', correctionsFile, problems);

  // Ids are unique within their file; references between files must resolve. Both are
  // checked on every entry as written, even one that failed its schema, so that a single
  // run reports everything.
  const termIds = uniqueIds(glossary, 'term', 'id', problems);
  const actorIds = uniqueIds(actors, 'actor', 'id', problems);
  uniqueIds(relations, 'relation', 'id', problems);
  uniqueIds(events, 'event', 'id', problems);
  uniqueIds(sources, 'sources entry for article', 'article', problems);
  uniqueIds(corrections, 'correction', 'id', problems);

  const refersTo = (from: CuratedFile<unknown>, index: number, field: string, kind: 'term' | 'actor', owner: string): void => {
    // a file that could not be read says so once: the references into it are not its fault
    if ((kind === 'term' ? glossary : actors).unreadable) return;
    const entry = from.raw[index];
    const value = entry?.[field];
    const ids = typeof value === 'string' ? [value] : Array.isArray(value) ? value : [];
    ids.forEach((id, j) => {
      if (typeof id !== 'string' || (kind === 'term' ? termIds : actorIds).has(id)) return;
      const home = kind === 'term' ? 'content/glossary.yaml' : 'content/actors.yaml';
      const path = typeof value === 'string' ? [index, field] : [index, field, j];
      const near = nearest(id, kind === 'term' ? termIds : actorIds);
      const meant = near.length > 0 ? ` (did you mean ${near.map((n) => `"${n}"`).join(' or ')}?)` : '';
      problems.push(problem(from.file, from.lineInFile(path), `${owner} "${String(entry?.id)}": unknown ${kind} "${id}"${meant}; add it to ${home} or fix the id`));
    });
  };
  glossary.raw.forEach((_, i) => refersTo(glossary, i, 'related', 'term', 'term'));
  actors.raw.forEach((_, i) => refersTo(actors, i, 'term', 'term', 'actor'));
  relations.raw.forEach((_, i) => {
    refersTo(relations, i, 'source', 'actor', 'relation');
    refersTo(relations, i, 'target', 'actor', 'relation');
  });
  events.raw.forEach((_, i) => {
    refersTo(events, i, 'actors', 'actor', 'event');
    refersTo(events, i, 'terms', 'term', 'event');
  });

  // Every role, office, membership or status that curated text states says when it held: an
  // actor's description always (it speaks of the actor), a definition where it names an actor.
  // (Events are dated as a whole; relations carry their time in fields.)
  // (a definition is read where it names a person or a company, who hold roles and statuses:
  // "en France, un secrétaire d’État est membre du gouvernement" or "membre du collège de la
  // Commission européenne" defines an office, it states no one's)
  const names = holderNames(actors.items);
  const undated = (file: CuratedFile<unknown>, index: number, field: string, text: unknown, owner: string, about?: string[]): void => {
    if (typeof text !== 'string') return;
    for (const { sentence, word, why } of undatedRoles(text, about)) {
      const fix = why === 'undated' ? 'without saying when it held; give its years ("de 2008 à 2019", "en 2014, selon Clubic")' : 'as still holding ("depuis"), true as of a day nobody gives; write when it began and as of when it is known ("à partir de 2019", "en 2025, selon …")';
      problems.push(problem(file.file, file.lineInFile([index, field]), `${owner}: « ${sentence} » states a role or a status (« ${word} ») ${fix}`));
    }
  };
  actors.raw.forEach((entry, i) => undated(actors, i, 'description', entry.description, `actor "${String(entry.id)}"`));
  glossary.raw.forEach((entry, i) => {
    for (const field of ['short', 'long']) undated(glossary, i, field, entry[field], `term "${String(entry.id)}" (${field})`, names);
  });
  corrections.raw.forEach((entry, i) => undated(corrections, i, 'note', entry.note, `correction "${String(entry.id)}"`, names));

  return {
    knowledge: {
      terms: glossary.items,
      actors: actors.items,
      relations: relations.items,
      events: events.items,
      sources: sources.items,
      corrections: corrections.items,
    },
    problems,
    where: { relations: relations.lineOf, events: events.lineOf, corrections: corrections.lineOf },
  };
}

/** The names (and aliases) of the actors that hold roles and statuses: people and companies. */
export function holderNames(actors: ReadonlyArray<{ kind: string; name: string; aliases: string[] }>): string[] {
  return actors.filter((a) => a.kind === 'person' || a.kind === 'company').flatMap((a) => [a.name, ...a.aliases]);
}

function loadFile<S extends z.ZodType<unknown[]>>(
  root: string,
  file: string,
  schema: S,
  problems: Problem[],
): CuratedFile<z.output<S>[number]> {
  const path = join(root, file);
  const empty: CuratedFile<z.output<S>[number]> = { file, items: [], lineOf: () => undefined, raw: [], lineInFile: () => undefined };
  // A missing file is an empty list: a fresh project may not curate everything yet.
  if (!existsSync(path)) return empty;

  const lineCounter = new LineCounter();
  const doc = parseDocument(readFileSync(path, 'utf8'), { lineCounter });
  // One syntax error is one message: what the parser says after the first is its consequence.
  const [error] = doc.errors;
  if (error) {
    const message = error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
    const more = doc.errors.length > 1 ? ' (fix it and run again: the rest of the file is checked once it reads)' : '';
    problems.push(problem(file, error.linePos?.[0].line, `YAML syntax: ${message}${more}`));
    return { ...empty, unreadable: true };
  }

  const lineInFile = (path: (string | number)[]): number | undefined => lineOfPath(doc, lineCounter, path);
  const data = doc.toJS() ?? [];
  if (!Array.isArray(data)) {
    problems.push(problem(file, 1, 'expected a list of entries (each starting with "- ")'));
    return { ...empty, unreadable: true };
  }

  // Validate entry by entry so that one bad entry does not hide the others.
  const items: z.output<S>[number][] = [];
  const indexInFile: number[] = [];
  const entrySchema = (schema as unknown as z.ZodArray<z.ZodType>).element;
  (data as unknown[]).forEach((entry, index) => {
    const parsed = entrySchema.safeParse(entry);
    if (parsed.success) {
      items.push(parsed.data as z.output<S>[number]);
      indexInFile.push(index);
      return;
    }
    const label = describeEntry(entry, index);
    for (const issue of parsed.error.issues) {
      const issuePath = [index, ...issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p))];
      const where = issue.path.length ? ` field "${issue.path.join('.')}"` : '';
      problems.push(problem(file, lineInFile(issuePath) ?? lineInFile([index]), `${label}${where}: ${issue.message}`));
    }
  });
  const lineOf: LineFinder = ([first, ...rest]) =>
    typeof first === 'number' ? lineInFile([indexInFile[first] ?? first, ...rest]) : lineInFile([]);
  const raw = (data as unknown[]).map((entry) => (entry && typeof entry === 'object' ? (entry as Record<string, unknown>) : {}));
  return { file, items, lineOf, raw, lineInFile };
}

function describeEntry(entry: unknown, index: number): string {
  const id = entry && typeof entry === 'object' ? (entry as Record<string, unknown>).id ?? (entry as Record<string, unknown>).article : undefined;
  return typeof id === 'string' ? `entry "${id}"` : `entry #${index + 1}`;
}

/** The line of the deepest existing node along `path`. */
function lineOfPath(doc: Document, lineCounter: LineCounter, path: (string | number)[]): number | undefined {
  for (let depth = path.length; depth >= 0; depth--) {
    const node = doc.getIn(path.slice(0, depth), true) as YamlNode | undefined;
    if (node && typeof node === 'object' && 'range' in node && node.range) {
      return lineCounter.linePos(node.range[0]).line;
    }
  }
  return undefined;
}

function uniqueIds(curated: CuratedFile<unknown>, kind: string, key: string, problems: Problem[]): Set<string> {
  const seen = new Map<string, number>();
  curated.raw.forEach((entry, index) => {
    const id = entry[key];
    if (typeof id !== 'string') return;
    const first = seen.get(id);
    if (first !== undefined) {
      problems.push(
        problem(curated.file, curated.lineInFile([index]), `duplicate ${kind} "${id}" (first at line ${curated.lineInFile([first]) ?? '?'}); rename or merge one of them`),
      );
    } else seen.set(id, index);
  });
  return new Set(seen.keys());
}
