// A partial date ("2013", "2013-06", "2014-04-15") is a span of time, not an instant:
// a year is twelve months wide, a month a few weeks, a day a point. A French qualifier
// narrows it ("fin 2013" is the last months of 2013) or opens it ("depuis mai 2018").
import type { Precision } from '../model/knowledge.ts';

// Output shape: a half-open interval [start, end) in UTC milliseconds.
export interface Period {
  start: number;
  end: number;
  precision: Precision;
  /** "depuis …": the fact holds from `start` onwards */
  open: boolean;
}

/** Which part of the span a qualifier keeps, as fractions of it. */
const narrowing: Array<{ pattern: RegExp; from: number; to: number }> = [
  { pattern: /^(?:d[ée]but|au d[ée]but|d[èe]s le d[ée]but)/i, from: 0, to: 1 / 3 },
  { pattern: /^(?:mi|milieu|au milieu|courant|au cours)/i, from: 1 / 3, to: 2 / 3 },
  { pattern: /^(?:fin|à la fin|a la fin|courant de la fin)/i, from: 2 / 3, to: 1 },
  { pattern: /^(?:premier semestre|1er semestre)/i, from: 0, to: 1 / 2 },
  { pattern: /^(?:second semestre|deuxi[èe]me semestre|2e semestre)/i, from: 1 / 2, to: 1 },
];

export function periodOf(value: string, precision: Precision, qualifier?: string): Period {
  const match = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/.exec(value);
  if (!match) throw new Error(`not a partial date: ${value}`);
  const year = Number(match[1]);
  const month = match[2] ? Number(match[2]) - 1 : 0;
  const day = match[3] ? Number(match[3]) : 1;
  let start: number;
  let end: number;
  if (precision === 'year') {
    start = Date.UTC(year, 0, 1);
    end = Date.UTC(year + 1, 0, 1);
  } else if (precision === 'month') {
    start = Date.UTC(year, month, 1);
    end = Date.UTC(year, month + 1, 1);
  } else {
    start = Date.UTC(year, month, day);
    end = Date.UTC(year, month, day + 1);
  }
  const q = qualifier?.trim() ?? '';
  const open = /^depuis/i.test(q);
  // A day cannot be narrowed further; "fin avril" and "fin 2013" can.
  if (precision !== 'day') {
    const rule = narrowing.find((n) => n.pattern.test(q));
    if (rule) {
      const span = end - start;
      [start, end] = [start + Math.round(span * rule.from), start + Math.round(span * rule.to)];
    }
  }
  return { start, end, precision, open };
}

/** Fractional year of an instant, e.g. 2014.29 for mid-April 2014: used for period filters. */
export function yearOf(time: number): number {
  const year = new Date(time).getUTCFullYear();
  const from = Date.UTC(year, 0, 1);
  const to = Date.UTC(year + 1, 0, 1);
  return year + (time - from) / (to - from);
}
