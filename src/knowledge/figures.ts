// The data behind the figures and actor pages, joined once per build: the curated
// knowledge (siteKnowledge) + what the build step wrote to content/generated/
// (readGenerated), laid out by src/charts. Every page of a build shares the result.
import { readGenerated, type Generated } from './generated.ts';
import { siteKnowledge, type SiteKnowledge } from './site.ts';
import { buildFigures, type Figures } from '../charts/figures.ts';

export interface FigureData {
  knowledge: SiteKnowledge;
  generated: Generated;
  figures: Figures;
}

/** per project root: a build reads one root, tests may read several */
const cache = new Map<string, FigureData>();

export function figureData(root: string = process.cwd()): FigureData {
  const cached = cache.get(root);
  if (cached) return cached;
  const knowledge = siteKnowledge(root);
  const generated = readGenerated(root);
  const data: FigureData = { knowledge, generated, figures: buildFigures(knowledge, generated) };
  cache.set(root, data);
  return data;
}
