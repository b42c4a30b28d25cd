// Timeline geometry: curated events + dated mentions → marks on a 2013–2025 axis.
// Each mark is as wide as its date is vague (a day is a point, a month a short bar, a year
// a long bar; "fin 2013" a third of one). Two bands keep what an editor curated apart from
// what the build found in the text; inside each band, marks are packed greedily into rows
// so that no two marks (nor an event's label) overlap. An event's label is its full title when
// that is no wider than `fullTitleRoom`, else the editor's short title (labels.ts): never a
// title cut with "…". Pure and deterministic.
import { scaleUtc } from 'd3-scale';
import { precisionOf, type Event, type Precision } from '../model/knowledge.ts';
import type { DatedMention } from '../model/generated.ts';
import { periodOf } from './period.ts';
import { datedMentionAnchor } from '../lib/anchors.ts';
import { chooseLabel } from './labels.ts';

export type TimelineEvent = Pick<Event, 'id' | 'date' | 'title' | 'actors'> & { short?: string | undefined };
export type TimelineMention = Pick<DatedMention, 'article' | 'sentence' | 'index' | 'value' | 'precision' | 'expression' | 'qualifier'>;

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
  /** the event's id, or `date-<article>-<sentence>-<n>` for a dated mention (src/lib/anchors.ts) */
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
  /** the event's full title or the date expression as written */
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
  qualifier?: string;
  /** mentions only: the sentence the date stands in */
  article?: string;
  sentence?: string;
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
  /** ids of marks whose date falls outside the axis (e.g. "d'ici 2030") */
  omitted: string[];
}

// top: room for the first band's label; bandGap: room for the next band's label
const margin = { left: 16, right: 16, top: 22 };
const rowHeight: Record<BandKind, number> = { event: 26, mention: 12 };
const bandGap = 28;
const pointRoom = 8;
/** font size of the event labels, in SVG units (Timeline.astro draws them at this size) */
export const LABEL_FONT = 11;

export function layoutTimeline(
  events: readonly TimelineEvent[],
  datedMentions: readonly TimelineMention[],
  options: TimelineOptions = {},
): TimelineLayout {
  const { width = 960, from = 2013, to = 2025, fullTitleRoom = 230 } = options;
  const domain: [Date, Date] = [new Date(Date.UTC(from, 0, 1)), new Date(Date.UTC(to + 1, 0, 1))];
  const x = scaleUtc().domain(domain).range([margin.left, width - margin.right]);
  const [domainStart, domainEnd] = [domain[0].getTime(), domain[1].getTime()];
  const omitted: string[] = [];

  // 1. Every event and every dated mention becomes a span of time, in a fixed order.
  interface Draft extends Omit<TimelineMark, 'row' | 'y'> { startTime: number; left: number; room: number }
  const drafts: Draft[] = [];
  const place = (base: Omit<Draft, 'x' | 'width' | 'start' | 'end' | 'startTime' | 'left' | 'room' | 'open'>, qualifier?: string) => {
    const period = periodOf(base.date, base.precision, qualifier);
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
  const mentions = [...datedMentions].sort(
    (a, b) => compare(a.article, b.article) || compareSentence(a.sentence, b.sentence) || a.index - b.index,
  );
  for (const m of mentions) {
    const base: Omit<Draft, 'x' | 'width' | 'start' | 'end' | 'startTime' | 'left' | 'room' | 'open'> = {
      id: datedMentionAnchor(m.article, m.sentence, m.index),
      band: 'mention',
      precision: m.precision,
      date: m.value,
      label: m.expression,
      article: m.article,
      sentence: m.sentence,
    };
    if (m.qualifier) base.qualifier = m.qualifier;
    place(base, m.qualifier);
  }

  // 2. Pack each band into rows, left to right: a mark takes the first row that is free.
  const bands: TimelineBand[] = [];
  const marks: TimelineMark[] = [];
  let top = margin.top;
  for (const kind of ['event', 'mention'] as const) {
    const inBand = drafts.filter((d) => d.band === kind).sort((a, b) => a.left - b.left || a.startTime - b.startTime || compare(a.id, b.id));
    const rowEnds: number[] = [];
    for (const draft of inBand) {
      let row = rowEnds.findIndex((end) => end + 3 <= draft.left);
      if (row === -1) row = rowEnds.push(0) - 1;
      rowEnds[row] = draft.left + draft.room;
      const { startTime: _s, room: _r, left: _l, ...mark } = draft;
      marks.push({ ...mark, row, y: top + row * rowHeight[kind] });
    }
    const rows = Math.max(rowEnds.length, 1);
    const height = rows * rowHeight[kind];
    bands.push({ kind, label: kind === 'event' ? 'Événements' : 'Dates citées dans les articles', y: top, height, rows });
    top += height + bandGap;
  }

  // 3. The axis: one tick per 1 January, the year's label in the middle of its span.
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
  };
}

function iso(time: number): string {
  return new Date(time).toISOString().slice(0, 10);
}

const round = (v: number) => Math.round(v * 10) / 10;

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** p2-s10 after p2-s9: sentence anchors sort by paragraph, then sentence number. */
function compareSentence(a: string, b: string): number {
  const [pa = 0, sa = 0] = a.match(/\d+/g)?.map(Number) ?? [];
  const [pb = 0, sb = 0] = b.match(/\d+/g)?.map(Number) ?? [];
  return pa - pb || sa - sb || compare(a, b);
}
