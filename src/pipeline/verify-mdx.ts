// Generated MDX → the list of what breaks its grammar (empty when the file is sound). The
// belt-and-braces check that runs on every generated page: it accepts exactly the layout
// that ./emit.ts writes, line by line, and nothing else, so that a bug in the writer cannot
// ship code, an expression or a foreign element to the site. (A full MDX re-parse did the
// same job at under 1 MB/s; the unit tests keep it as the oracle that this grammar is safe.)
//
// Accepted: the frontmatter, `---` … `---`, each line `key: value`, `key: []`, `key:` or
// `  - value`, a value being a plain id, an integer or a JSON string (emit.ts: frontmatterYaml);
// then blocks, one blank line between two:
//   `## ` TEXT                                   a heading
//   `<p id="pN">` (or with ` class="standfirst"` / ` class="question"`), then its one sentence
//   line `  ` SENTENCES, then `</p>`             a paragraph
//   `<ul id="pN">`, `<ol id="pN">` (` start="K"`, ` type="a"` may follow), then items: `  <li>`,
//   at most one sentence line `    ` SENTENCES, `  </li>`; then `</ul>` / `</ol>`   a list
//   `<table>`, rows `  <tr>` … `  </tr>`, cells `    <th scope="col">` or `    <td>`, at most one text line
//   `      ` CELL, `    </th>` / `    </td>`; then `</table>`                a table
// Paragraph and list numbers ascend from p1. SENTENCES is one or more `<S id="pN-sM">` INLINE*
// `</S>` (M = 1, 2, … through the paragraph; ascending through a list, which leaves out an
// empty item) with at least one visible character.
// INLINE is TEXT, `<Term id="plain-id">` TEXT `</Term>` or `<Time datetime="YYYY[-MM[-DD]]"
// mark="plain-id">` TEXT `</Time>`; TEXT is any character but line endings and the syntax
// characters of emit.ts (TEXT_SYNTAX), which must be backslash-escaped, plus numeric character
// references `&#xHEX;` (the writer keeps a heading's edge spaces so). CELL is TEXT whose first
// character is not one that could open a block (written as a reference instead).

/** one token of a line; the groups say which */
const TOKEN = new RegExp(
  [
    /<S id="(p\d+-s\d+)">/.source, // 1: sentence open, its id
    /(<\/S>)/.source, // 2
    /<Term id="([a-z0-9]+(?:-[a-z0-9]+)*)">/.source, // 3: term open, its id
    /(<\/Term>)/.source, // 4
    /(\\[!-/:-@[-`{-~]|&#x[0-9A-F]{1,6};|[^\\`*_[\](){}<>!&#|~\r\n]+)/.source, // 5: text
    /<Time datetime="(\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?)" mark="([a-z0-9]+(?:-[a-z0-9]+)*)">/.source, // 6, 7: date open
    /(<\/Time>)/.source, // 8
  ].join('|'),
  'y',
);

/** A frontmatter value as emit.ts writes it: a plain id, an integer or a JSON string. */
const SCALAR = /(?:[a-z][a-z0-9]*(?:-[a-z0-9]+)*|-?\d+|"(?:[^"\\\u0000-\u001f\u007f-\u009f\u2028\u2029\ufeff\ufffe\uffff]|\\["\\/bfnrt]|\\u[0-9a-fA-F]{4})*")/.source;
/** `key: value`, `key: []`, `key:` then its items `  - value` */
const FRONTMATTER_LINE = new RegExp(`^(?:[A-Za-z]+: (?:${SCALAR}|\\[\\])|[A-Za-z]+:|  - ${SCALAR})$`);

export function verifyMdx(mdx: string): string[] {
  const lines = mdx.split('\n');
  const at = (i: number): string => `generated MDX line ${i + 1}`;
  if (lines[0] !== '---') return [`${at(0)}: the file must start with the frontmatter (---)`];
  const close = lines.indexOf('---', 1);
  if (close < 0) return [`${at(0)}: the frontmatter is not closed (no --- line)`];
  if (lines.at(-1) !== '') return [`${at(lines.length - 1)}: the file must end with a line ending`];

  const issues: string[] = [];
  for (let i = 1; i < close; i++) {
    if (!FRONTMATTER_LINE.test(lines[i]!)) issues.push(`${at(i)}: not a frontmatter line that the build step writes (key: id, number or "JSON string"): ${JSON.stringify(lines[i]!.slice(0, 80))}`);
  }
  // the block being read: its kind and number, and where it is within itself
  type Open =
    | { kind: 'p'; n: number; sentenceLine: boolean }
    | { kind: 'list'; n: number; close: string; inItem: boolean; sentenceLine: boolean; sentences: number }
    | { kind: 'table'; inRow: boolean; cell?: string; cellLine: boolean };
  let open: Open | undefined;
  let lastNumber = 0;
  let previous: 'blank' | 'block' = 'block'; // the frontmatter counts as a block
  const numbered = (n: number, fail: (what: string) => void): void => {
    if (n !== lastNumber + 1) fail(`block p${n} is out of order (expected p${lastNumber + 1})`);
    lastNumber = n;
  };
  for (let i = close + 1; i < lines.length - 1 && issues.length < 20; i++) {
    const line = lines[i]!;
    const fail = (what: string): void => void issues.push(`${at(i)}: ${what}: ${JSON.stringify(line.length > 80 ? `${line.slice(0, 80)}…` : line)}`);
    if (open?.kind === 'p') {
      if (line === '</p>') {
        open = undefined;
        previous = 'block';
      } else if (line.startsWith('  <S ') && !open.sentenceLine) {
        open.sentenceLine = true;
        const problem = checkInline(line, 2, open.n, 0);
        if (problem.error) fail(problem.error);
      } else fail(`inside <p id="p${open.n}">, only one sentence line ("  <S id=…>…</S>") then </p> may follow`);
      continue;
    }
    if (open?.kind === 'list') {
      if (!open.inItem && line === open.close) {
        open = undefined;
        previous = 'block';
      } else if (!open.inItem && line === '  <li>') {
        open.inItem = true;
        open.sentenceLine = false;
      } else if (open.inItem && line === '  </li>') {
        open.inItem = false;
      } else if (open.inItem && !open.sentenceLine && line.startsWith('    <S ')) {
        open.sentenceLine = true;
        const problem = checkInline(line, 4, open.n, open.sentences, true);
        if (problem.error) fail(problem.error);
        open.sentences = problem.sentences;
      } else fail(`inside a list, only "  <li>", one sentence line, "  </li>" and ${open.close} may follow`);
      continue;
    }
    if (open?.kind === 'table') {
      if (!open.inRow && line === '</table>') {
        open = undefined;
        previous = 'block';
      } else if (!open.inRow && line === '  <tr>') open.inRow = true;
      else if (open.inRow && open.cell === undefined && line === '  </tr>') open.inRow = false;
      else if (open.inRow && open.cell === undefined && (line === '    <th scope="col">' || line === '    <td>')) {
        open.cell = line.slice(5, 7);
        open.cellLine = false;
      } else if (open.cell !== undefined && line === `    </${open.cell}>`) open.cell = undefined;
      else if (open.cell !== undefined && !open.cellLine && line.startsWith('      ')) {
        open.cellLine = true;
        const problem = checkCell(line, 6);
        if (problem) fail(problem);
      } else fail('inside a table, only rows, cells and one line of text per cell may follow');
      continue;
    }
    if (line === '') {
      if (previous === 'blank') fail('two blank lines in a row');
      previous = 'blank';
      continue;
    }
    if (previous !== 'blank') fail('a block must follow a blank line');
    previous = 'block';
    const paragraph = /^<p id="p(\d+)"(?: class="(?:standfirst|question)")?>$/.exec(line);
    const list = /^<(ul|ol) id="p(\d+)"(?: start="\d{1,9}")?(?: type="a")?>$/.exec(line);
    if (paragraph) {
      numbered(Number(paragraph[1]), fail);
      open = { kind: 'p', n: Number(paragraph[1]), sentenceLine: false };
    } else if (list && (list[1] === 'ol' || !/ (?:start|type)=/.test(line))) {
      numbered(Number(list[2]), fail);
      open = { kind: 'list', n: Number(list[2]), close: `</${list[1]}>`, inItem: false, sentenceLine: false, sentences: 0 };
    } else if (line === '<table>') {
      open = { kind: 'table', inRow: false, cellLine: false };
    } else if (line.startsWith('## ')) {
      const problem = checkInline(line, 3, 0, 0);
      if (problem.error) fail(problem.error);
    } else {
      fail('not a heading, a paragraph, a list, a table or a blank line (text, code or an element that the build step never writes)');
    }
  }
  if (open) issues.push(`${at(lines.length - 1)}: a ${open.kind === 'p' ? 'paragraph' : open.kind} is not closed`);
  if (previous === 'blank') issues.push(`${at(lines.length - 2)}: a blank line at the end`);
  return issues;
}

/**
 * Reads one line from `from` as tokens; says what is wrong, if anything, and how many
 * sentences the block has had once the line is read. In a heading (`paragraph` 0) only text
 * is allowed; in a sentence line, a run of `<S>` elements whose ids number that block's
 * sentences in order (from `before` + 1), holding text, `<Term>` and `<Time>` elements.
 */
function checkInline(line: string, from: number, paragraph: number, before: number, gaps = false): { error?: string; sentences: number } {
  let inSentence = false;
  let inMark: 'term' | 'time' | undefined;
  let sentences = before;
  let visible = false; // a sentence line needs a visible character, or MDX reads its tags as blocks
  const error = (what: string) => ({ error: what, sentences });
  for (let pos = from; pos < line.length; pos = TOKEN.lastIndex) {
    TOKEN.lastIndex = pos;
    const token = TOKEN.exec(line);
    const column = `column ${pos + 1}`;
    if (!token) {
      const char = line[pos]!;
      return error(char === '<' || char === '{' || char === '}' || char === '>'
        ? `${column}: an unescaped "${char}" (an element or an expression that the build step never writes)`
        : `${column}: an unescaped "${char}" in text`);
    }
    const [, sentenceId, sentenceClose, termId, termClose, text, date, , timeClose] = token;
    if (text !== undefined) {
      if (paragraph > 0 && !inSentence) return error(`${column}: text outside a sentence <S>`);
      visible ||= /[^ \t]/.test(text);
    } else if (paragraph === 0) {
      return error(`${column}: an element in a heading`);
    } else if (sentenceId !== undefined) {
      if (inSentence) return error(`${column}: a sentence <S> inside another`);
      sentences++;
      // in a list, an empty item is left out with its sentence: ids ascend, with gaps
      const number = Number(/-s(\d+)$/.exec(sentenceId)![1]);
      if (gaps && sentenceId.startsWith(`p${paragraph}-s`) && number >= sentences) sentences = number;
      if (sentenceId !== `p${paragraph}-s${sentences}`) return error(`${column}: sentence id "${sentenceId}" where "p${paragraph}-s${sentences}" comes next`);
      inSentence = true;
    } else if (sentenceClose !== undefined) {
      if (!inSentence || inMark) return error(`${column}: </S> without its <S> (or before </Term> or </Time>)`);
      inSentence = false;
    } else if (termId !== undefined || date !== undefined) {
      if (!inSentence || inMark) return error(`${column}: <${termId !== undefined ? 'Term' : 'Time'}> outside a sentence or inside another mark`);
      inMark = termId !== undefined ? 'term' : 'time';
    } else if (termClose !== undefined || timeClose !== undefined) {
      if (inMark !== (termClose !== undefined ? 'term' : 'time')) return error(`${column}: ${termClose ?? timeClose} without its opening`);
      inMark = undefined;
    }
  }
  if (inSentence) return error('a sentence <S> is not closed on its line');
  if (paragraph > 0 && sentences === before) return error('a sentence line without a sentence');
  if (paragraph > 0 && !visible) return error('a sentence line without a visible character (MDX would read its tags as blocks)');
  return { sentences };
}

/** A table cell's line: text only, and a first character that cannot open a block. */
function checkCell(line: string, from: number): string | undefined {
  if (/^[-+=>*_#~|:0-9]/u.test(line.slice(from))) return `column ${from + 1}: a cell that starts with a character that could open a block`;
  for (let pos = from; pos < line.length; pos = TOKEN.lastIndex) {
    TOKEN.lastIndex = pos;
    const token = TOKEN.exec(line);
    if (!token || token[5] === undefined) return `column ${pos + 1}: a cell holds only text`;
  }
  return undefined;
}
