// Generated MDX → the list of what breaks its grammar (empty when the file is sound). The
// belt-and-braces check that runs on every generated page: it accepts exactly the layout
// that ./emit.ts writes, line by line, and nothing else, so that a bug in the writer cannot
// ship code, an expression or a foreign element to the site. (A full MDX re-parse did the
// same job at under 1 MB/s; the unit tests keep it as the oracle that this grammar is safe.)
//
// Accepted: the frontmatter, `---` … `---`, each line `key: value`, `key: []`, `key:` or
// `  - value`, a value being a plain id, an integer or a JSON string (emit.ts: frontmatterYaml);
// then:
//   blank lines (exactly one between blocks, none at the end but the final line ending)
//   `## ` TEXT                                   a heading
//   `<p id="pN">`                                opens a paragraph (ids ascend from p1)
//   `  ` one or more `<S id="pN-sM">` INLINE* `</S>`   its one sentence line (M = 1, 2, …),
//                                                with at least one character that is not a space
//   `</p>`                                       closes it
// INLINE is TEXT or `<Term id="plain-id">` TEXT `</Term>`; TEXT is any character but line
// endings and the syntax characters of emit.ts (TEXT_SYNTAX), which must be backslash-escaped,
// plus numeric character references `&#xHEX;` (the writer keeps a heading's edge spaces so).

/** one token of a line; the groups say which */
const TOKEN = new RegExp(
  [
    /<S id="(p\d+-s\d+)">/.source, // 1: sentence open, its id
    /(<\/S>)/.source, // 2
    /<Term id="([a-z0-9]+(?:-[a-z0-9]+)*)">/.source, // 3: term open, its id
    /(<\/Term>)/.source, // 4
    /(\\[!-/:-@[-`{-~]|&#x[0-9A-F]{1,6};|[^\\`*_[\](){}<>!&#|~\r\n]+)/.source, // 5: text
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
  let paragraph = 0; // the open paragraph's number, 0 when none is open
  let lastParagraph = 0;
  let sentenceLine = false; // the open paragraph has its sentence line
  let previous: 'blank' | 'block' | 'open' = 'block'; // the frontmatter counts as a block
  for (let i = close + 1; i < lines.length - 1 && issues.length < 20; i++) {
    const line = lines[i]!;
    const fail = (what: string): void => void issues.push(`${at(i)}: ${what}: ${JSON.stringify(line.length > 80 ? `${line.slice(0, 80)}…` : line)}`);
    if (paragraph > 0) {
      if (line === '</p>') {
        paragraph = 0;
        previous = 'block';
      } else if (line.startsWith('  <S ') && !sentenceLine) {
        sentenceLine = true;
        const problem = checkInline(line, 2, paragraph);
        if (problem) fail(problem);
      } else {
        fail(`inside <p id="p${paragraph}">, only one sentence line ("  <S id=…>…</S>") then </p> may follow`);
      }
      continue;
    }
    if (line === '') {
      if (previous === 'blank') fail('two blank lines in a row');
      previous = 'blank';
      continue;
    }
    if (previous !== 'blank') fail('a block must follow a blank line');
    const open = /^<p id="p(\d+)">$/.exec(line);
    if (open) {
      paragraph = Number(open[1]);
      if (paragraph !== lastParagraph + 1) fail(`paragraph p${paragraph} is out of order (expected p${lastParagraph + 1})`);
      lastParagraph = paragraph;
      sentenceLine = false;
      previous = 'open';
    } else if (line.startsWith('## ')) {
      const problem = checkInline(line, 3, 0);
      if (problem) fail(problem);
      previous = 'block';
    } else {
      fail('not a heading, a <p id="pN"> or a blank line (text, code or an element that the build step never writes)');
      previous = 'block';
    }
  }
  if (paragraph > 0) issues.push(`${at(lines.length - 1)}: <p id="p${paragraph}"> is not closed`);
  if (previous === 'blank') issues.push(`${at(lines.length - 2)}: a blank line at the end`);
  return issues;
}

/**
 * Reads one line from `from` as tokens; returns what is wrong, or undefined. In a heading
 * (`paragraph` 0) only text is allowed; in a sentence line, a run of `<S>` elements whose
 * ids number that paragraph's sentences in order, holding text and `<Term>` elements.
 */
function checkInline(line: string, from: number, paragraph: number): string | undefined {
  let inSentence = false;
  let inTerm = false;
  let sentences = 0;
  let visible = false; // a sentence line needs a visible character, or MDX reads its tags as blocks
  for (let pos = from; pos < line.length; pos = TOKEN.lastIndex) {
    TOKEN.lastIndex = pos;
    const token = TOKEN.exec(line);
    const column = `column ${pos + 1}`;
    if (!token) {
      const char = line[pos]!;
      return char === '<' || char === '{' || char === '}' || char === '>'
        ? `${column}: an unescaped "${char}" (an element or an expression that the build step never writes)`
        : `${column}: an unescaped "${char}" in text`;
    }
    const [, sentenceId, sentenceClose, termId, termClose, text] = token;
    if (text !== undefined) {
      if (paragraph > 0 && !inSentence) return `${column}: text outside a sentence <S>`;
      visible ||= /[^ \t]/.test(text);
    } else if (paragraph === 0) {
      return `${column}: an element in a heading`;
    } else if (sentenceId !== undefined) {
      if (inSentence) return `${column}: a sentence <S> inside another`;
      sentences++;
      if (sentenceId !== `p${paragraph}-s${sentences}`) return `${column}: sentence id "${sentenceId}" where "p${paragraph}-s${sentences}" comes next`;
      inSentence = true;
    } else if (sentenceClose !== undefined) {
      if (!inSentence || inTerm) return `${column}: </S> without its <S> (or before </Term>)`;
      inSentence = false;
    } else if (termId !== undefined) {
      if (!inSentence || inTerm) return `${column}: <Term> outside a sentence or inside another term`;
      inTerm = true;
    } else if (termClose !== undefined) {
      if (!inTerm) return `${column}: </Term> without its <Term>`;
      inTerm = false;
    }
  }
  if (inSentence) return 'a sentence <S> is not closed on its line';
  if (paragraph > 0 && sentences === 0) return 'a sentence line without a sentence';
  if (paragraph > 0 && !visible) return 'a sentence line without a visible character (MDX would read its tags as blocks)';
  return undefined;
}
