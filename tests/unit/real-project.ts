// A throw-away copy of this project's seeds/ and curated content/ (never its generated
// files), converted by the real build step: for tests that need the real corpus whether or
// not `npm run build` has run (a fresh clone runs the unit tests first).
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { runPipeline, type PipelineResult } from '../../src/pipeline/index.ts';

const project = resolve(import.meta.dirname, '../..');

export interface ConvertedCopy {
  root: string;
  result: PipelineResult;
  remove: () => void;
}

/** Copies the project, adds `extraSeeds` (file name → text) to seeds/, runs the build step. */
export async function convertedCopy(extraSeeds: Record<string, string> = {}): Promise<ConvertedCopy> {
  const root = mkdtempSync(join(tmpdir(), 'real-project-'));
  cpSync(join(project, 'seeds'), join(root, 'seeds'), { recursive: true });
  cpSync(join(project, 'content'), join(root, 'content'), {
    recursive: true,
    filter: (path) => !/content[\\/](articles|generated)(?:[\\/]|$)/.test(path),
  });
  for (const [name, text] of Object.entries(extraSeeds)) writeFileSync(join(root, 'seeds', name), text);
  const result = await runPipeline({ root, log: () => {}, error: () => {} });
  return { root, result, remove: () => rmSync(root, { recursive: true, force: true }) };
}
