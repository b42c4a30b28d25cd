// The data behind the figures and actor pages, read once per build: curated knowledge
// (content/*.yaml, validated by src/knowledge/load.ts) + what the build step wrote to
// content/generated/. Pages call `figureData()`; every page of a build shares the result.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { loadKnowledge } from '../knowledge/load.ts';
import { buildFigures, type Figures, type GeneratedInput } from '../charts/figures.ts';
import type { Knowledge } from '../model/knowledge.ts';

export interface FigureData {
  knowledge: Knowledge;
  generated: GeneratedInput;
  figures: Figures;
}

let cached: Promise<FigureData> | undefined;

export function figureData(root: string = process.cwd()): Promise<FigureData> {
  cached ??= load(root);
  return cached;
}

async function load(root: string): Promise<FigureData> {
  const knowledge = await loadKnowledge(root);
  const generated: GeneratedInput = {
    articles: readGenerated(root, 'articles.json'),
    mentions: readGenerated(root, 'mentions.json'),
    dates: readGenerated(root, 'dates.json'),
    evidence: readGenerated(root, 'evidence.json'),
  };
  return { knowledge, generated, figures: buildFigures(knowledge, generated) };
}

function readGenerated<T>(root: string, name: string): T {
  const file = resolve(root, 'content/generated', name);
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as T;
  } catch (error) {
    throw new Error(`content/generated/${name}: cannot read it (${(error as Error).message}); run \`npm run content\` first`);
  }
}
