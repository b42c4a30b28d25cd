// Annotated sentences → dated mentions (French date expressions) and actor co-mentions.
//
// Date forms, with the precision they state:
//   day    "15 avril 2014", "le 16 juillet 2020", "1er mars 2021"
//   month  "en juin 2013", "mai 2018", "décembre 2019"
//   year   "en 2013", "(2018)", "2018," — a bare four-digit number only where it reads as a year
//          (after en/depuis/dès/fin/… or before punctuation), never "2 000 serveurs"
// A qualifier in front is kept: "fin 2013", "début de l’année 2021", "depuis mai 2018",
// "mi-2020"; the value keeps the precision the text states.
// A day or month without a year ("depuis juin", "du 3 octobre") takes the year of the
// article's own date when that date is at least month-precise, and is flagged
// `yearFromArticle`; otherwise it is skipped (we would be guessing).
import type { DatedMention, CoMention } from '../model/generated.ts';
import type { ArticleDate } from './parse.ts';
import type { AnnotatedSegment } from './annotate.ts';
import { MONTH_PATTERN, dayDate, monthNumber, pad2 } from '../lib/french.ts';

const QUALIFIER = String.raw`(?:(?<qualifier>fin|début|mi|courant|depuis|dès|avant|après|jusqu['’]en|jusqu['’]à|d['’]ici|vers|à partir de)(?:\s+(?:de\s+l['’]année|d['’]année|de|du|d['’]))?[\s-]+)?`;
const DAY = String.raw`(?<day>1er|[12]\d|3[01]|0?[1-9])`;
const year = (name: string): string => String.raw`(?<${name}>(?:19[89]\d|20[0-4]\d))`;
const MONTH = String.raw`(?<month>${MONTH_PATTERN})`;

/** One alternation, longest forms first; a word boundary on each side. */
const DATE_EXPRESSION = new RegExp(
  String.raw`(?<![\p{L}\p{N}])` +
    QUALIFIER +
    String.raw`(?:(?:le\s+|du\s+|au\s+)?${DAY}\s+${MONTH}(?:\s+${year('dayYear')})?` + // day
    String.raw`|(?:en\s+|de\s+|d['’])?${MONTH}(?:\s+${year('monthYear')})?` + // month
    String.raw`|(?<lead>en|l['’]année|l['’]an|année|printemps|automne|hiver)?\s*${year('yearOnly')})` + // year
    String.raw`(?![\p{L}\p{N}])`,
  'giu',
);

export interface DateInSentence {
  value: string;
  precision: 'year' | 'month' | 'day';
  expression: string;
  qualifier?: string;
  yearFromArticle?: boolean;
}

/** Finds the date expressions of one sentence. */
/** Every date expression holds a digit or a month name: most sentences can be skipped at once. */
const MAY_HOLD_A_DATE = new RegExp(`\\d|${MONTH_PATTERN}`, 'i');

export function findDates(text: string, articleDate?: ArticleDate): DateInSentence[] {
  const found: DateInSentence[] = [];
  if (!MAY_HOLD_A_DATE.test(text)) return found;
  DATE_EXPRESSION.lastIndex = 0;
  for (let m = DATE_EXPRESSION.exec(text); m; m = DATE_EXPRESSION.exec(text)) {
    const g = m.groups ?? {};
    const expression = m[0].trim();
    const qualifier = g.qualifier?.toLowerCase().replace(/['’]/g, '’');
    const base = { expression, ...(qualifier ? { qualifier } : {}) };
    const articleYear = articleDate && articleDate.precision !== 'year' ? articleDate.value.slice(0, 4) : undefined;

    if (g.day && g.month) {
      const year = g.dayYear ?? articleYear;
      if (!year) continue;
      const value = dayDate(g.day, g.month, year);
      if (value) found.push({ ...base, value, precision: 'day', ...(g.dayYear ? {} : { yearFromArticle: true }) });
    } else if (g.month) {
      // "mars" is a planet and "le mois de mai" no date: a month with no year counts only
      // after "en" or a qualifier ("depuis juin", "en février").
      const year = g.monthYear ?? articleYear;
      if (!year) continue;
      if (!g.monthYear && !qualifier && !/^en\s/iu.test(expression)) continue;
      found.push({ ...base, value: `${year}-${pad2(monthNumber(g.month)!)}`, precision: 'month', ...(g.monthYear ? {} : { yearFromArticle: true }) });
    } else if (g.yearOnly) {
      const after = text.slice(m.index + m[0].length);
      const before = text.slice(0, m.index);
      // a bare number is a year only when the text frames it as one
      const framed = Boolean(qualifier || g.lead) || /^\s*[,.;:)»]|^\s*$/.test(after) || /\(\s*$/.test(before);
      if (!framed) continue;
      found.push({ ...base, value: g.yearOnly, precision: 'year' });
    }
  }
  return found;
}

export interface Extracted {
  dates: DatedMention[];
  coMentions: CoMention[];
}

/** Every dated expression and every pair of actors named in the same sentence. */
export function extract(file: string, segments: AnnotatedSegment[], articleDate: ArticleDate): Extracted {
  const dates: DatedMention[] = [];
  const coMentions: CoMention[] = [];
  for (const segment of segments) {
    if (segment.kind !== 'paragraph') continue;
    for (const sentence of segment.sentences) {
      for (const date of findDates(sentence.text, articleDate)) {
        dates.push({ article: file, sentence: sentence.id, ...date });
      }
      const actors = [...sentence.actorIds].sort();
      for (let i = 0; i < actors.length; i++) {
        for (let j = i + 1; j < actors.length; j++) {
          coMentions.push({ article: file, sentence: sentence.id, actors: [actors[i]!, actors[j]!] });
        }
      }
    }
  }
  return { dates, coMentions };
}
