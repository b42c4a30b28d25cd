// A page's HTML source, or a feed's item, saved as the article's text → the text the page shows,
// line for line. An editor who saves "the source" of a page, or copies an item out of a feed,
// gives markup the layout reader would take for one long line of chrome: here each block the
// page shows (a heading, a paragraph, a list item, a cell) becomes a line of text, written on the
// line of the file where it starts, so that what the build says of a line (`--explain`, the
// warnings) points at the line the editor sees in their file. Blocks that start on one line take
// the lines after it.
//
// The markup is data: nothing in it runs. The contents of scripts, styles, forms' controls and
// the page's <head> (but for its <title>) are no text of the page and are set aside; attributes
// are ignored. Entities become their characters (htmlparser2 decodes them).
//
// A feed's item ("<title>", "<link>", "<pubDate>", "<dc:creator>") is written as the fields an
// editor's notes write ("Titre : …", "URL : …", "Date : …", "Auteur : …"), which the header reads.
import { Parser } from 'htmlparser2';

/** Elements that start a line of their own. */
const BLOCKS = new Set(
  `address article aside blockquote body caption dd details dialog div dl dt fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6
  header hgroup hr html li main nav ol p pre section summary table tbody tfoot thead title tr ul
  item channel entry feed description content:encoded`.split(/\s+/),
);
/** Blocks whose text is one paragraph, however many lines of the file it takes. */
const LEAVES = new Set('address blockquote caption dd description dt figcaption h1 h2 h3 h4 h5 h6 li p summary td th title content:encoded'.split(' '));
/** Elements whose content is no text the page shows. */
const HIDDEN = new Set(['script', 'style', 'noscript', 'template', 'svg', 'math', 'iframe', 'object', 'canvas', 'select', 'textarea', 'button', 'head']);
/** A feed item's fields, as the header's fields name them. */
const FEED_FIELDS: Record<string, string> = {
  title: 'Titre',
  link: 'URL',
  pubdate: 'Date',
  'dc:date': 'Date',
  published: 'Date',
  updated: 'Mis à jour',
  'dc:creator': 'Auteur',
  author: 'Auteur',
};

/** Tags of HTML (or of a feed) at the start of a line. */
const TAG_LINE = /^\s*<\/?(?:[a-z][a-z0-9]*:)?[a-z][a-z0-9]*(?:\s[^>]*)?\/?>/iu;
const KNOWN_TAG = /<\/?(?:p|div|h[1-6]|article|section|br|li|ul|ol|span|a|strong|em|b|i|blockquote|figure|figcaption|header|footer|nav|main|aside|table|tr|td|th|title|link|pubdate|item|description|dc:creator|meta|html|body|head|script|style|time|img)(?=[\s/>])/iu;

/** Lines, at least, whose start is a tag; and their share of the lines that hold text. */
const TAG_LINES = 3;
const TAG_SHARE = 0.3;

/**
 * A text that is markup rather than prose: three lines at least, and three in ten of those with
 * text, begin with a tag of HTML or of a feed; or the text is one line (a page's source saved
 * without its line breaks) with ten such tags. A text that quotes "<p>" once is prose.
 */
export function looksLikeMarkup(text: string): boolean {
  if (!text.includes('<')) return false;
  const lines = text.split('\n').filter((line) => line.trim() !== '');
  const tagged = lines.filter((line) => TAG_LINE.test(line.replace(LINE_BULLET, '')) && KNOWN_TAG.test(line)).length;
  if (tagged >= TAG_LINES && tagged >= lines.length * TAG_SHARE) return true;
  // a page's source saved on a few long lines: tags of HTML all through it
  const tags = [...text.matchAll(ANY_TAG)];
  return tags.filter((tag) => KNOWN_TAG.test(tag[0])).length >= MANY_TAGS && tags.reduce((sum, tag) => sum + tag[0].length, 0) >= text.length * TAG_CHARACTERS;
}

/**
 * A field a CMS filled holds HTML as soon as one tag of HTML stands in it (an excerpt's
 * "<p>…</p>"): the field is data the CMS wrote, not prose that quotes a tag.
 */
export function holdsTags(text: string): boolean {
  return [...text.matchAll(ANY_TAG)].some((tag) => KNOWN_TAG.test(tag[0]));
}

/** A bullet a copy may have put before every line. */
const LINE_BULLET = /^[\s\-•*–·▪►]+/u;
const ANY_TAG = /<\/?[a-z][a-z0-9:]*(?:\s[^<>]*)?\/?>/giu;
/** Tags of HTML, at least, in a text of few lines; and the share of its characters they make. */
const MANY_TAGS = 10;
const TAG_CHARACTERS = 0.08;

export interface FromMarkup {
  text: string;
  /** lines of the file that held text of the page */
  lines: number;
  /** the text is a feed's item: its fields were written as fields */
  feed: boolean;
}

/** The text `markup` shows, each block on the line where it starts in the file (or the next free one). */
export function fromMarkup(markup: string): FromMarkup {
  const lineStarts = [0];
  for (let i = markup.indexOf('\n'); i !== -1; i = markup.indexOf('\n', i + 1)) lineStarts.push(i + 1);
  const lineAt = (offset: number): number => {
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (lineStarts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };

  const out: string[] = [];
  const feed = /<(?:item|entry|rss|feed|channel|pubDate|dc:creator)[\s>]/iu.test(markup);
  let current = '';
  let currentLine = 0;
  let prefix = '';
  let hidden = 0;
  let inHead = false;
  /** inside <head>, its <title> is text of the page all the same */
  let inHeadTitle = false;
  const lists: Array<{ ordered: boolean; count: number }> = [];
  /** the blocks open, innermost last */
  const open: string[] = [];

  const flush = (): void => {
    const text = current.replace(/[ \t]+/gu, ' ').trim();
    current = '';
    // between blocks, what holds no word ("- " before a tag, "|" between links) is no text
    if (text !== '' && ((open.length > 0 && LEAVES.has(open.at(-1)!)) || /[\p{L}\p{N}]/u.test(text))) {
      const line = Math.max(currentLine, out.length);
      while (out.length < line) out.push('');
      out[line] = prefix + text;
    }
    prefix = '';
  };
  const start = (offset: number, label = ''): void => {
    flush();
    currentLine = lineAt(offset);
    prefix = label;
  };

  const parser = new Parser(
    {
      onopentag(name) {
        const tag = name.toLowerCase();
        if (tag === 'title' && inHead && hidden === 1) {
          inHeadTitle = true;
          start(parser.startIndex, feed ? 'Titre : ' : '');
          return;
        }
        if (HIDDEN.has(tag)) {
          if (tag === 'head') inHead = true;
          hidden++;
          return;
        }
        if (hidden > 0) return;
        if (tag === 'br') {
          // a line break inside a block: the block goes on on the next line
          const line = currentLine;
          flush();
          currentLine = Math.max(line + 1, lineAt(parser.startIndex));
        } else if (feed && tag in FEED_FIELDS) {
          start(parser.startIndex, `${FEED_FIELDS[tag]} : `);
        } else if (tag === 'td' || tag === 'th') {
          // a cell beside the one before it: the row is one line, its cells apart
          if (current.trim() !== '') current += ' | ';
        } else if (BLOCKS.has(tag)) {
          if (tag === 'ul' || tag === 'ol') lists.push({ ordered: tag === 'ol', count: 0 });
          const list = lists.at(-1);
          start(parser.startIndex, tag === 'li' ? (list?.ordered ? `${++list.count}. ` : '- ') : '');
          if (tag !== 'hr') open.push(tag);
        }
      },
      ontext(text) {
        if (hidden > 0 && !inHeadTitle) return;
        const at = parser.startIndex;
        // text in no paragraph of its own (around a feed's fields, in <pre>): its lines are the file's
        const lined = !inHeadTitle && (open.length === 0 || !LEAVES.has(open.at(-1)!) || open.includes('pre'));
        let offset = 0;
        for (const [k, piece] of text.split('\n').entries()) {
          if (k > 0 && lined) {
            flush();
            currentLine = lineAt(at + offset);
          }
          if (k > 0 && !lined) current += ' ';
          if (current.trim() === '' && piece.trim() !== '') currentLine = Math.max(currentLine, lineAt(at + offset + piece.length - piece.trimStart().length));
          current += piece.replace(/[ \t\r\f]+/gu, ' ');
          offset += piece.length + 1;
        }
      },
      onclosetag(name) {
        const tag = name.toLowerCase();
        if (inHeadTitle && tag === 'title') {
          inHeadTitle = false;
          flush();
          return;
        }
        if (HIDDEN.has(tag)) {
          if (tag === 'head') inHead = false;
          hidden = Math.max(0, hidden - 1);
          return;
        }
        if (hidden > 0) return;
        if (BLOCKS.has(tag) || (feed && tag in FEED_FIELDS)) flush();
        if (tag === 'ul' || tag === 'ol') lists.pop();
        const k = open.lastIndexOf(tag);
        if (k !== -1) open.length = k;
      },
    },
    // a feed is XML: its <link> holds the address, where HTML's is an empty element
    { decodeEntities: true, xmlMode: feed, recognizeSelfClosing: true },
  );
  parser.write(markup);
  parser.end();
  flush();
  const text = out.join('\n');
  return { text, lines: out.filter((line) => line.trim() !== '').length, feed };
}
