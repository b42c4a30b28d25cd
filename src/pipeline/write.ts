// Files in memory → content/articles and content/generated: the ONLY module that writes
// generated files. All or nothing: everything is written into a temporary directory
// first, then the two directories are swapped in; if anything fails before the swap, the
// previous output is left exactly as it was.
import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

export interface OutputFiles {
  /** path inside content/articles → text */
  articles: Map<string, string>;
  /** path inside content/generated → text */
  generated: Map<string, string>;
}

export function writeOutput(root: string, output: OutputFiles): void {
  const content = join(root, 'content');
  const staging = join(content, `.next-${process.pid}`);
  const previous = join(content, `.previous-${process.pid}`);
  rmSync(staging, { recursive: true, force: true });
  rmSync(previous, { recursive: true, force: true });
  try {
    for (const [dir, files] of [['articles', output.articles], ['generated', output.generated]] as const) {
      mkdirSync(join(staging, dir), { recursive: true });
      for (const [name, text] of files) {
        const path = join(staging, dir, name);
        mkdirSync(dirname(path), { recursive: true });
        writeFileSync(path, text);
      }
    }
  } catch (error) {
    rmSync(staging, { recursive: true, force: true });
    throw error;
  }

  // The swap: old → previous, new → live; undo on failure so the old output stays.
  mkdirSync(previous, { recursive: true });
  const moved: string[] = [];
  try {
    for (const dir of ['articles', 'generated']) {
      if (existsSync(join(content, dir))) renameSync(join(content, dir), join(previous, dir));
      moved.push(dir);
      renameSync(join(staging, dir), join(content, dir));
    }
  } catch (error) {
    for (const dir of moved) {
      rmSync(join(content, dir), { recursive: true, force: true });
      if (existsSync(join(previous, dir))) renameSync(join(previous, dir), join(content, dir));
    }
    rmSync(staging, { recursive: true, force: true });
    throw error;
  }
  rmSync(previous, { recursive: true, force: true });
  rmSync(staging, { recursive: true, force: true });
}
