// The editor's notes (content/corrections.yaml), each placed beside the sentence of the
// article it corrects, as the build step found it: article page and sentence id → notes.
import type { Correction } from '../model/knowledge.ts';
import { readGenerated } from './generated.ts';
import { siteKnowledge } from './site.ts';

/** per project root: a build reads one root, tests may read several */
const cache = new Map<string, Map<string, Correction[]>>();

/** The notes beside sentence `sentence` of the article `slug`, in the order content/ gives them. */
export function editorNotesAt(slug: string, sentence: string, root: string = process.cwd()): Correction[] {
  return editorNotes(root).get(`${slug}#${sentence}`) ?? [];
}

export function editorNotes(root: string = process.cwd()): Map<string, Correction[]> {
  const cached = cache.get(root);
  if (cached) return cached;
  const { corrections } = siteKnowledge(root);
  const generated = readGenerated(root);
  const slugOf = new Map(generated.articles.map((a) => [a.file, a.slug]));
  const notes = new Map<string, Correction[]>();
  for (const correction of corrections) {
    for (const found of generated.evidence.corrections[correction.id] ?? []) {
      const slug = slugOf.get(found.article);
      if (!slug) continue;
      const key = `${slug}#${found.sentence}`;
      notes.set(key, [...(notes.get(key) ?? []), correction]);
    }
  }
  cache.set(root, notes);
  return notes;
}
