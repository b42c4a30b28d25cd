// `npm run accuracy [-- <folder>]`: how the layout reader does on a corpus of fixtures, field
// by field: title, date (value and precision, and origin), authors, outlet, lists, and the
// precision and recall of the kept text (in words). The corpus test requires every case to
// pass; this says how far from it a corpus is, for a new set of fixtures or a change of rules.
import { resolve } from 'node:path';
import { actualOf, keptText, layoutCases, LAYOUTS, readCase, type Actual, type Expected } from './corpus.ts';

const dir = process.argv[2] ? resolve(process.argv[2]) : LAYOUTS;
const names = layoutCases(dir);
const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

const fields: Record<string, (e: Expected, a: Actual) => boolean> = {
  title: (e, a) => e.title === a.title && e.titleOrigin === a.titleOrigin,
  standfirst: (e, a) => e.standfirst === a.standfirst,
  'date value and precision': (e, a) => same('value' in e.date ? [e.date.value, e.date.precision] : null, 'value' in a.date ? [a.date.value, a.date.precision] : null),
  'date origin': (e, a) => e.date.origin === a.date.origin,
  updated: (e, a) => e.updated === a.updated,
  authors: (e, a) => same(e.authors, a.authors),
  outlet: (e, a) => e.outlet === a.outlet,
  attribution: (e, a) => e.attribution === a.attribution,
  lists: (e, a) => same(e.blocks.filter((b) => b.kind === 'list'), a.blocks.filter((b) => b.kind === 'list')),
  'block kinds and texts': (e, a) => same(e.blocks, a.blocks),
  'dropped lines and kinds': (e, a) => same(e.dropped, a.dropped),
};

const words = (texts: string[]): Map<string, number> => {
  const counts = new Map<string, number>();
  for (const word of texts.join(' ').toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []) counts.set(word, (counts.get(word) ?? 0) + 1);
  return counts;
};

const passed = new Map<string, number>(Object.keys(fields).map((f) => [f, 0]));
const failures = new Map<string, string[]>();
let keptRight = 0;
let keptFound = 0;
let keptExpected = 0;
let whole = 0;
for (const name of names) {
  const { input, expected, source } = readCase(name, dir);
  const actual = actualOf(name, input, source);
  if ('problems' in actual) {
    console.log(`${name}: not converted: ${actual.problems.join('; ')}`);
    continue;
  }
  let all = true;
  for (const [field, check] of Object.entries(fields)) {
    if (check(expected, actual)) passed.set(field, passed.get(field)! + 1);
    else {
      all = false;
      failures.set(field, [...(failures.get(field) ?? []), name]);
    }
  }
  if (all) whole++;
  const found = words(keptText(actual));
  const wanted = words(keptText(expected));
  for (const [word, n] of found) keptRight += Math.min(n, wanted.get(word) ?? 0);
  for (const n of found.values()) keptFound += n;
  for (const n of wanted.values()) keptExpected += n;
}

const pct = (n: number, d: number): string => (d ? `${((100 * n) / d).toFixed(1)} %` : '—');
console.log(`${dir}: ${names.length} cases, ${whole} right in every field (${pct(whole, names.length)})`);
for (const [field, n] of passed) console.log(`  ${field.padEnd(26)} ${String(n).padStart(3)}/${names.length}  ${pct(n, names.length).padStart(7)}${failures.has(field) ? `   ✗ ${failures.get(field)!.join(', ')}` : ''}`);
console.log(`  kept text, in words: precision ${pct(keptRight, keptFound)}, recall ${pct(keptRight, keptExpected)} (${keptFound} kept, ${keptExpected} expected)`);
