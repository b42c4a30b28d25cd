// Curated knowledge (content/*.yaml, content/recit.md) checked against the schemas and against the
// seeds it cites: every id it names exists, every evidence quote is in the article's own text (never
// in reader comments or page chrome), and the home-page story links only to things that exist.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import {
  actorsFile,
  eventsFile,
  glossaryFile,
  relationsFile,
  sourcesFile,
  type Evidence,
} from '../../src/model/knowledge.ts';

const root = join(import.meta.dirname, '..', '..');

function loadYaml<S extends z.ZodType>(file: string, schema: S): z.output<S> {
  const text = readFileSync(join(root, 'content', file), 'utf8');
  const result = schema.safeParse(parse(text));
  if (!result.success) {
    throw new Error(`content/${file}: ${result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  }
  return result.data;
}

const terms = loadYaml('glossary.yaml', glossaryFile);
const actors = loadYaml('actors.yaml', actorsFile);
const relations = loadYaml('relations.yaml', relationsFile);
const events = loadYaml('events.yaml', eventsFile);
const sources = loadYaml('sources.yaml', sourcesFile);
const recit = readFileSync(join(root, 'content', 'recit.md'), 'utf8');

const seedNames = readdirSync(join(root, 'seeds'))
  .filter((name) => name.endsWith('.txt'))
  .map((name) => name.slice(0, -'.txt'.length))
  .sort();

/** Quotes are compared loosely on typographic apostrophes and quotes and on runs of white space
 *  (the seeds put no-break spaces inside « … »), exactly as the build's evidence check does. */
function loose(text: string): string {
  return text
    .replace(/[’‘`]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/\s+/g, ' ')
    .trim();
}

// Where the article ends and the page around it begins: source lines, share/newsletter promos,
// the comment section. Everything from the first such line on is not the article.
const articleEnd = [
  /^Source\s*:/,
  /^Commentaires \(\d+\)/,
  /^Laisser un commentaire/,
  /^Vous êtes un utilisateur de Google Actualités/,
  /^🔴/,
  /^A lire également/i,
  /^Abonnez-vous/,
  /^Rejoignez la communauté/,
];
// Chrome inside the article: related-article links, photo credits, image file names, bylines.
const chromeLine = [/^Lire /, /©/, /\.(?:jpe?g|png|gif|webp)$/i, /^Publié le /, /^Par\s/];

function articleText(seed: string): string {
  const lines = readFileSync(join(root, 'seeds', `${seed}.txt`), 'utf8').split(/\r?\n/);
  const end = lines.findIndex((line) => articleEnd.some((re) => re.test(line.trim())));
  return loose(
    (end === -1 ? lines : lines.slice(0, end))
      .filter((line) => !chromeLine.some((re) => re.test(line.trim())))
      .join('\n'),
  );
}
const articles = new Map(seedNames.map((seed) => [seed, articleText(seed)]));
const wholeSeeds = new Map(
  seedNames.map((seed) => [seed, loose(readFileSync(join(root, 'seeds', `${seed}.txt`), 'utf8'))]),
);

function duplicates(ids: string[]): string[] {
  return ids.filter((id, i) => ids.indexOf(id) !== i);
}

/** Every problem with one entry's evidence, as editor-facing messages. */
function evidenceProblems(file: string, id: string, evidence: Evidence[]): string[] {
  return evidence.flatMap(({ article, quote }) => {
    const text = articles.get(article);
    if (text === undefined) return [`content/${file}: "${id}": no seed named "${article}"`];
    const wanted = loose(quote);
    if (text.includes(wanted)) return [];
    const where = wholeSeeds.get(article)?.includes(wanted) ? 'only in comments or page chrome' : 'not found';
    return [`content/${file}: "${id}": quote ${where} in article "${article}": «${quote}»`];
  });
}

const termIds = new Set(terms.map((t) => t.id));
const actorIds = new Set(actors.map((a) => a.id));
const eventIds = new Set(events.map((e) => e.id));

describe('curated knowledge', () => {
  it('has enough of everything', () => {
    expect(terms.length).toBeGreaterThanOrEqual(35);
    expect(actors.length).toBeGreaterThanOrEqual(35);
    expect(relations.length).toBeGreaterThanOrEqual(30);
    expect(events.length).toBeGreaterThanOrEqual(15);
  });

  it('gives every entry a unique id', () => {
    expect(duplicates(terms.map((t) => t.id))).toEqual([]);
    expect(duplicates(actors.map((a) => a.id))).toEqual([]);
    expect(duplicates(relations.map((r) => r.id))).toEqual([]);
    expect(duplicates(events.map((e) => e.id))).toEqual([]);
  });

  it('never gives two terms, or two actors, the same written form', () => {
    // Case only tells forms apart when the entry matches case-sensitively (acronyms, or caseSensitive: true).
    const key = (form: string, caseSensitive: boolean) => (caseSensitive ? loose(form) : loose(form).toLowerCase());
    const isAcronym = (label: string) => !/\p{Ll}/u.test(label);
    const termForms = terms.flatMap((t) =>
      [t.label, ...t.forms].map((f) => key(f, t.caseSensitive ?? isAcronym(t.label))),
    );
    const actorForms = actors.flatMap((a) =>
      [a.name, ...a.aliases].map((f) => key(f, a.caseSensitive ?? isAcronym(a.name))),
    );
    expect(duplicates(termForms)).toEqual([]);
    expect(duplicates(actorForms)).toEqual([]);
  });

  it('keeps popover definitions short', () => {
    const tooLong = terms.filter((t) => t.short.length > 220).map((t) => `${t.id} (${t.short.length})`);
    expect(tooLong).toEqual([]);
  });

  it('refers only to terms, actors and events that exist', () => {
    const missing = [
      ...terms.flatMap((t) => t.related.filter((id) => !termIds.has(id)).map((id) => `glossary "${t.id}" related: ${id}`)),
      ...actors.flatMap((a) => (a.term && !termIds.has(a.term) ? [`actor "${a.id}" term: ${a.term}`] : [])),
      ...relations.flatMap((r) =>
        [r.source, r.target].filter((id) => !actorIds.has(id)).map((id) => `relation "${r.id}": actor ${id}`),
      ),
      ...events.flatMap((e) => [
        ...e.actors.filter((id) => !actorIds.has(id)).map((id) => `event "${e.id}": actor ${id}`),
        ...e.terms.filter((id) => !termIds.has(id)).map((id) => `event "${e.id}": term ${id}`),
      ]),
    ];
    expect(missing).toEqual([]);
  });

  it('never relates an actor to itself', () => {
    expect(relations.filter((r) => r.source === r.target).map((r) => r.id)).toEqual([]);
  });

  it('finds every evidence quote in its article text, outside comments and page chrome', () => {
    const problems = [
      ...relations.flatMap((r) => evidenceProblems('relations.yaml', r.id, r.evidence)),
      ...events.flatMap((e) => evidenceProblems('events.yaml', e.id, e.evidence)),
    ];
    expect(problems).toEqual([]);
  });

  it('spans the story from 2013 to 2025', () => {
    const years = events.map((e) => Number(e.date.slice(0, 4)));
    expect(Math.min(...years)).toBe(2013);
    expect(Math.max(...years)).toBe(2025);
  });

  it('describes every seed once in sources.yaml', () => {
    expect(duplicates(sources.map((s) => s.article))).toEqual([]);
    expect(sources.map((s) => s.article).sort()).toEqual(seedNames);
    // 000 and 001 have no title of their own; 002 has no date.
    const byArticle = new Map(sources.map((s) => [s.article, s]));
    for (const seed of seedNames.filter((s) => /^00[01]_/.test(s))) {
      expect(byArticle.get(seed)?.title?.length ?? 0).toBeGreaterThan(0);
      expect(byArticle.get(seed)?.title?.length ?? 0).toBeLessThanOrEqual(90);
    }
  });
});

describe('home page story (content/recit.md)', () => {
  const links = [...recit.matchAll(/\[([^\]]+)\]\(([^)]*)\)/g)].map((m) => ({ text: m[1] ?? '', target: m[2] ?? '' }));

  it('links only with the site schemes, to things that exist', () => {
    const known: Record<string, Set<string>> = {
      terme: termIds,
      acteur: actorIds,
      evenement: eventIds,
      article: new Set(seedNames),
    };
    const broken = links
      .filter(({ target }) => {
        const [scheme = '', id] = target.split(':', 2);
        const ids = known[scheme];
        return ids === undefined || id === undefined || !ids.has(id);
      })
      .map(({ text, target }) => `[${text}](${target})`);
    expect(links.length).toBeGreaterThan(10);
    expect(broken).toEqual([]);
  });

  it('uses only paragraphs, ## headings, emphasis and links', () => {
    const blocks = recit.split(/\n\s*\n/).map((b) => b.trim()).filter(Boolean);
    const odd = blocks.filter((b) => (b.startsWith('#') && !/^## [^\n]+$/.test(b)) || /^\s*(?:[-*+>]|\d+\.)\s/m.test(b) || /[<`|]/.test(b));
    expect(odd).toEqual([]);
    expect(blocks.filter((b) => b.startsWith('## ')).length).toBeGreaterThanOrEqual(3);
  });

  it('is about 500 words', () => {
    const words = recit.replace(/\]\([^)]*\)/g, ']').split(/\s+/).filter((w) => /\p{L}/u.test(w)).length;
    expect(words).toBeGreaterThanOrEqual(420);
    expect(words).toBeLessThanOrEqual(650);
  });
});
