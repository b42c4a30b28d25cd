// Dated mentions → an estimated publication date, for a text that gives none. An article is
// written after the events it reports, so the latest date it cites is a fair lower bound of
// its own; a date the text looks forward to ("d’ici 2030", "la plateforme devrait ouvrir en
// 2021") says nothing of when it was written and does not count. Which dates look forward is
// read clause by clause: in "Le texte, proposé en février 2022, doit entrer en application en
// septembre 2025", only September 2025 does; a date set at the head of the sentence ("En 2027,
// la plateforme sera ouverte") goes with the clause after it. No date at all: "unknown".
//
// A day named with its weekday and no year ("Bruxelles a annoncé, mardi 14 octobre, …") says
// more: news names a day by its weekday only around the day it is written, and a weekday with
// its day and month fixes the year within the calendar's cycle. Once the dates the text cites
// give a lower bound, the estimate is the first such day on or after it, when one falls within
// WEEKDAY_YEARS years (the cycle repeats a date's weekday every 5, 6 or 11 years; further than
// that it is a guess).
// The build warns either way: an estimate is no substitute for the editor's date.
import type { ArticleDate, DatedMention } from '../model/generated.ts';
import type { AnnotatedSegment } from './annotate.ts';
import { hasSentences } from './segment.ts';
import { findDates } from '../lib/french-dates.ts';

/** Words of a clause that speaks of what has not happened yet. */
const FUTURE = /(?<![\p{L}\p{N}])(?:d['’]ici|à l['’]horizon|prévue?s?|devrai(?:en)?t|doi(?:t|vent)|ser(?:a|ont)|pourr(?:a|ont|ait|aient)|aur(?:a|ont)|à venir)(?![\p{L}\p{N}])/iu;
/** Qualifiers of a date that looks ahead: "d’ici 2030", "jusqu’en 2032". */
const AHEAD = /^(?:d’ici|jusqu’)/u;
/** Where a sentence's clauses part. */
const CLAUSE_BREAK = /[,;:()—–]/u;

/** How many years after the lower bound a weekday may place a day. */
export const WEEKDAY_YEARS = 7;

type Estimate = { value: string; precision: DatedMention['precision']; sentence: string };

export function estimateDate(segments: AnnotatedSegment[], dates: DatedMention[]): ArticleDate {
  const sentenceText = new Map<string, string>();
  for (const segment of segments) if (hasSentences(segment)) for (const s of segment.sentences) sentenceText.set(s.id, s.text);
  let best: Estimate | undefined;
  const ahead = looksAhead(dates, sentenceText);
  for (const date of dates) {
    if (date.yearFromArticle) continue;
    if (ahead.has(date)) continue;
    const value = date.until ?? date.value;
    const precision = date.until ? precisionOfValue(date.until) : date.precision;
    if (!best || later(value, best.value)) best = { value, precision, sentence: date.sentence };
  }
  if (best) best = weekdayDay(sentenceText, best) ?? best;
  return best ? { origin: 'estimated', ...best } : { origin: 'unknown' };
}

/** The dates that look ahead: by their qualifier, or by a word of their clause. */
function looksAhead(dates: DatedMention[], sentenceText: Map<string, string>): Set<DatedMention> {
  const ahead = new Set<DatedMention>();
  const cursor = new Map<string, number>();
  for (const date of dates) {
    if (date.qualifier && AHEAD.test(date.qualifier)) {
      ahead.add(date);
      continue;
    }
    const text = sentenceText.get(date.sentence) ?? '';
    // the dates of a sentence come in its order: each is found after the one before
    const from = cursor.get(date.sentence) ?? 0;
    const start = text.indexOf(date.expression, from);
    if (start < 0) {
      if (FUTURE.test(text)) ahead.add(date);
      continue;
    }
    const end = start + date.expression.length;
    cursor.set(date.sentence, end);
    if (FUTURE.test(clauseOf(text, start, end))) ahead.add(date);
  }
  return ahead;
}

/** The clause of the sentence that holds text[start, end); a clause that is only the date ("En 2027,") reaches on to the next. */
function clauseOf(text: string, start: number, end: number): string {
  let from = start;
  while (from > 0 && !CLAUSE_BREAK.test(text[from - 1]!)) from--;
  let to = end;
  while (to < text.length && !CLAUSE_BREAK.test(text[to]!)) to++;
  const rest = `${text.slice(from, start)} ${text.slice(end, to)}`.trim().split(/\s+/u).filter(Boolean);
  if (rest.length <= 1 && to < text.length) {
    to++;
    while (to < text.length && !CLAUSE_BREAK.test(text[to]!)) to++;
  }
  return text.slice(from, to);
}

const WEEKDAYS = ['dimanche', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi'];
const WEEKDAY = new RegExp(`(?<!\\p{L})(${WEEKDAYS.join('|')})(?!\\p{L})`, 'iu');
/** A leap year, so that "29 février" is read as a day: only its month and day are kept. */
const ANY_YEAR = '2000';

/** The latest day named with its weekday and no year, placed in the first year that fits on or after `bound`. */
function weekdayDay(sentenceText: Map<string, string>, bound: Estimate): Estimate | undefined {
  let latest: Estimate | undefined;
  for (const [sentence, text] of sentenceText) {
    if (!WEEKDAY.test(text)) continue;
    for (const found of findDates(text, { contextYear: ANY_YEAR })) {
      const weekday = WEEKDAY.exec(found.expression)?.[1];
      if (!found.yearFromContext || found.precision !== 'day' || found.until || !weekday) continue;
      const value = yearOfWeekday(found.value.slice(5), WEEKDAYS.indexOf(weekday.toLowerCase()), bound.value);
      if (value && (!latest || value > latest.value)) latest = { value, precision: 'day', sentence };
    }
  }
  return latest;
}

/** The first 'YYYY-MM-DD' with this month and day, on this weekday, not before `bound` (a partial date). */
export function yearOfWeekday(monthDay: string, weekday: number, bound: string): string | undefined {
  const from = Number(bound.slice(0, 4));
  for (let year = from; year <= from + WEEKDAY_YEARS; year++) {
    const value = `${year}-${monthDay}`;
    const day = new Date(`${value}T12:00:00Z`);
    // 29 February only in a leap year; before the bound is no estimate
    if (Number.isNaN(day.getTime()) || day.toISOString().slice(0, 10) !== value || later(bound, value)) continue;
    if (day.getUTCDay() === weekday) return value;
  }
  return undefined;
}

/** Is partial date a later than b? "2021-03" is later than "2021" (it says more). */
function later(a: string, b: string): boolean {
  const common = Math.min(a.length, b.length);
  const [x, y] = [a.slice(0, common), b.slice(0, common)];
  return x === y ? a.length > b.length : x > y;
}

function precisionOfValue(value: string): DatedMention['precision'] {
  return value.length === 4 ? 'year' : value.length === 7 ? 'month' : 'day';
}
