import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { layoutTimeline, type TimelineMark } from '../../../src/charts/timeline.ts';
import { fixtureDir, fixtureGroups, loadFixture, shuffled } from './fixture.ts';

const { knowledge, generated } = loadFixture();
const groups = fixtureGroups(generated.dates);
const layout = layoutTimeline(knowledge.events, groups);
const yearWidth = (layout.scale.x1 - layout.scale.x0) / (layout.scale.to - layout.scale.from + 1);
const mark = (predicate: (m: TimelineMark) => boolean) => layout.marks.find(predicate)!;

describe('layoutTimeline', () => {
  it('is deterministic and independent of input order', () => {
    const reordered = layoutTimeline(shuffled(knowledge.events), shuffled(groups));
    expect(JSON.stringify(reordered)).toBe(JSON.stringify(layout));
  });

  it('matches the golden layout of the fixture (UPDATE=1 rewrites it)', () => {
    const file = resolve(fixtureDir, 'expected-timeline.json');
    const text = `${JSON.stringify(layout, null, 1)}\n`;
    if (process.env.UPDATE === '1' && !process.env.CI) writeFileSync(file, text);
    expect(existsSync(file), 'run once with UPDATE=1 to record expected-timeline.json').toBe(true);
    expect(text).toBe(readFileSync(file, 'utf8'));
  });

  it('spans 2013 to 2025 with a tick per year', () => {
    expect(layout.ticks.map((t) => t.year)).toEqual(Array.from({ length: 14 }, (_, i) => 2013 + i));
    expect(layout.ticks[0]!.x).toBe(layout.scale.x0);
    expect(layout.ticks.at(-1)!.x).toBe(layout.scale.x1);
  });

  it('draws the precision: a year is a long bar, a month a short one, a day a point', () => {
    const year = mark((m) => m.id === 'mission-breton-klaba');
    const month = mark((m) => m.id === 'cloud-team-alliance');
    const day = mark((m) => m.id === 'rapport-secure-cloud');
    expect(year.width).toBeCloseTo(yearWidth, 0);
    expect(month.width).toBeCloseTo(yearWidth / 12, 0);
    expect(day.width).toBe(0);
    expect(year.width).toBeGreaterThan(month.width * 10);
    expect(month.x).toBeGreaterThan(year.x);
  });

  it('draws the cited dates as one bar per month and one per year without a month, as tall as its group is large', () => {
    const drawn = layoutTimeline([], [
      { key: '2014', precision: 'year', count: 4, articles: 3 },
      { key: '2014-03', precision: 'month', count: 16, articles: 9 },
      { key: '2014-04', precision: 'month', count: 4, articles: 4 },
      { key: '2020-11', precision: 'month', count: 1, articles: 1 },
    ]);
    const byId = (id: string) => drawn.marks.find((m) => m.id === id)!;
    const [march, april, november, year] = ['dates-2014-03', 'dates-2014-04', 'dates-2020-11', 'dates-2014'].map(byId) as [TimelineMark, TimelineMark, TimelineMark, TimelineMark];
    expect(march).toMatchObject({ band: 'mention', label: 'mars 2014', count: 16, articles: 9, start: '2014-03-01', end: '2014-04-01', row: 0 });
    expect(year).toMatchObject({ label: '2014, sans mois précis', count: 4, row: 1, start: '2014-01-01', end: '2015-01-01' });
    expect(march.width).toBeCloseTo(yearWidth / 12 - 1, 0);
    expect(year.width).toBeCloseTo(yearWidth - 1, 0);
    // the square root of the count: 4 is half as tall as 16; the smallest is still seen
    expect(april.barHeight! / march.barHeight!).toBeCloseTo(0.5, 1);
    expect(november.barHeight).toBeGreaterThanOrEqual(2);
    // bars stand on their row's baseline, inside the band
    const band = drawn.bands.find((b) => b.kind === 'mention')!;
    expect(march.barY! + march.barHeight!).toBeCloseTo(april.barY! + april.barHeight!, 5);
    for (const m of drawn.marks) expect(m.barY!).toBeGreaterThanOrEqual(band.y);
    for (const m of drawn.marks) expect(m.barY! + m.barHeight!).toBeLessThanOrEqual(band.y + band.height);
    expect(band.rows).toBe(2);
  });

  it('keeps its size whatever the number of dates: one mark per group, never one per date', () => {
    const many = Array.from({ length: 13 * 12 }, (_, i) => ({ key: `${2013 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`, precision: 'month' as const, count: 1_000 + i, articles: 500, }));
    const drawn = layoutTimeline(knowledge.events, many);
    expect(drawn.marks.filter((m) => m.band === 'mention')).toHaveLength(13 * 12);
    expect(drawn.height).toBe(layoutTimeline(knowledge.events, many.map((g) => ({ ...g, count: 1 }))).height);
  });

  it('keeps curated events and dated mentions in separate bands', () => {
    const [events, mentions] = layout.bands;
    expect(events!.kind).toBe('event');
    expect(mentions!.kind).toBe('mention');
    expect(mentions!.y).toBeGreaterThanOrEqual(events!.y + events!.height);
    for (const m of layout.marks) {
      const band = layout.bands.find((b) => b.kind === m.band)!;
      expect(m.y).toBeGreaterThanOrEqual(band.y);
      expect(m.y).toBeLessThan(band.y + band.height);
    }
    expect(layout.marks.filter((m) => m.band === 'event')).toHaveLength(knowledge.events.length);
  });

  it('packs lanes so that no two marks of a row overlap, labels included, all inside the figure', () => {
    // the fixture plus crowded years and a late event whose label must end at the right edge
    const crowded = [
      ...knowledge.events,
      ...[1, 2, 3, 4, 5].map((n) => ({ id: `crowd-${n}`, date: `2014-0${n}`, title: `Un événement de plus au printemps 2014, numéro ${n}`, short: `Printemps 2014, numéro ${n}`, actors: ['ovhcloud'] })),
      { id: 'late', date: '2025-11', title: 'Un événement tardif au titre assez long', actors: ['atos'] },
    ];
    const packed = layoutTimeline(crowded, groups);
    const extent = (m: TimelineMark): [number, number] => {
      const bar: [number, number] = m.width === 0 ? [m.x - 4, m.x + 4] : [m.x, m.x + m.width];
      if (!m.labelText) return bar;
      return [Math.min(bar[0], m.labelX!), Math.max(bar[1], m.labelX! + m.labelWidth!)];
    };
    const rows = new Map<string, TimelineMark[]>();
    for (const m of packed.marks) rows.set(`${m.band}:${m.row}`, [...(rows.get(`${m.band}:${m.row}`) ?? []), m]);
    expect(packed.bands[0]!.rows).toBeGreaterThanOrEqual(5);
    for (const marks of rows.values()) {
      const sorted = marks.map(extent).sort((a, b) => a[0] - b[0]);
      for (let i = 1; i < sorted.length; i++) expect(sorted[i]![0]).toBeGreaterThanOrEqual(sorted[i - 1]![1]);
    }
    const late = packed.marks.find((m) => m.id === 'late')!;
    expect(late.labelX! + late.labelWidth!).toBeLessThanOrEqual(packed.width - 16);
    expect(late.labelX).toBeLessThan(late.x);
    for (const m of packed.marks) {
      expect(extent(m)[0]).toBeGreaterThanOrEqual(0);
      expect(extent(m)[1]).toBeLessThanOrEqual(packed.width);
    }
  });

  it('shows the full title when it fits, else the short one, never a title cut with "…"', () => {
    const events = [
      { id: 'court', date: '2016', title: 'Un titre court', actors: ['atos'] },
      { id: 'long', date: '2017-03', title: 'Un très long titre d’événement qui ne tiendrait jamais au-dessus de sa marque sur l’axe', short: 'Un titre court pour la figure', actors: ['atos'] },
      { id: 'sans-court', date: '2018-03', title: 'Un titre long mais sans titre court pour le remplacer', actors: ['atos'] },
    ];
    const marks = layoutTimeline(events, []).marks;
    const byId = (id: string) => marks.find((m) => m.id === id)!;
    expect(byId('court')).toMatchObject({ labelText: 'Un titre court', labelFull: true, label: 'Un titre court' });
    expect(byId('long')).toMatchObject({ labelText: 'Un titre court pour la figure', labelFull: false });
    expect(byId('long').label).toMatch(/^Un très long titre/);
    // no short title: the full one, whole, on a row of its own if need be
    expect(byId('sans-court')).toMatchObject({ labelText: events[2]!.title, labelFull: true });
    for (const m of marks) expect(m.labelText).not.toMatch(/…$/);
  });

  it('lays out one event alone, and events at the same date on rows of their own', () => {
    const one = layoutTimeline([{ id: 'seul', date: '2019-10-03', title: 'Un seul événement', actors: ['atos'] }], []);
    expect(one.marks).toHaveLength(1);
    expect(one.bands[0]!.rows).toBe(1);
    const same = layoutTimeline(
      ['a', 'b', 'c'].map((id) => ({ id, date: '2020-11', title: `Même mois, événement ${id}`, actors: ['atos'] })),
      [],
    );
    expect(new Set(same.marks.map((m) => m.row)).size).toBe(3);
    expect(same.marks.map((m) => m.id)).toEqual(['a', 'b', 'c']);
  });

  it('refuses a label wider than the figure, naming the event', () => {
    const title = 'mot '.repeat(80).trim();
    expect(() => layoutTimeline([{ id: 'trop-long', date: '2015', title, actors: ['atos'] }], [])).toThrow(/event trop-long: its label/);
  });

  it('leaves dates outside 2013–2025 off the axis and says which', () => {
    expect(layout.omitted).toEqual(['dates-2030']);
    expect(layout.omittedDates).toBe(1);
    expect(layout.marks.some((m) => m.date === '2030')).toBe(false);
  });

  it('counts each group of the fixture’s dates, and the articles they come from', () => {
    const june = mark((m) => m.id === 'dates-2013-06');
    expect(june).toMatchObject({ band: 'mention', precision: 'month', start: '2013-06-01', label: 'juin 2013' });
    const cited = generated.dates.filter((d) => d.value.startsWith('2013-06'));
    expect(june.count).toBe(cited.length);
    expect(june.articles).toBe(new Set(cited.map((d) => d.article)).size);
    const total = layout.marks.reduce((n, m) => n + (m.count ?? 0), 0);
    expect(total + layout.omittedDates).toBe(generated.dates.length);
  });
});
