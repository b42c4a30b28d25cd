import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeOutput } from '../../../src/pipeline/write.ts';

const root = mkdtempSync(join(tmpdir(), 'write-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const read = (dir: string) =>
  Object.fromEntries(readdirSync(join(root, dir), { withFileTypes: true }).filter((f) => f.isFile()).map((f) => [f.name, readFileSync(join(root, dir, f.name), 'utf8')]));
const both = () => ({ articles: read('content/generated/articles'), generated: read('content/generated') });

describe('writeOutput', () => {
  it('replaces the pages and the data as one directory, content/generated', () => {
    writeOutput(root, { articles: new Map([['a.mdx', 'A'], ['old.mdx', 'old']]), generated: new Map([['x.json', '1']]) });
    writeOutput(root, { articles: new Map([['a.mdx', 'A2']]), generated: new Map([['x.json', '2']]) });
    expect(both()).toEqual({ articles: { 'a.mdx': 'A2' }, generated: { 'x.json': '2' } });
  });

  it('leaves the previous output untouched when writing fails half-way, and cleans up', () => {
    const before = both();
    expect(() =>
      writeOutput(root, { articles: new Map([['b.mdx', 'B']]), generated: new Map([['ok.json', '3'], ['bad\0name.json', '4']]) }),
    ).toThrow();
    expect(both()).toEqual(before);
    expect(readdirSync(join(root, 'content')).sort()).toEqual(['generated']);
  });
});
