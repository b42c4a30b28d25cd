// Articles' titles → their page addresses, kept for good. content/urls.yaml (committed, like a
// lockfile) holds, for every text ever published, the slug of its page: a published article
// keeps its URL whatever is added, removed or renamed beside it, and even if its own title is
// corrected. A new article gets the slug of its title, or, if another article has (or had) it,
// the first free `<slug>-2`, `-3`…; the build says so. An article gone from seeds/ keeps its
// entry, so that its address is never given to another text.
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { LineCounter, parseDocument, isMap, isScalar } from 'yaml';
import { problem, type Problem } from '../lib/errors.ts';
import { tempPath } from '../lib/replace-dir.ts';
import { slugify } from '../lib/text.ts';

export const URLS_FILE = 'content/urls.yaml';
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** file (seed name without .txt) → slug */
export type UrlRegister = Map<string, string>;

export function readUrls(root: string): { register: UrlRegister; problems: Problem[] } {
  const register: UrlRegister = new Map();
  const problems: Problem[] = [];
  const path = join(root, URLS_FILE);
  if (!existsSync(path)) return { register, problems };
  const lineCounter = new LineCounter();
  const doc = parseDocument(readFileSync(path, 'utf8'), { lineCounter });
  const [error] = doc.errors;
  if (error) {
    problems.push(problem(URLS_FILE, error.linePos?.[0].line, `YAML syntax: ${error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '')}`));
    return { register, problems };
  }
  if (doc.contents === null) return { register, problems };
  if (!isMap(doc.contents)) {
    problems.push(problem(URLS_FILE, 1, 'expected one line per article: `<file name without .txt>: <slug>`'));
    return { register, problems };
  }
  const owner = new Map<string, string>();
  for (const pair of doc.contents.items) {
    const file = isScalar(pair.key) ? String(pair.key.value) : '';
    const slug = isScalar(pair.value) ? String(pair.value.value) : '';
    const line = pair.key && isScalar(pair.key) && pair.key.range ? lineCounter.linePos(pair.key.range[0]).line : undefined;
    if (!SLUG.test(slug)) {
      problems.push(problem(URLS_FILE, line, `"${file}": "${slug}" is not a slug (lower-case ASCII words joined by "-")`));
      continue;
    }
    const other = owner.get(slug);
    if (other !== undefined) {
      problems.push(problem(URLS_FILE, line, `"${file}" and "${other}" have the same address /articles/${slug}/; give one of them another slug`));
      continue;
    }
    owner.set(slug, file);
    register.set(file, slug);
  }
  return { register, problems };
}

export interface Assignment {
  /** file → slug, for every article published by this run */
  slugs: Map<string, string>;
  /** the register once this run's new articles are in it */
  register: UrlRegister;
  /** files new to the register */
  added: string[];
  /** what an editor should know: same titles told apart, titles changed, articles gone */
  notes: string[];
}

export function assignUrls(articles: Array<{ file: string; path: string; title: string }>, register: UrlRegister, present: ReadonlySet<string>): Assignment {
  const next: UrlRegister = new Map(register);
  const taken = new Map([...register].map(([file, slug]) => [slug, file]));
  const slugs = new Map<string, string>();
  const added: string[] = [];
  const notes: string[] = [];
  for (const { file, path, title } of [...articles].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0))) {
    const kept = register.get(file);
    const base = slugify(title) || 'article';
    if (kept) {
      slugs.set(file, kept);
      if (kept !== base && !kept.startsWith(`${base}-`)) notes.push(`${path}: its title is now «${title}»; its page keeps its address /articles/${kept}/ (${URLS_FILE})`);
      continue;
    }
    let slug = base;
    for (let n = 2; taken.has(slug); n++) slug = `${base}-${n}`;
    if (slug !== base) {
      const other = taken.get(base)!;
      notes.push(`${path}: «${title}» is also the title of "${other}", published at /articles/${base}/; this one is published at /articles/${slug}/`);
    }
    taken.set(slug, file);
    next.set(file, slug);
    slugs.set(file, slug);
    added.push(file);
  }
  for (const [file, slug] of register) {
    if (!present.has(file)) notes.push(`${file}: no longer in seeds/, so its page /articles/${slug}/ is no longer published; its address stays reserved in ${URLS_FILE} (delete its line to free it)`);
  }
  return { slugs, register: next, added, notes };
}

/** The register as its file says it: one line per text, in file order, under a note. */
export function urlsYaml(register: UrlRegister): string {
  const lines = [...register].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([file, slug]) => `${JSON.stringify(file)}: ${slug}`);
  return [
    '# Les adresses des pages d’articles : une par texte de seeds/ (nom du fichier sans .txt → /articles/<adresse>/).',
    '# La construction ajoute celles des nouveaux textes et ne change jamais une adresse publiée : gardez ce fichier',
    '# dans le dépôt, avec les textes. Pour changer l’adresse d’un article, changez sa ligne (l’ancienne cessera de répondre).',
    ...lines,
    '',
  ].join('\n');
}

export function writeUrls(root: string, register: UrlRegister): void {
  const path = join(root, URLS_FILE);
  const next = tempPath(path, 'next');
  writeFileSync(next, urlsYaml(register));
  renameSync(next, path);
}
