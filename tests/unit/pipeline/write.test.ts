import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeOutput } from '../../../src/pipeline/write.ts';

const root = mkdtempSync(join(tmpdir(), 'write-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const read = (dir: string) => Object.fromEntries(readdirSync(join(root, 'content', dir)).map((f) => [f, readFileSync(join(root, 'content', dir, f), 'utf8')]));

describe('writeOutput', () => {
  it('replaces both directories as a whole', () => {
    writeOutput(root, { articles: new Map([['a.mdx', 'A'], ['old.mdx', 'old']]), generated: new Map([['x.json', '1']]) });
    writeOutput(root, { articles: new Map([['a.mdx', 'A2']]), generated: new Map([['x.json', '2']]) });
    expect(read('articles')).toEqual({ 'a.mdx': 'A2' });
    expect(read('generated')).toEqual({ 'x.json': '2' });
  });

  it('leaves the previous output untouched when writing fails half-way, and cleans up', () => {
    const before = { articles: read('articles'), generated: read('generated') };
    expect(() =>
      writeOutput(root, { articles: new Map([['b.mdx', 'B']]), generated: new Map([['ok.json', '3'], ['bad\0name.json', '4']]) }),
    ).toThrow();
    expect({ articles: read('articles'), generated: read('generated') }).toEqual(before);
    expect(readdirSync(join(root, 'content')).sort()).toEqual(['articles', 'generated']);
  });
});
