// Annotated sentences → dated mentions (French date expressions) and actor co-mentions.
//
// The dates are read by src/lib/french-dates.ts, with the precision the text states (a day,
// a month, a year; "fin 2013", "depuis mai 2018", "du 10 au 22 août 2012" keep their
// qualifier or range). A day or month written without a year ("depuis juin", "le 3 octobre")
// takes the year of the article's own date when that date is at least month-precise, and is
// flagged `yearFromArticle`; otherwise it is skipped (we would be guessing). A word that looks
// back ("depuis juin", "le 3 février dernier") or ahead ("en juin prochain", "d'ici février")
// places it on that side of the article's date: the year before or after when the article's
// own year would put it on the wrong side.
import type { ArticleDate, DatedMention, CoMention } from '../model/generated.ts';
import type { AnnotatedSegment } from './annotate.ts';
import { hasSentences } from './segment.ts';
import { findDates as findFrenchDates, type FoundDate } from '../lib/french-dates.ts';

export interface DateInSentence {
  value: string;
  precision: 'year' | 'month' | 'day';
  expression: string;
  qualifier?: string;
  /** a range ("de 2013 à 2025"): its end */
  until?: string;
  yearFromArticle?: boolean;
  /** offsets of the expression in the sentence */
  start: number;
  end: number;
}

/** The year a date written without one belongs to: the article's, when it is at least month-precise. */
function contextYear(articleDate: ArticleDate | undefined): string | undefined {
  return articleDate && articleDate.origin !== 'unknown' && articleDate.precision !== 'year' ? articleDate.value.slice(0, 4) : undefined;
}

/** The date expressions of one sentence. */
export function findDates(text: string, articleDate?: ArticleDate): DateInSentence[] {
  const year = contextYear(articleDate);
  const found = findFrenchDates(text, year ? { contextYear: year } : {});
  return found.map((date) => (date.yearFromContext && !date.until && articleDate && articleDate.origin !== 'unknown' ? onItsSide(date, text, articleDate.value) : date)).map(toMention);
}

/** "dernier", "prochaine" right after a date without its year. */
const SIDE_WORD = /^\s+(derni(?:er|ère)|prochaine?)(?![\p{L}\p{N}])/iu;

/**
 * A date given the article's year, moved to the year before or after when a word says it is
 * past ("depuis", "dernier") or to come ("prochain", "d'ici") and the article's year puts it
 * on the other side of the article's date. Compared at the precision both dates have: a day of
 * the article's own month, in an article dated to the month, stays where it is.
 */
function onItsSide(date: FoundDate, text: string, article: string): FoundDate {
  const word = SIDE_WORD.exec(text.slice(date.end));
  const side = word ? (/^derni/iu.test(word[1]!) ? 'past' : 'future') : date.qualifier === 'depuis' ? 'past' : date.qualifier === 'd’ici' ? 'future' : undefined;
  const moved: FoundDate = word ? { ...date, end: date.end + word[0].length, expression: text.slice(date.start, date.end + word[0].length) } : date;
  if (!side) return moved;
  const length = Math.min(date.value.length, article.length);
  const [mine, theirs] = [date.value.slice(5, length), article.slice(5, length)];
  // the same month (or day), with nothing finer to compare: the word alone says which year
  const same = mine === theirs;
  if (same && length < date.value.length) return moved;
  const shift = side === 'past' ? (mine > theirs || (same && word) ? -1 : 0) : mine < theirs || (same && word) ? 1 : 0;
  const value = `${Number(date.value.slice(0, 4)) + shift}${date.value.slice(4)}`;
  // 29 February, moved to a year that has none, stays where the article's year put it
  if (shift === 0 || (value.length === 10 && !isDay(value))) return moved;
  return { ...moved, value };
}

/** A 'YYYY-MM-DD' the calendar has. */
function isDay(value: string): boolean {
  const day = new Date(`${value}T12:00:00Z`);
  return !Number.isNaN(day.getTime()) && day.toISOString().slice(0, 10) === value;
}

function toMention(found: FoundDate): DateInSentence {
  return {
    value: found.value,
    precision: found.precision,
    expression: found.expression,
    ...(found.qualifier ? { qualifier: found.qualifier } : {}),
    ...(found.until ? { until: found.until.value } : {}),
    ...(found.yearFromContext ? { yearFromArticle: true } : {}),
    start: found.start,
    end: found.end,
  };
}

export interface Extracted {
  dates: DatedMention[];
  coMentions: CoMention[];
  /** the dates of each sentence, with their offsets (for marking them in the page) */
  datesBySentence: Map<string, DateInSentence[]>;
}

/** Every dated expression and every pair of actors named in the same sentence. */
export function extract(file: string, segments: AnnotatedSegment[], articleDate?: ArticleDate): Extracted {
  const dates: DatedMention[] = [];
  const coMentions: CoMention[] = [];
  const datesBySentence = new Map<string, DateInSentence[]>();
  for (const segment of segments) {
    if (!hasSentences(segment)) continue;
    for (const sentence of segment.sentences) {
      const found = findDates(sentence.text, articleDate);
      if (found.length) datesBySentence.set(sentence.id, found);
      found.forEach(({ start: _start, end: _end, ...date }, i) => {
        dates.push({ article: file, sentence: sentence.id, index: i + 1, ...date });
      });
      const actors = [...sentence.actorIds].sort();
      for (let i = 0; i < actors.length; i++) {
        for (let j = i + 1; j < actors.length; j++) {
          coMentions.push({ article: file, sentence: sentence.id, actors: [actors[i]!, actors[j]!] });
        }
      }
    }
  }
  return { dates, coMentions, datesBySentence };
}
