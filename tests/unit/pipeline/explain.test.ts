// `npm run content -- --explain <file>`: every line of the text with its role and what decided it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { explain } from '../../../src/pipeline/explain.ts';
import { ROOT } from './golden.ts';

const fixture = (name: string) => `tests/fixtures/layouts/${name}/input.txt`;

describe('explain', () => {
  it('prints every non-blank line of the text with its role and the evidence that decided it', () => {
    const path = fixture('a-daily-rubric-paywall');
    const { ok, lines } = explain(ROOT, path);
    expect(ok).toBe(true);
    const text = readFileSync(join(ROOT, path), 'utf8').split('\n');
    const numbered = lines.map((l) => /^\s*(\d+)\s/.exec(l)?.[1]).filter(Boolean).map(Number);
    expect(numbered).toEqual(text.flatMap((t, i) => (t.trim() ? [i + 1] : [])));
    expect(lines.find((l) => /^\s+1\s/.test(l))).toMatch(/^\s+1\s+rubric\s+Pixels\s+← a short line/);
    expect(lines.find((l) => /^\s+2\s/.test(l))).toMatch(/title .*← the most headline-like line/);
    expect(lines.find((l) => /^\s+20\s/.test(l))).toMatch(/dropped: paywall .*← phrase of page chrome \(paywall\)/);
    expect(lines).toContain('date: 2021-03-10 (day, byline), updated 2021-03-11');
  });

  it('shows a JSON export’s lines as they were read: its fields as a front matter, its text out of its HTML', () => {
    const { ok, lines } = explain(ROOT, fixture('s-json-export-wordpress'));
    expect(ok).toBe(true);
    expect(lines.find((l) => /^\s+5\s/.test(l))).toMatch(/^\s+5\s+title\s+title: "Cloud de confiance\s: la stratégie du gouvernement"/u);
    expect(lines.find((l) => /^\s+10\s/.test(l))).toMatch(/paragraph\s+Le gouvernement a présenté ce lundi/u);
    expect(lines.join('\n')).not.toMatch(/"rendered"|<p>/u);
    expect(lines).toContain('date: 2021-05-17 (day, byline), updated 2021-05-18');
  });

  it('never shows a reader comment’s words', () => {
    const { lines } = explain(ROOT, fixture('a-blog-post'));
    const everything = lines.join('\n');
    for (const words of ['Kermit59', 'Sysadmin_en_colère', 'Bien vu pour les deux champions']) expect(everything).not.toContain(words);
    expect(everything).toMatch(/dropped: reader-comment\s+\[commentaire de lecteur, \d+ caractères\]/);
  });

  it('shows how each line was read for a text with no article left, then why it stops', () => {
    const { ok, lines } = explain(ROOT, 'tests/fixtures/explain/chrome-only.txt');
    expect(ok).toBe(false);
    expect(lines.find((l) => /^\s+1\s/.test(l))).toMatch(/^\s+1\s+navigation\s+Menu\s+← phrase of page chrome/);
    expect(lines.find((l) => /^\s+4\s/.test(l))).toMatch(/Partager/);
    expect(lines.at(-1)).toMatch(/chrome-only\.txt: no article text left/);
  });

  it('says what to do with a path that is no text', () => {
    expect(explain(ROOT, 'seeds/nothing-here.txt')).toEqual({ ok: false, lines: [expect.stringMatching(/^seeds\/nothing-here\.txt: no such \.txt file/)] });
  });
});
