// Files in memory → content/generated/: the ONLY module that writes generated files. All or
// nothing: everything is written into a temporary sibling first, then put in place of the
// old directory in one step (src/lib/replace-dir.ts), so that the pages (articles/) and the
// data (*.json) always come from one run, and a failed or killed run leaves the previous
// output exactly as it was.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { replaceDir, tempPath } from '../lib/replace-dir.ts';

export interface OutputFiles {
  /** path inside content/generated/articles → text */
  articles: Map<string, string>;
  /** path inside content/generated → text */
  generated: Map<string, string>;
}

/** Where the build step's output lives, under the project root. */
export const GENERATED = 'content/generated';

export function writeOutput(root: string, output: OutputFiles): void {
  const target = join(root, GENERATED);
  const staging = tempPath(target, 'next');
  try {
    const write = (path: string, text: string) => {
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, text);
    };
    mkdirSync(join(staging, 'articles'), { recursive: true });
    for (const [name, text] of output.articles) write(join(staging, 'articles', name), text);
    for (const [name, text] of output.generated) write(join(staging, name), text);
  } catch (error) {
    rmSync(staging, { recursive: true, force: true });
    throw error;
  }
  replaceDir(staging, target);
}
