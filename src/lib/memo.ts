// Pure functions of a text, answered once per text. The layout reader asks the same questions
// of a line many times, from every step that looks at it (is it prose? which phrase of chrome
// is it? how many function words?): a unit's text is measured by the header reader, the
// block classifier, its neighbours' checks and the interview reader alike. Remembering the
// answers made reading a text several times faster without changing any answer.
//
// The answers are kept for the text being read only: `forgetTexts()` (called by the layout
// reader for each new text) empties every memo, and a memo never holds more than LIMIT
// answers, so memory stays that of one article whatever calls the functions. A remembered
// answer is shared by every caller: it is frozen, so that a caller that changed it would fail
// loudly instead of changing what the next caller reads.

const memos: Array<Map<string, unknown>> = [];

/** More distinct texts than this in one memo (a huge text, or callers outside one article): start afresh. */
const LIMIT = 20_000;

/** `fn`, remembering its answer for each text. `fn` must be a pure function of its text. */
export function memoizeText<R>(fn: (text: string) => R): (text: string) => R {
  const memo = new Map<string, R>();
  memos.push(memo as Map<string, unknown>);
  return (text: string): R => {
    const known = memo.get(text);
    if (known !== undefined || memo.has(text)) return known as R;
    const answer = fn(text);
    if (memo.size >= LIMIT) memo.clear();
    memo.set(text, freeze(answer));
    return answer;
  };
}

/** Forgets every remembered answer (a new text is being read: the last one's lines will not come back). */
export function forgetTexts(): void {
  for (const memo of memos) memo.clear();
}

function freeze<R>(value: R): R {
  return typeof value === 'object' && value !== null ? Object.freeze(value) : value;
}
