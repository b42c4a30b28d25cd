// The dates the articles cite, grouped: per month (a day or a month), or per year for a date
// that gives only its year ("en 2019", "fin 2016"). The timeline draws one mark per group, with
// its count, however many dates the articles cite; each year's dates are listed on pages of
// a fixed size (/chronologie/dates/<année>/), each date a link to its sentence. Pure.
import type { Precision } from '../model/knowledge.ts';
import { paginate, type Page } from './paging.ts';
import { formatDate } from '../lib/dates.ts';

/** A dated mention, as the groups need it (FigureDate and TimelineMention fit). */
export interface DatedItem {
  /** `date-<article>-<sentence>-<n>` (src/lib/anchors.ts) */
  id: string;
  article: string;
  sentence: string;
  index: number;
  value: string;
  precision: Precision;
  expression: string;
  qualifier?: string;
}

export interface DateGroup<T extends DatedItem = DatedItem> {
  /** `2019-03` (a month), or `2019` (dates that give only the year) */
  key: string;
  year: number;
  month?: number;
  precision: 'year' | 'month';
  /** in time order */
  items: T[];
  /** how many articles the dates come from */
  articles: number;
}

export function groupKey(value: string, precision: Precision): string {
  return precision === 'year' ? value.slice(0, 4) : value.slice(0, 7);
}

/** "mars 2019"; "2019, sans mois précis" */
export function groupLabel(key: string): string {
  return key.length === 7 ? formatDate(key) : `${key}, sans mois précis`;
}

export function groupDates<T extends DatedItem>(items: readonly T[]): DateGroup<T>[] {
  const byKey = new Map<string, T[]>();
  for (const item of items) {
    const key = groupKey(item.value, item.precision);
    const list = byKey.get(key);
    if (list) list.push(item);
    else byKey.set(key, [item]);
  }
  return [...byKey.entries()].sort(([a], [b]) => compare(a, b)).map(([key, list]) => {
    const [year, month] = key.split('-').map(Number) as [number, number | undefined];
    const group: DateGroup<T> = {
      key,
      year,
      precision: month ? 'month' : 'year',
      items: [...list].sort(byTime),
      articles: new Set(list.map((d) => d.article)).size,
    };
    if (month) group.month = month;
    return group;
  });
}

export interface DateEntry<T> {
  group: string;
  item: T;
  /** the group began on an earlier page */
  continued: boolean;
}

export interface YearOfDates<T extends DatedItem> {
  year: number;
  groups: DateGroup<T>[];
  count: number;
  pages: Page<DateEntry<T>>[];
  /** group key → the page (from 1) it starts on */
  groupStart: Map<string, number>;
  /** date id → its page */
  pageOf: Map<string, number>;
}

/** Each year's dates, its groups in order, on pages of `size` dates. */
export function yearsOfDates<T extends DatedItem>(groups: readonly DateGroup<T>[], size: number): YearOfDates<T>[] {
  const byYear = new Map<number, DateGroup<T>[]>();
  for (const group of groups) byYear.set(group.year, [...(byYear.get(group.year) ?? []), group]);
  return [...byYear.entries()].sort(([a], [b]) => a - b).map(([year, inYear]) => {
    const entries = inYear.flatMap((group) => group.items.map((item): Omit<DateEntry<T>, 'continued'> => ({ group: group.key, item })));
    const pages = paginate(entries, size).map((page, p, all) => ({
      ...page,
      items: page.items.map((entry, i) => ({
        ...entry,
        continued: i === 0 && p > 0 && all[p - 1]!.items.at(-1)!.group === entry.group,
      })),
    }));
    const groupStart = new Map<string, number>();
    const pageOf = new Map<string, number>();
    for (const page of pages) {
      for (const entry of page.items) {
        if (!groupStart.has(entry.group)) groupStart.set(entry.group, page.number);
        pageOf.set(entry.item.id, page.number);
      }
    }
    return { year, groups: inYear, count: entries.length, pages, groupStart, pageOf };
  });
}

/** By date (a month before its days), then article, sentence in text order, place in the sentence. */
function byTime(a: DatedItem, b: DatedItem): number {
  return compare(a.value, b.value) || compare(a.article, b.article) || compareSentence(a.sentence, b.sentence) || a.index - b.index || compare(a.id, b.id);
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** p2-s10 after p2-s9 */
function compareSentence(a: string, b: string): number {
  const [pa = 0, sa = 0] = a.match(/\d+/g)?.map(Number) ?? [];
  const [pb = 0, sb = 0] = b.match(/\d+/g)?.map(Number) ?? [];
  return pa - pb || sa - sb || compare(a, b);
}

/** What the timeline draws of a group: its key, its count, its articles. */
export function timelineGroup(group: DateGroup): { key: string; precision: 'year' | 'month'; count: number; articles: number } {
  return { key: group.key, precision: group.precision, count: group.items.length, articles: group.articles };
}

/** What a figure's script fetches for one group (/chronologie/dates/<groupe>.json): its first
 *  dates, each with its sentence's URL, and where all of them are. */
export interface DateGroupData {
  key: string;
  /** "mars 2019" */
  label: string;
  count: number;
  articles: number;
  /** "212 dates, dans 140 articles ; les 40 premières :" */
  summary: string;
  dates: Array<{ href: string; expression: string; when: string; title: string }>;
  /** the group on its year's page, and that link's text */
  href: string;
  more: string;
}
