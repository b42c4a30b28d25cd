// Bytes → text (one `\n` per line break), by the evidence the bytes give:
//   - a byte-order mark says UTF-8 or UTF-16;
//   - a file whose multi-byte sequences are UTF-8 but for a few bad ones is UTF-8: each bad
//     sequence becomes U+FFFD and is reported with its line (one stray byte must not turn a
//     whole article into mojibake);
//   - a file with no UTF-8 multi-byte sequence, or more bad ones than good, reads as
//     Windows-1252 as a whole (the usual encoding of French text that is not UTF-8), with a
//     warning;
//   - accents are composed (NFC) and a PDF's ligatures written as their letters: the same text,
//     whichever way it was saved, spelt as the glossary, the dates and the search spell it;
//   - a page's HTML source, or a feed's item, saved as the text: the text the page shows, each
//     block (heading, paragraph, list item, table row) on the line of the file where it starts,
//     scripts, styles and the page's <head> but its <title> set aside (./html.ts), with a warning;
//   - an article exported as JSON (an object with a "body", "content" or "text" field): its text,
//     under its title, date, author and source written as a front matter (./json-export.ts);
//   - HTML entities, where a copy from a page's source left them for its accents and quotation
//     marks ("L&#8217;Europe", "publi&eacute;"), become the characters they stand for, with a
//     warning: the text the page showed (a text that only quotes "&amp;" keeps it);
//   - control characters (NUL and the other C0 and C1 controls but tab, line breaks and form
//     feed) are removed wherever they stand, each line reported; a file made mostly of them is
//     binary, and refused, as an empty file is.
import { decodeHTMLStrict } from 'entities';
import { problem, type Problem } from '../lib/errors.ts';
import { fromMarkup, holdsTags, looksLikeMarkup } from './html.ts';
import { fromJsonExport } from './json-export.ts';
import type { SeedFile } from './read.ts';

export type Decoded =
  | { ok: true; text: string; warnings: string[] }
  | { ok: false; problems: Problem[] };

/** More control bytes than this share of the file: not text. */
const BINARY_SHARE = 0.05;
/** Lines listed in one warning, at most (the count says the rest). */
const LISTED = 8;

export function decode(seed: SeedFile): Decoded {
  const { bytes, path } = seed;
  // UTF-16 with its byte-order mark (some Windows editors save so): text, not binary
  const utf16 = bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf-16le' : bytes[0] === 0xfe && bytes[1] === 0xff ? 'utf-16be' : undefined;
  if (utf16) return finish(path, new TextDecoder(utf16).decode(bytes), []);
  if (controlShare(bytes) > BINARY_SHARE) {
    return fail(path, 'this is a binary file, not a text article; remove it from seeds/ or replace it with the article as plain text');
  }
  const warnings: string[] = [];
  const { valid, bad } = scanUtf8(bytes);
  let text: string;
  if (bad.length === 0) {
    text = new TextDecoder('utf-8', { ignoreBOM: false }).decode(bytes);
  } else if (valid > bad.length) {
    // UTF-8 but for a few bad sequences: those, and only those, are replaced
    text = new TextDecoder('utf-8', { ignoreBOM: false }).decode(bytes);
    const lines = linesAt(bytes, bad);
    warnings.push(`${path}:${lines[0]}: ${bad.length} byte sequence${bad.length > 1 ? 's' : ''} that UTF-8 cannot read, shown as « � » ${linesOf(lines)}; check the text there, then save the file as UTF-8`);
  } else {
    text = new TextDecoder('windows-1252').decode(bytes);
    warnings.push(`${path}: not valid UTF-8, read as Windows-1252; check the accents, then save the file as UTF-8`);
  }
  return finish(path, text, warnings);
}

/** One line break style (`\n`), no BOM, no control character; blank text is no article. */
function finish(path: string, decoded: string, warnings: string[]): Decoded {
  // composed accents (NFC): "é" one character, as the glossary, the dates and the search spell
  // it, whichever way the file was saved; a PDF's ligatures ("ﬁ") as their letters
  let text = decoded.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  // an article exported as JSON by a CMS or an API: its fields as a front matter, then its text
  // (the HTML a CMS keeps its text in read as the text it shows)
  const exported = fromJsonExport(text, (body) => (holdsTags(body) ? fromMarkup(body).text : body));
  if (exported) {
    warnings.push(`${path}: read as a JSON export: the text of its « ${exported.body} » field, with the fields the header reads (title, date, author, source) above it; the lines the build names are those \`--explain\` shows`);
    text = exported.text;
  }
  // a page's source saved whole, or a feed's item: the text it shows, each block on its line
  const markup = !exported && looksLikeMarkup(text);
  if (markup) {
    const shown = fromMarkup(text);
    const first = text.split('\n').findIndex((line) => line.includes('<')) + 1;
    const where = text.includes('\n') ? 'each on the line where it starts in the file' : 'one a line (the file has no line breaks: the lines the build names are those `--explain` shows)';
    warnings.push(`${path}:${first}: read as ${shown.feed ? "a feed's item" : "a page's HTML source"}: its tags, scripts and styles set aside, the text of its ${shown.lines} block${shown.lines > 1 ? 's' : ''} kept, ${where}`);
    text = shown.text;
  }
  // entities first: what they stand for is read as the rest is (line breaks, invisible and control characters)
  const entities = markup ? [] : [...text.matchAll(ENTITY)];
  // the sign of a copy from a page's source: entities for the accents and the punctuation a
  // French text writes as they are (two at least); a text that quotes "&amp;" keeps it as written
  if (entities.filter((m) => /[^\x00-\x7F]/u.test(decodeHTMLStrict(m[0]))).length >= SOURCE_ENTITIES) {
    const unescaped = decodeHTMLStrict(text);
    if (unescaped !== text) {
      const examples = [...new Set(entities.map((m) => m[0]))].slice(0, 3).map((e) => `« ${e} »`).join(', ');
      warnings.push(`${path}:${lineOf(text, entities[0]!.index)}: ${entities.length} HTML entit${entities.length > 1 ? 'ies' : 'y'} (${examples}) read as the characters they stand for; the text was copied from a page's source`);
      text = unescaped;
    }
  }
  // line breaks again: an entity may have stood for one ("&#13;")
  text = text.replace(/\r\n?/g, '\n').replace(INVISIBLE, '').normalize('NFC').replace(LIGATURE, (ligature) => ligature.normalize('NFKC'));
  const controls = [...text.matchAll(CONTROL)].map((m) => m.index);
  if (controls.length > 0) {
    const lines: number[] = [];
    let line = 1;
    let at = 0;
    for (const offset of controls) {
      for (; at < offset; at++) if (text[at] === '\n') line++;
      lines.push(line);
    }
    text = text.replace(CONTROL, '');
    warnings.push(`${path}:${lines[0]}: ${controls.length} control character${controls.length > 1 ? 's' : ''} (NUL and the like, invisible, no part of a text) removed ${linesOf(lines)}`);
  }
  if (text.trim() === '') {
    return fail(path, 'the file is empty; add the article text or remove the file from seeds/');
  }
  return { ok: true, text, warnings };
}

/** Entities for characters beyond ASCII that make a text a copy of a page's source. */
const SOURCE_ENTITIES = 2;

/** A named or numbered HTML entity with its semicolon: "&eacute;", "&#8217;", "&#x2019;". */
const ENTITY = /&(?:[a-zA-Z][a-zA-Z0-9]{1,31}|#\d{1,7}|#[xX][\da-fA-F]{1,6});/g;

function lineOf(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (text[i] === '\n') line++;
  return line;
}

/**
 * What a copy from a web page leaves inside words and nobody sees: soft hyphens (where the page
 * may cut a word), zero-width spaces, word joiners, a byte-order mark past the start. Each one
 * would split a word for the glossary, the actors and the search ("Gaia\u200B-X"); removed
 * without a warning, as they are no part of the text. A soft hyphen at a line's end stays, for
 * the layout reader to join the word cut there; the joiners that draw (in emoji, U+200D) stay.
 */
const INVISIBLE = /[\u200B\u2060\uFEFF\u180E]|\u00AD(?![ \t]*\n)/g;

/** The Latin ligatures of a PDF copy: ﬀ ﬁ ﬂ ﬃ ﬄ ﬅ ﬆ. Only these: NFKC on the whole text would also
 *  turn "m²" into "m2" and the non-breaking spaces of French typography into spaces. */
const LIGATURE = /[\uFB00-\uFB06]/g;

/** C0 controls but tab, line feed, carriage return and form feed; DEL; the C1 controls. */
const CONTROL = /[\u0000-\u0008\u000b\u000e-\u001f\u007f-\u009f]/g;

/** The share of control bytes in the whole file (a NUL anywhere counts, not only at the start). */
function controlShare(bytes: Uint8Array): number {
  let control = 0;
  for (let i = 0; i < bytes.length; i++) {
    const byte = bytes[i]!;
    if (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d && byte !== 0x0c) control++;
  }
  return bytes.length ? control / bytes.length : 0;
}

/** How many well-formed multi-byte UTF-8 sequences the bytes hold, and where each bad one starts. */
export function scanUtf8(bytes: Uint8Array): { valid: number; bad: number[] } {
  let valid = 0;
  const bad: number[] = [];
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    const length = b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    let ok = length > 0 && i + length <= bytes.length;
    for (let k = 1; ok && k < length; k++) ok = (bytes[i + k]! & 0xc0) === 0x80;
    // no overlong forms, no surrogates, nothing past U+10FFFF
    if (ok && length === 3) ok = !(b === 0xe0 && bytes[i + 1]! < 0xa0) && !(b === 0xed && bytes[i + 1]! >= 0xa0);
    if (ok && length === 4) ok = !(b === 0xf0 && bytes[i + 1]! < 0x90) && !(b === 0xf4 && bytes[i + 1]! >= 0x90);
    if (ok) {
      valid++;
      i += length;
    } else {
      bad.push(i);
      i++;
      // the rest of a broken sequence is part of the same bad sequence
      while (i < bytes.length && (bytes[i]! & 0xc0) === 0x80) i++;
    }
  }
  return { valid, bad };
}

/** The 1-based line of each offset (ascending), in one pass over the bytes. */
function linesAt(bytes: Uint8Array, offsets: number[]): number[] {
  const lines: number[] = [];
  let line = 1;
  let i = 0;
  for (const offset of offsets) {
    for (; i < offset; i++) if (bytes[i] === 0x0a) line++;
    lines.push(line);
  }
  return lines;
}

/** "at line 3", "at lines 3, 7 and 12", "at lines 3, 7, … (and 40 more)" */
function linesOf(lines: number[]): string {
  const unique = [...new Set(lines)];
  if (unique.length === 1) return `at line ${unique[0]}`;
  const shown = unique.slice(0, LISTED);
  const rest = unique.length - shown.length;
  return rest > 0 ? `at lines ${shown.join(', ')} (and ${rest} more)` : `at lines ${shown.slice(0, -1).join(', ')} and ${shown.at(-1)}`;
}

function fail(path: string, message: string): Decoded {
  return { ok: false, problems: [problem(path, undefined, message)] };
}
