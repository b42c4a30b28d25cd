// The timeline told one event at a time (/chronologie/recit/<event>/): the steps in the
// chronology's order, each knowing the one before and after it, the counter it shows, and
// which arrow key leads where. One static page per step; the keys are the only script. Pure.

export interface StoryStep<E> {
  event: E;
  /** 1-based */
  number: number;
  total: number;
  previous?: E;
  next?: E;
}

/** The events as steps, in the order given (the chronology's: by date, then id). */
export function storySteps<E>(events: readonly E[]): StoryStep<E>[] {
  return events.map((event, i) => {
    const step: StoryStep<E> = { event, number: i + 1, total: events.length };
    if (i > 0) step.previous = events[i - 1]!;
    if (i < events.length - 1) step.next = events[i + 1]!;
    return step;
  });
}

export function stepCounter(number: number, total: number): string {
  return `Étape ${number} sur ${total}`;
}

export interface KeyPress {
  key: string;
  altKey?: boolean;
  ctrlKey?: boolean;
  metaKey?: boolean;
  shiftKey?: boolean;
}

/**
 * ← goes to the previous step, → to the next; not with a modifier (the browser's own
 * shortcuts: Alt+← is "back"), and not while the reader types or moves inside a control.
 */
export function storyKey(press: KeyPress, inControl: boolean): 'prev' | 'next' | null {
  if (inControl || press.altKey || press.ctrlKey || press.metaKey || press.shiftKey) return null;
  return press.key === 'ArrowLeft' ? 'prev' : press.key === 'ArrowRight' ? 'next' : null;
}
