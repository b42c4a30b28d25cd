// The data behind the figures and actor pages, joined once per build: curated knowledge
// (content/*.yaml via src/knowledge/load.ts) + what the build step wrote to content/generated/
// (src/knowledge/generated.ts). Pages call `figureData()`; every page of a build shares the result.
import { loadKnowledge } from '../knowledge/load.ts';
import { readGenerated, type Generated } from '../knowledge/generated.ts';
import { buildFigures, type Figures } from '../charts/figures.ts';
import type { Knowledge } from '../model/knowledge.ts';

export interface FigureData {
  knowledge: Knowledge;
  generated: Generated;
  figures: Figures;
}

let cached: FigureData | undefined;

export function figureData(root: string = process.cwd()): FigureData {
  if (cached) return cached;
  const { knowledge, problems } = loadKnowledge(root);
  // The build step has already refused bad knowledge; this only guards `astro build` run alone.
  if (problems.length > 0) throw new Error(`content/ has ${problems.length} problem(s); run \`npm run content\` to see them`);
  const generated = readGenerated(root);
  cached = { knowledge, generated, figures: buildFigures(knowledge, generated) };
  return cached;
}
