import { describe, expect, it } from 'vitest';
import { summariseProfile } from '../../../bench/profile.ts';

// root → runPipeline → (emit → toMarkdown, segment); samples every 1 ms (timeDeltas in µs)
const frame = (functionName: string, url: string) => ({ functionName, url, lineNumber: 0 });
const profile = {
  nodes: [
    { id: 1, callFrame: frame('(root)', ''), children: [2] },
    { id: 2, callFrame: frame('runPipeline', 'file:///tmp/bench-x/src/pipeline/index.ts'), children: [3, 5] },
    { id: 3, callFrame: frame('emit', 'file:///tmp/bench-x/src/pipeline/emit.ts'), children: [4] },
    { id: 4, callFrame: frame('toMarkdown', 'file:///work/x/node_modules/mdast-util-to-markdown/lib/index.js') },
    { id: 5, callFrame: frame('segment', 'file:///tmp/bench-x/src/pipeline/segment.ts') },
  ],
  samples: [4, 4, 4, 5, 2, 3],
  timeDeltas: [1000, 1000, 1000, 1000, 1000, 1000],
  startTime: 0,
  endTime: 6000,
};

describe('summariseProfile', () => {
  it('gives self and inclusive time per function, and self time per file', () => {
    const summary = summariseProfile(profile);
    expect(summary.totalMs).toBe(6);
    const byName = Object.fromEntries(summary.functions.map((f) => [f.name, f]));
    expect(byName.toMarkdown).toMatchObject({ selfMs: 3, totalMs: 3, where: 'node_modules/mdast-util-to-markdown/lib/index.js:1' });
    expect(byName.emit).toMatchObject({ selfMs: 1, totalMs: 4 });
    expect(byName.runPipeline).toMatchObject({ selfMs: 1, totalMs: 6, where: 'src/pipeline/index.ts:1' });
    expect(summary.functions[0]!.name).toBe('toMarkdown');
    expect(summary.files[0]).toEqual({ file: 'node_modules/mdast-util-to-markdown/lib/index.js', selfMs: 3 });
  });
});
