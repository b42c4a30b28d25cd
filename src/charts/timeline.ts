// Timeline geometry: curated events + the dates the articles cite → marks on a 2013–2025 axis.
// An event's mark is as wide as its date is vague (a day is a point, a month a short bar, a
// year a long bar); events are packed greedily into rows so that no two marks (nor a label)
// overlap. The dates the articles cite come grouped (date-groups.ts): one bar per month, and
// one per year for the dates that give only their year, each as tall as its group is large,
// so the band keeps its size however many dates the corpus cites. An event's label is its full title when
// that is no wider than `fullTitleRoom`, else the editor's short title (labels.ts): never a
// title cut with "…". Pure and deterministic.
import { scaleUtc } from 'd3-scale';
import { precisionOf, type Event, type Precision } from '../model/knowledge.ts';
import { periodOf } from './period.ts';
import { chooseLabel } from './labels.ts';
import { groupLabel } from './date-groups.ts';

export type TimelineEvent = Pick<Event, 'id' | 'date' | 'title' | 'actors'> & { short?: string | undefined };
/** A group of the dates the articles cite (date-groups.ts), as the figure needs it. */
export interface TimelineGroup {
  /** `2019-03`, or `2019` for the dates that give only the year */
  key: string;
  precision: 'year' | 'month';
  /** dates in the group */
  count: number;
  /** articles they come from */
  articles: number;
}

export interface TimelineOptions {
  width?: number;
  /** first and last year shown, inclusive (default 2013–2025) */
  from?: number;
  to?: number;
  /** widest full title an event label may show, in SVG units; wider ones show their short title */
  fullTitleRoom?: number;
}

export type BandKind = 'event' | 'mention';

export interface TimelineMark {
  /** the event's id, or `dates-<key>` for a group of cited dates (`dates-2019-03`, `dates-2019`) */
  id: string;
  band: BandKind;
  row: number;
  /** left edge and width in SVG units; width 0 is a point (a day) */
  x: number;
  width: number;
  /** top of the mark's row */
  y: number;
  precision: Precision;
  /** "depuis …": drawn with an arrow onwards */
  open: boolean;
  /** the partial date as given ("2013", "2019-10", "2014-04-15") */
  date: string;
  /** the event's full title, or the group's name ("mars 2019", "2019, sans mois précis") */
  label: string;
  /** events only: the text drawn above the mark (the full title, or the short one)… */
  labelText?: string;
  /** …whether it is the full title… */
  labelFull?: boolean;
  /** …where it starts (inside the figure, as near the mark's start as it can) and how wide it may be */
  labelX?: number;
  labelWidth?: number;
  /** ISO dates of the drawn interval, [start, end) */
  start: string;
  end: string;
  /** groups only: how many dates, from how many articles, and the bar that says it
   *  (bottom-aligned in the row: `barY` its top, `barHeight` its height) */
  count?: number;
  articles?: number;
  barY?: number;
  barHeight?: number;
}

export interface TimelineBand {
  kind: BandKind;
  label: string;
  y: number;
  height: number;
  rows: number;
}

export interface TimelineTick {
  year: number;
  /** x of 1 January */
  x: number;
  /** x where the year's label is centred */
  labelX: number;
}

// Output shape: what Timeline.astro draws and src/client/timeline.ts enhances.
export interface TimelineLayout {
  width: number;
  height: number;
  axisY: number;
  /** x of 1 January of `from` and of `to + 1`: the client maps years to x with these */
  scale: { from: number; to: number; x0: number; x1: number };
  bands: TimelineBand[];
  ticks: TimelineTick[];
  marks: TimelineMark[];
  /** ids of marks whose date falls outside the axis (e.g. "d'ici 2030"): events, or groups of dates */
  omitted: string[];
  /** cited dates in the groups left off the axis */
  omittedDates: number;
}

// top: room for the first band's label; bandGap: room for the next band's label
const margin = { left: 16, right: 16, top: 22 };
const rowHeight: Record<BandKind, number> = { event: 26, mention: 12 };
/** the cited dates' rows: the months' bars, then the years' (dates that give only the year) */
export const GROUP_ROWS = { month: { row: 0, height: 34 }, year: { row: 1, height: 18 } } as const;
const bandGap = 28;
const pointRoom = 8;
/** font size of the event labels, in SVG units (Timeline.astro draws them at this size) */
export const LABEL_FONT = 11;

export function layoutTimeline(
  events: readonly TimelineEvent[],
  groups: readonly TimelineGroup[],
  options: TimelineOptions = {},
): TimelineLayout {
  const { width = 960, from = 2013, to = 2025, fullTitleRoom = 230 } = options;
  const domain: [Date, Date] = [new Date(Date.UTC(from, 0, 1)), new Date(Date.UTC(to + 1, 0, 1))];
  const x = scaleUtc().domain(domain).range([margin.left, width - margin.right]);
  const [domainStart, domainEnd] = [domain[0].getTime(), domain[1].getTime()];
  const omitted: string[] = [];

  // 1. Every event becomes a span of time, in a fixed order.
  interface Draft extends Omit<TimelineMark, 'row' | 'y'> { startTime: number; left: number; room: number }
  const drafts: Draft[] = [];
  const place = (base: Omit<Draft, 'x' | 'width' | 'start' | 'end' | 'startTime' | 'left' | 'room' | 'open'>) => {
    const period = periodOf(base.date, base.precision);
    if (period.end <= domainStart || period.start >= domainEnd) {
      omitted.push(base.id);
      return;
    }
    const start = Math.max(period.start, domainStart);
    const end = Math.min(period.end, domainEnd);
    const left = round(x(new Date(start)));
    const markWidth = base.precision === 'day' ? 0 : Math.max(round(x(new Date(end)) - left), 2);
    const drawn = Math.max(markWidth, pointRoom) + (period.open ? 10 : 0);
    // The horizontal extent the mark needs in its row: its bar, and its label when it has one.
    let extentLeft = left - (markWidth === 0 ? pointRoom / 2 : 0);
    let room = drawn;
    let labelX: number | undefined;
    if (base.labelText) {
      const text = base.labelWidth!;
      if (text > width - margin.left - margin.right) throw new Error(`event ${base.id}: its label "${base.labelText}" is wider than the timeline; give it a shorter "short" title`);
      // from the mark's start, or moved left just enough to end inside the figure
      labelX = round(Math.max(margin.left, Math.min(left - (markWidth === 0 ? pointRoom / 2 : 0), width - margin.right - text)));
      extentLeft = Math.min(extentLeft, labelX);
      room = Math.max(left + drawn, labelX + text) - extentLeft;
    }
    drafts.push({
      ...base,
      ...(labelX !== undefined ? { labelX } : {}),
      left: extentLeft,
      x: left,
      width: markWidth,
      open: period.open,
      start: iso(start),
      end: iso(end),
      startTime: start,
      room,
    });
  };
  for (const event of [...events].sort((a, b) => compare(a.date, b.date) || compare(a.id, b.id))) {
    const precision: Precision = precisionOf(event.date);
    const chosen = chooseLabel(event.title, event.short, fullTitleRoom, LABEL_FONT);
    place({ id: event.id, band: 'event', precision, date: event.date, label: event.title, labelText: chosen.text, labelFull: chosen.full, labelWidth: chosen.width });
  }
  // 2. Pack the events into rows, left to right: a mark takes the first row that is free.
  const bands: TimelineBand[] = [];
  const marks: TimelineMark[] = [];
  let top = margin.top;
  {
    const inBand = drafts.sort((a, b) => a.left - b.left || a.startTime - b.startTime || compare(a.id, b.id));
    const rowEnds: number[] = [];
    for (const draft of inBand) {
      let row = rowEnds.findIndex((end) => end + 3 <= draft.left);
      if (row === -1) row = rowEnds.push(0) - 1;
      rowEnds[row] = draft.left + draft.room;
      const { startTime: _s, room: _r, left: _l, ...mark } = draft;
      marks.push({ ...mark, row, y: top + row * rowHeight.event });
    }
    const rows = Math.max(rowEnds.length, 1);
    const height = rows * rowHeight.event;
    bands.push({ kind: 'event', label: 'Événements', y: top, height, rows });
    top += height + bandGap;
  }

  // 3. The cited dates: a bar per group over its month or its year, as tall as the group is large
  //    against the largest of its row (square root: a group of 4 is half as tall as one of 16).
  let omittedDates = 0;
  const shown = [...groups].sort((a, b) => compare(a.key, b.key)).filter((group) => {
    const period = periodOf(group.key, group.precision);
    if (period.end <= domainStart || period.start >= domainEnd) {
      omitted.push(`dates-${group.key}`);
      omittedDates += group.count;
      return false;
    }
    return true;
  });
  const rowsUsed = (['month', 'year'] as const).filter((p) => shown.some((g) => g.precision === p));
  const rowTop = new Map<'month' | 'year', number>();
  let y = top;
  for (const p of rowsUsed) {
    rowTop.set(p, y);
    y += GROUP_ROWS[p].height;
  }
  for (const p of rowsUsed) {
    const inRow = shown.filter((g) => g.precision === p);
    const largest = Math.max(...inRow.map((g) => g.count));
    const room = GROUP_ROWS[p].height - 4;
    for (const group of inRow) {
      const period = periodOf(group.key, group.precision);
      const start = Math.max(period.start, domainStart);
      const end = Math.min(period.end, domainEnd);
      const left = round(x(new Date(start)));
      const width = Math.max(round(x(new Date(end)) - left - 1), 2);
      const barHeight = Math.max(2, round(room * Math.sqrt(group.count / largest)));
      const rowY = rowTop.get(p)!;
      marks.push({
        id: `dates-${group.key}`,
        band: 'mention',
        row: rowsUsed.indexOf(p),
        x: left,
        width,
        y: rowY,
        precision: group.precision,
        open: false,
        date: group.key,
        label: groupLabel(group.key),
        start: iso(start),
        end: iso(end),
        count: group.count,
        articles: group.articles,
        barY: round(rowY + GROUP_ROWS[p].height - 2 - barHeight),
        barHeight,
      });
    }
  }
  const mentionHeight = Math.max(y - top, rowHeight.mention);
  bands.push({ kind: 'mention', label: 'Dates citées dans les articles', y: top, height: mentionHeight, rows: Math.max(rowsUsed.length, 1) });
  top += mentionHeight + bandGap;

  // 4. The axis: one tick per 1 January, the year's label in the middle of its span.
  const axisY = top - bandGap + 8;
  const ticks: TimelineTick[] = [];
  for (let year = from; year <= to + 1; year++) {
    const tickX = round(x(new Date(Date.UTC(year, 0, 1))));
    ticks.push({ year, x: tickX, labelX: round(x(new Date(Date.UTC(year, 6, 2)))) });
  }
  return {
    width,
    height: axisY + 28,
    axisY,
    scale: { from, to, x0: round(x(domain[0])), x1: round(x(domain[1])) },
    bands,
    ticks,
    marks,
    omitted,
    omittedDates,
  };
}

function iso(time: number): string {
  return new Date(time).toISOString().slice(0, 10);
}

const round = (v: number) => Math.round(v * 10) / 10;

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
