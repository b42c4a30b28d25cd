// Bytes → text (one `\n` per line break). UTF-8 with or without BOM (UTF-16 with a BOM too); bytes that are not
// UTF-8 are read as Windows-1252 (the usual culprit for French text) with a warning;
// empty and binary files cannot be articles.
import { problem, type Problem } from '../lib/errors.ts';
import type { SeedFile } from './read.ts';

export type Decoded =
  | { ok: true; text: string; warnings: string[] }
  | { ok: false; problems: Problem[] };

export function decode(seed: SeedFile): Decoded {
  const { bytes, path } = seed;
  // UTF-16 with its byte-order mark (some Windows editors save so): text, not binary
  const utf16 = bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf-16le' : bytes[0] === 0xfe && bytes[1] === 0xff ? 'utf-16be' : undefined;
  if (utf16) return finish(path, new TextDecoder(utf16).decode(bytes), []);
  if (looksBinary(bytes)) {
    return fail(path, 'this is a binary file, not a text article; remove it from seeds/ or replace it with the article as plain text');
  }
  const warnings: string[] = [];
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    text = new TextDecoder('windows-1252').decode(bytes);
    warnings.push(`${path}: not valid UTF-8, read as Windows-1252; check the accents, then save the file as UTF-8`);
  }
  return finish(path, text, warnings);
}

/** One line break style (`\n`), no BOM; blank text is no article. */
function finish(path: string, decoded: string, warnings: string[]): Decoded {
  const text = decoded.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  if (text.trim() === '') {
    return fail(path, 'the file is empty; add the article text or remove the file from seeds/');
  }
  return { ok: true, text, warnings };
}

/** NUL bytes, or many control characters other than tab/CR/LF/FF, mean "not text". */
function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 8192);
  let control = 0;
  for (const byte of sample) {
    if (byte === 0) return true;
    if (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d && byte !== 0x0c) control++;
  }
  return sample.length > 0 && control / sample.length > 0.1;
}

function fail(path: string, message: string): Decoded {
  return { ok: false, problems: [problem(path, undefined, message)] };
}
