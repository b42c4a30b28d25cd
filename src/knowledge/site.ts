// What the pages need from the curated knowledge, loaded once per build.
// The build step has already validated content/ (src/knowledge/load.ts) before Astro runs.
import type { Actor, Knowledge, Term } from '../model/knowledge.ts';
import { loadKnowledge } from './load.ts';

export interface SiteKnowledge extends Knowledge {
  termById: Map<string, Term>;
  actorById: Map<string, Actor>;
}

/** per project root: a build reads one root, tests may read several */
const cache = new Map<string, SiteKnowledge>();

export function siteKnowledge(root: string = process.cwd()): SiteKnowledge {
  const cached = cache.get(root);
  if (cached) return cached;
  const { knowledge, problems } = loadKnowledge(root);
  if (problems.length > 0) {
    throw new Error(`content/ has ${problems.length} problem(s); run "npm run content" to see them`);
  }
  const site: SiteKnowledge = {
    ...knowledge,
    termById: new Map(knowledge.terms.map((term) => [term.id, term])),
    actorById: new Map(knowledge.actors.map((actor) => [actor.id, actor])),
  };
  cache.set(root, site);
  return site;
}

const collator = new Intl.Collator('fr', { sensitivity: 'base' });
/** French alphabetical order ("Économie" sorts with E). */
export const byFrenchLabel = (a: string, b: string): number => collator.compare(a, b);
