// The CSV writer and reader (src/opendata/csv.ts) against RFC 4180: quoting, doubled
// quotes, CRLF, line breaks inside a field, and a strict reader that refuses what the
// RFC does not allow.
import { describe, expect, test } from 'vitest';
import { csvField, parseCsv, parseCsvObjects, toCsv } from '../../../src/opendata/csv.ts';

const tricky = [
  'plain',
  'a, comma',
  'a "quoted" word',
  '"starts and ends with quotes"',
  'two\nlines',
  'CR LF\r\ninside',
  'semi; colons; only',
  'Économie, État, « guillemets » et l’apostrophe',
  '  spaces kept  ',
  '',
  'emoji 🇪🇺 and 中文',
  ',',
  '"',
  '""',
];

describe('csvField', () => {
  test('quotes only what must be quoted, doubling quotes', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('semi; colon')).toBe('semi; colon');
    expect(csvField('Économie')).toBe('Économie');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('a\nb')).toBe('"a\nb"');
    expect(csvField('a\rb')).toBe('"a\rb"');
    expect(csvField(null)).toBe('');
    expect(csvField(undefined)).toBe('');
    expect(csvField(3)).toBe('3');
  });
});

describe('toCsv', () => {
  test('a header, then one CRLF-ended record per row', () => {
    expect(toCsv(['id', 'texte'], [['a', 'x, y'], ['b', 'il dit "non"']])).toBe('id,texte\r\na,"x, y"\r\nb,"il dit ""non"""\r\n');
  });

  test('refuses a row of another width than the header', () => {
    expect(() => toCsv(['a', 'b'], [['1']])).toThrow(/row 1 has 1 fields, the header 2/);
  });

  test('every tricky value reads back as written', () => {
    const rows = tricky.map((value, i) => [String(i), value, `${value}|${i}`]);
    const text = toCsv(['n', 'valeur', 'autre'], rows);
    expect(parseCsv(text)).toEqual([['n', 'valeur', 'autre'], ...rows]);
    // records end with CRLF; a bare LF or CR only ever appears inside a quoted field
    const outside = text.replace(/"(?:[^"]|"")*"/g, '');
    expect(outside.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    expect(text.endsWith('\r\n')).toBe(true);
  });
});

describe('parseCsv', () => {
  test('reads the RFC 4180 forms', () => {
    expect(parseCsv('a,"b,c","d""e"\r\n1,"line\r\nbreak",\r\n')).toEqual([
      ['a', 'b,c', 'd"e'],
      ['1', 'line\r\nbreak', ''],
    ]);
    expect(parseCsv('x,y\r\n1,2')).toEqual([['x', 'y'], ['1', '2']]);
    expect(parseCsv('"",""\r\n')).toEqual([['', '']]);
  });

  test('refuses what the RFC does not allow', () => {
    expect(() => parseCsv('a,"b\r\n')).toThrow(/not closed/);
    expect(() => parseCsv('a,"b"c\r\n')).toThrow(/after a closing quote/);
    expect(() => parseCsv('a,b"c\r\n')).toThrow(/inside an unquoted field/);
    expect(() => parseCsv('a,b\rc,d\r\n')).toThrow(/CR without its LF/);
    expect(() => parseCsv('a,b\r\n1\r\n')).toThrow(/record 2 has 1 fields/);
  });

  test('parseCsvObjects keys each record by the header', () => {
    expect(parseCsvObjects('id,nom\r\nfr,"France, État"\r\n')).toEqual([{ id: 'fr', nom: 'France, État' }]);
  });
});
