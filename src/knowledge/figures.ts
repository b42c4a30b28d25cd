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

let cached: FigureData | undefined;

export function figureData(root: string = process.cwd()): FigureData {
  if (cached) return cached;
  const knowledge = siteKnowledge(root);
  const generated = readGenerated(root);
  cached = { knowledge, generated, figures: buildFigures(knowledge, generated) };
  return cached;
}
