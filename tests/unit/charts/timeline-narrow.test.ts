import { describe, expect, it } from 'vitest';
import { layoutTimeline } from '../../../src/charts/timeline.ts';
import { layoutTimelineNarrow } from '../../../src/charts/timeline-narrow.ts';
import { fixtureGroups, loadFixture } from './fixture.ts';

const { knowledge, generated } = loadFixture();

describe('layoutTimelineNarrow', () => {
  const range = { from: 2013, to: 2025 };

  it('lists every mark once, year by year, events before the dates of the same day', () => {
    const layout = layoutTimeline(knowledge.events, fixtureGroups(generated.dates));
    const years = layoutTimelineNarrow(layout.marks, new Map(), range);
    const ids = years.flatMap((y) => y.items.map((i) => i.id));
    expect(ids.sort()).toEqual(layout.marks.map((m) => m.id).sort());
    expect(years[0]!.from).toBe(2013);
    expect(years.at(-1)!.to).toBe(2025);
    for (const year of years) for (const item of year.items) expect(Number(layout.marks.find((m) => m.id === item.id)!.start.slice(0, 4))).toBe(year.from);
  });

  it('gives each group of cited dates its month, or « sans mois précis », and its count', () => {
    const layout = layoutTimeline([], [
      { key: '2016', precision: 'year', count: 3, articles: 2 },
      { key: '2016-02', precision: 'month', count: 1, articles: 1 },
    ]);
    const [year] = layoutTimelineNarrow(layout.marks, new Map(), { from: 2016, to: 2016 });
    expect(year!.items.map((i) => [i.text, i.count])).toEqual([['sans mois précis', 3], ['février', 1]]);
  });

  it('merges a run of years without marks into one span', () => {
    const layout = layoutTimeline([
      { id: 'a', date: '2014', title: 'Premier', actors: ['atos'] },
      { id: 'b', date: '2018-05', title: 'Second', actors: ['atos'] },
    ], []);
    const years = layoutTimelineNarrow(layout.marks, new Map(), { from: 2013, to: 2019 });
    expect(years.map((y) => [y.from, y.to, y.items.length])).toEqual([[2013, 2013, 0], [2014, 2014, 1], [2015, 2017, 0], [2018, 2018, 1], [2019, 2019, 0]]);
  });

  it('shows the full title in two lines at most, else the short one; events at the same date keep a stable order', () => {
    const long = 'Un titre d’événement bien trop long pour deux lignes sur l’écran étroit d’un téléphone de poche';
    const layout = layoutTimeline([
      { id: 'b-long', date: '2020-11', title: long, short: 'Un titre court', actors: ['atos'] },
      { id: 'a-court', date: '2020-11', title: 'Un titre qui tient', actors: ['atos'] },
      { id: 'c-sans', date: '2020-11', title: long, actors: ['atos'] },
    ], []);
    const [year] = layoutTimelineNarrow(layout.marks, new Map([['b-long', 'Un titre court']]), { from: 2020, to: 2020 });
    expect(year!.items.map((i) => [i.id, i.text, i.full])).toEqual([
      ['a-court', 'Un titre qui tient', true],
      ['b-long', 'Un titre court', false],
      ['c-sans', long, true],
    ]);
    for (const item of year!.items) expect(item.text).not.toMatch(/…$/);
  });

  it('gives every real event of the fixture a label of two lines at most', () => {
    const layout = layoutTimeline(knowledge.events, []);
    const shorts = new Map(knowledge.events.flatMap((e) => (e.short ? [[e.id, e.short] as const] : [])));
    for (const year of layoutTimelineNarrow(layout.marks, shorts, range)) for (const item of year.items) if (shorts.has(item.id)) expect(item.lines).toBeLessThanOrEqual(2);
  });
});
