// The timeline on a narrow screen: the same marks as the wide figure (timeline.ts), read top to
// bottom, year by year, each with its date and a label that wraps in the width of a phone; a
// year's groups of cited dates are its months ("mars") and its dates without a month, each with its count. A
// label is the full title when it takes no more than `maxLines` lines at the narrowest width
// the page is shown at, else the editor's short title. Years without marks are merged
// ("2015–2017"), so the gaps of the story stay visible without taking the screen. Pure.
import type { BandKind, TimelineMark } from './timeline.ts';
import { fitLines } from './labels.ts';
import { formatDate } from '../lib/dates.ts';

export interface NarrowOptions {
  /** width of the label column at the narrowest screen, in CSS px (320 px screen) */
  width?: number;
  /** font size of the labels at that screen, in CSS px */
  fontSize?: number;
  maxLines?: number;
}

export interface NarrowItem {
  id: string;
  band: BandKind;
  /** the full title, or the group's name ("mars 2019") */
  label: string;
  /** what is shown: the full title or the short one; for a group, its month or « sans mois précis » */
  text: string;
  /** groups only: how many dates */
  count?: number;
  full: boolean;
  /** lines the text takes at the narrowest width (an estimate: the browser wraps it) */
  lines: number;
}

export interface NarrowYear {
  /** the year, or the first and last of a run of years without marks */
  from: number;
  to: number;
  items: NarrowItem[];
}

export function layoutTimelineNarrow(
  marks: readonly TimelineMark[],
  shortTitles: ReadonlyMap<string, string>,
  range: { from: number; to: number },
  options: NarrowOptions = {},
): NarrowYear[] {
  const { width = 200, fontSize = 14.5, maxLines = 2 } = options;
  const byYear = new Map<number, NarrowItem[]>();
  const ordered = [...marks].sort(
    (a, b) => compare(a.start, b.start) || (a.band === b.band ? 0 : a.band === 'event' ? -1 : 1) || compare(a.id, b.id),
  );
  for (const mark of ordered) {
    const year = Number(mark.start.slice(0, 4));
    let item: NarrowItem;
    if (mark.band === 'event') {
      const fitted = fitLines(mark.label, shortTitles.get(mark.id), width, fontSize, maxLines);
      item = { id: mark.id, band: 'event', label: mark.label, text: fitted.lines.join(' '), full: fitted.full, lines: fitted.lines.length };
    } else {
      const text = mark.date.length === 7 ? formatDate(mark.date).replace(/\s\d{4}$/, '') : 'sans mois précis';
      item = { id: mark.id, band: 'mention', label: mark.label, text, full: true, lines: 1, count: mark.count ?? 0 };
    }
    byYear.set(year, [...(byYear.get(year) ?? []), item]);
  }
  const years: NarrowYear[] = [];
  for (let year = range.from; year <= range.to; year++) {
    const items = byYear.get(year) ?? [];
    const previous = years.at(-1);
    if (items.length === 0 && previous && previous.items.length === 0) previous.to = year;
    else years.push({ from: year, to: year, items });
  }
  return years;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
