// Golden fixtures for the annotate and extract stages: input.txt (one paragraph per line,
// a blank line around a heading) → expected.json.
import { readFileSync } from 'node:fs';
import { describe, it } from 'vitest';
import { annotate, compileMatcher } from '../../../src/pipeline/annotate.ts';
import { extract } from '../../../src/pipeline/extract.ts';
import { hasSentences, segment, type TextBlock } from '../../../src/pipeline/segment.ts';
import { isHeadingShaped } from '../../../src/pipeline/layout/classify.ts';
import { cases, expectGolden, fixturePath } from './golden.ts';

// Small fixture lists (the real content/*.yaml is curated elsewhere).
const terms = compileMatcher([
  { id: 'cloud', forms: ['cloud'] },
  { id: 'cloud-act', forms: ['Cloud Act'] },
  { id: 'cloud-souverain', forms: ['cloud souverain'] },
  { id: 'gaia-x', forms: ['Gaia-X', 'Gaia X'] },
  { id: 'oiv', forms: ['OIV'] },
  { id: 'rgpd', forms: ['RGPD'] },
  { id: 'europe', forms: ['Europe'] },
]);
const actors = compileMatcher([
  { id: 'ovhcloud', forms: ['OVHcloud', 'OVH'] },
  { id: 't-systems', forms: ['T-Systems'] },
  { id: 'deutsche-telekom', forms: ['Deutsche Telekom'] },
  { id: 'commission-europeenne', forms: ['Commission européenne', 'Commission'], caseSensitive: true },
  { id: 'gaia-x', forms: ['Gaia-X', 'Gaia X'] },
]);

function blocks(stage: string, name: string): TextBlock[] {
  const lines = readFileSync(fixturePath(stage, name, 'input.txt'), 'utf8').split('\n');
  return lines.flatMap((text, i): TextBlock[] => {
    if (!text.trim()) return [];
    const alone = !lines[i - 1]?.trim() && !lines[i + 1]?.trim();
    return [{ kind: alone && isHeadingShaped(text) ? 'heading' : 'paragraph', line: i + 1, text }];
  });
}

describe('annotate (golden)', () => {
  for (const name of cases('annotate')) {
    it(name, () => {
      const annotated = annotate(segment(blocks('annotate', name)), { terms, actors });
      expectGolden('annotate', name, annotated.map((s) =>
        !hasSentences(s)
          ? { heading: s.kind === 'heading' ? s.text : '' }
          : s.sentences.map((x) => ({
              id: x.id,
              marked: x.termMarks.map((m) => `${m.id}@${m.start}:${m.text}`),
              terms: x.termIds,
              actors: x.actorIds,
            })),
      ));
    });
  }
});

describe('extract (golden)', () => {
  for (const name of cases('extract')) {
    it(name, () => {
      const annotated = annotate(segment(blocks('extract', name)), { terms, actors });
      const { dates, coMentions } = extract(name, annotated, { value: '2020-09', precision: 'month', origin: 'header' });
      expectGolden('extract', name, { dates, coMentions });
    });
  }
});
