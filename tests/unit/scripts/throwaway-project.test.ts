// The throw-away copies the bench and the fault tests build in: the project's sources, none
// of its built sites, seeds or generated content, and caches of their own.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { copySiteProject, makeTempDir, removeProject } from '../../../scripts/lib/throwaway-project.ts';

const made: string[] = [];
afterEach(() => {
  for (const dir of made.splice(0)) removeProject(dir);
});

function repository(): string {
  const repo = makeTempDir('throwaway-repo');
  made.push(repo);
  const files: Record<string, string> = {
    'src/index.ts': 'export {};',
    'content/actors.yaml': '[]',
    'content/generated/articles.json': '[]',
    'seeds/a.txt': 'texte',
    'dist/index.html': '<p>',
    'dist-subpath/index.html': '<p>',
    'dist-layouts/index.html': '<p>',
    'dist.next-12-abc/index.html': '<p>',
    '.dist-old/index.html': '<p>',
    'distribution-notes/readme.txt': 'a folder that only starts like one',
    'node_modules/pkg/index.js': '',
    'node_modules/.cache/x': '',
  };
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(repo, path, '..'), { recursive: true });
    writeFileSync(join(repo, path), text);
  }
  return repo;
}

describe('copySiteProject', () => {
  it('copies the sources, not the built sites, seeds or generated content', () => {
    const repo = repository();
    const copy = makeTempDir('throwaway-copy');
    made.push(copy);
    copySiteProject(repo, copy);
    expect(readdirSync(copy).sort()).toEqual(['content', 'distribution-notes', 'node_modules', 'seeds', 'src']);
    expect(readFileSync(join(copy, 'content/actors.yaml'), 'utf8')).toBe('[]');
    expect(existsSync(join(copy, 'content/generated'))).toBe(false);
    expect(readdirSync(join(copy, 'seeds'))).toEqual([]);
    // packages are shared, caches are not
    expect(existsSync(join(copy, 'node_modules/pkg/index.js'))).toBe(true);
    expect(existsSync(join(copy, 'node_modules/.cache'))).toBe(false);
  });
});
