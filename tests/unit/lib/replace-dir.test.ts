import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { exchangePaths, recoverDir, replaceDir, tempPath } from '../../../src/lib/replace-dir.ts';

const root = mkdtempSync(join(tmpdir(), 'replace-dir-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const dir = (path: string, files: Record<string, string>) => {
  mkdirSync(path, { recursive: true });
  for (const [name, text] of Object.entries(files)) writeFileSync(join(path, name), text);
  return path;
};
const read = (path: string) => Object.fromEntries(readdirSync(path).map((f) => [f, readFileSync(join(path, f), 'utf8')]));

describe('replaceDir', () => {
  it('moves a new directory in, then exchanges it with the old one, leaving no sibling', () => {
    const target = join(root, 'site');
    expect(replaceDir(dir(tempPath(target, 'next'), { 'a.html': '1' }), target)).toBe('new');
    const how = replaceDir(dir(tempPath(target, 'next'), { 'b.html': '2' }), target);
    expect(['exchanged', 'renamed']).toContain(how);
    expect(read(target)).toEqual({ 'b.html': '2' });
    expect(readdirSync(root)).toEqual(['site']);
  });

  it('exchanges two paths in one step where the system can (Linux, with python3)', () => {
    const a = dir(join(root, 'x'), { f: 'x' });
    const b = dir(join(root, 'y'), { f: 'y' });
    if (process.platform === 'linux' && exchangePaths(a, b)) {
      expect([read(a), read(b)]).toEqual([{ f: 'y' }, { f: 'x' }]);
    }
    rmSync(a, { recursive: true });
    rmSync(b, { recursive: true });
  });
});

describe('recoverDir', () => {
  it('puts the old directory back when a kill fell between the two renames, and removes what killed runs left', () => {
    const target = join(root, 'dist');
    dir(join(root, 'dist.old-1-a'), { 'index.html': 'old' });
    dir(join(root, 'dist.next-2-b'), { 'half.html': '?' });
    dir(join(root, 'dist-other.next-3-c'), { 'other.html': 'not mine' });
    const done = recoverDir(target);
    expect(done).toEqual([expect.stringMatching(/^restored .*dist\.old-1-a as .*dist$/), expect.stringMatching(/^removed .*dist\.next-2-b, left by a build that was stopped$/)]);
    expect(read(target)).toEqual({ 'index.html': 'old' });
    expect(existsSync(join(root, 'dist-other.next-3-c'))).toBe(true);
  });
});
