// Every layout case, copied another way: the same article as an editor may receive it through
// another tool. The reading may differ in its details, but it must not throw, must not stop a
// text that converts, and must keep most of the text it keeps from the original.
import { describe, expect, it } from 'vitest';
import { actualOf, keptText, layoutCases, readCase } from './corpus.ts';

const VARIANTS: Record<string, (text: string) => string> = {
  'every line bulleted (a notes app)': (text) => text.split('\n').map((line) => (line.trim() ? `- ${line}` : line)).join('\n'),
  'no blank lines': (text) => text.split('\n').filter((line) => line.trim()).join('\n'),
  'every line indented': (text) => text.split('\n').map((line) => `   ${line}`).join('\n'),
  'Windows line breaks': (text) => text.replace(/\n/g, '\r\n'),
  'a site menu on top': (text) => `Menu\nAccueil\nSe connecter\nPartager\n${text}`,
  'double-spaced (a blank line under every line)': (text) => text.replace(/\n/g, '\n\n'),
};

/** Of the words the original reading keeps, the share a variant may lose at most. */
const MAY_LOSE = 0.3;

const words = (texts: string[]) => texts.join(' ').split(/\s+/u).filter(Boolean).length;

describe('the layout cases, copied another way', () => {
  for (const name of layoutCases()) {
    it(name, () => {
      const { input } = readCase(name);
      const original = actualOf(name, input);
      expect('problems' in original, `${name}: the case itself converts`).toBe(false);
      if ('problems' in original) return;
      const kept = words(keptText(original));
      const text = new TextDecoder().decode(input);
      for (const [variant, copy] of Object.entries(VARIANTS)) {
        const read = actualOf(name, new TextEncoder().encode(copy(text)));
        expect('problems' in read ? read.problems : [], `${name}, ${variant}`).toEqual([]);
        if ('problems' in read) continue;
        expect(words(keptText(read)), `${name}, ${variant}: words kept, of ${kept}`).toBeGreaterThanOrEqual(Math.floor(kept * (1 - MAY_LOSE)));
      }
    });
  }
});
