import { describe, expect, it } from 'vitest';
import { anchoredEvent, bandOrder, isOutside, moveFrom, periodFromInputs, statusText, yearX, type MarkPosition } from '../../../src/charts/timeline-state.ts';

const marks: MarkPosition[] = [
  { id: 'e2', band: 'event', x: 200, since: 2014.2 },
  { id: 'e1', band: 'event', x: 100, since: 2013.5 },
  { id: 'e3', band: 'event', x: 200, since: 2014.1 },
  { id: 'm1', band: 'mention', x: 90, since: 2013.4 },
  { id: 'm2', band: 'mention', x: 400, since: 2018 },
];
const bands = bandOrder(marks);
const at = (id: string) => marks.find((m) => m.id === id)!;

describe('bandOrder and moveFrom', () => {
  it('orders each band left to right, ties by start', () => {
    expect(bands.get('event')!.map((m) => m.id)).toEqual(['e1', 'e3', 'e2']);
    expect(bands.get('mention')!.map((m) => m.id)).toEqual(['m1', 'm2']);
  });

  it('walks a band with ←/→, jumps with Home/End, changes band with ↑/↓', () => {
    expect(moveFrom(bands, at('e1'), 'ArrowRight')!.id).toBe('e3');
    expect(moveFrom(bands, at('e3'), 'ArrowLeft')!.id).toBe('e1');
    expect(moveFrom(bands, at('e1'), 'End')!.id).toBe('e2');
    expect(moveFrom(bands, at('e2'), 'Home')!.id).toBe('e1');
    expect(moveFrom(bands, at('e2'), 'ArrowDown')!.id).toBe('m1');
    expect(moveFrom(bands, at('m2'), 'ArrowUp')!.id).toBe('e3'); // the first of two as near
  });

  it('stays put at the ends and leaves other keys alone', () => {
    expect(moveFrom(bands, at('e1'), 'ArrowLeft')).toBeNull();
    expect(moveFrom(bands, at('e2'), 'ArrowRight')).toBeNull();
    expect(moveFrom(bands, at('e1'), 'Enter')).toBeUndefined();
    expect(moveFrom(bandOrder([at('e1')]), at('e1'), 'ArrowDown')).toBeNull();
  });
});

describe('the period', () => {
  it('keeps the two inputs from crossing, and the whole axis out of the URL', () => {
    expect(periodFromInputs(2013, 2025, 'from', 2013, 2025)).toEqual({ from: null, to: null });
    expect(periodFromInputs(2016, 2014, 'from', 2013, 2025)).toEqual({ from: 2016, to: 2016 });
    expect(periodFromInputs(2016, 2014, 'to', 2013, 2025)).toEqual({ from: 2014, to: 2014 });
    expect(periodFromInputs(2014, 2019, 'to', 2013, 2025)).toEqual({ from: 2014, to: 2019 });
  });

  it('says what lies outside, years inclusive', () => {
    expect(isOutside(2013.5, 2013.6, 2014, 2019)).toBe(true);
    expect(isOutside(2014, 2014.1, 2014, 2019)).toBe(false);
    expect(isOutside(2019.9, 2020, 2014, 2019)).toBe(false);
    expect(isOutside(2020, 2021, 2014, 2019)).toBe(true);
    expect(isOutside(2013, 2026, 2014, 2019)).toBe(false);
  });

  it('maps a year to x on the axis', () => {
    const scale = { x0: 16, x1: 944, from: 2013, to: 2025 };
    expect(yearX(2013, scale)).toBe(16);
    expect(yearX(2026, scale)).toBe(944);
    expect(yearX(2019.5, scale)).toBeCloseTo(16 + 6.5 * (928 / 13), 6);
  });
});

describe('statusText', () => {
  it('says it in French, singular and plural', () => {
    expect(statusText(12, 2014, 2019, false, 0)).toBe('12 marques entre 2014 et 2019.');
    expect(statusText(1, 2016, 2016, false, 0)).toBe('1 marque en 2016.');
    expect(statusText(5, 2013, 2025, true, 1)).toBe('5 marques entre 2013 et 2025. 1 concerne l’acteur choisi.');
    expect(statusText(5, 2013, 2025, true, 3)).toBe('5 marques entre 2013 et 2025. 3 concernent l’acteur choisi.');
  });
});

describe('anchoredEvent', () => {
  const ids = new Set(['rgpd-2018']);
  it('reads #<event-id>, not a view-state hash nor a broken one', () => {
    expect(anchoredEvent('#rgpd-2018', ids)).toBe('rgpd-2018');
    expect(anchoredEvent('#de=2014&jusqua=2019', ids)).toBeUndefined();
    expect(anchoredEvent('#inconnu', ids)).toBeUndefined();
    expect(anchoredEvent('', ids)).toBeUndefined();
    expect(anchoredEvent('#%E0%A4%A', ids)).toBeUndefined();
  });
});
