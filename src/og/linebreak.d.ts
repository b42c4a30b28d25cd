// The types of the `linebreak` package (the Unicode line-breaking algorithm, UAX #14), which ships none.
declare module 'linebreak' {
  export default class LineBreaker {
    constructor(text: string);
    /** the next place a line may end: before `position` (a UTF-16 index); `required` after a line feed */
    nextBreak(): { position: number; required: boolean } | null;
  }
}
