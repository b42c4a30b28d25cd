import { describe, expect, it } from 'vitest';
import { stepCounter, storyKey, storySteps } from '../../../src/charts/timeline-story.ts';

describe('storySteps', () => {
  it('numbers the events in order, each with the one before and after it', () => {
    const steps = storySteps(['a', 'b', 'c']);
    expect(steps.map((s) => [s.event, s.number, s.total, s.previous, s.next])).toEqual([
      ['a', 1, 3, undefined, 'b'],
      ['b', 2, 3, 'a', 'c'],
      ['c', 3, 3, 'b', undefined],
    ]);
  });

  it('tells one event alone, and nothing', () => {
    expect(storySteps(['seul'])).toEqual([{ event: 'seul', number: 1, total: 1 }]);
    expect(storySteps([])).toEqual([]);
  });
});

describe('stepCounter', () => {
  it('says where the reader is, in French', () => {
    expect(stepCounter(3, 20)).toBe('Étape 3 sur 20');
  });
});

describe('storyKey', () => {
  it('← is the previous step, → the next', () => {
    expect(storyKey({ key: 'ArrowLeft' }, false)).toBe('prev');
    expect(storyKey({ key: 'ArrowRight' }, false)).toBe('next');
    expect(storyKey({ key: 'ArrowDown' }, false)).toBeNull();
    expect(storyKey({ key: 'Enter' }, false)).toBeNull();
  });

  it('leaves the keys alone in a form field and with a modifier (Alt+← is the browser’s “back”)', () => {
    expect(storyKey({ key: 'ArrowLeft' }, true)).toBeNull();
    expect(storyKey({ key: 'ArrowLeft', altKey: true }, false)).toBeNull();
    expect(storyKey({ key: 'ArrowRight', ctrlKey: true }, false)).toBeNull();
    expect(storyKey({ key: 'ArrowRight', metaKey: true }, false)).toBeNull();
    expect(storyKey({ key: 'ArrowRight', shiftKey: true }, false)).toBeNull();
  });
});
