// CSV as RFC 4180 says it: fields separated by commas, records ended by CRLF, a field quoted
// when it holds a comma, a double quote, a CR or an LF (and its double quotes doubled). The
// writer quotes only what needs it; the reader is strict, so the tests catch a writer that
// strays (an unquoted quote, a stray character after a closing quote, a missing field).

export type CsvValue = string | number | boolean | null | undefined;

/** One field, quoted when it must be. `null` and `undefined` are the empty field. */
export function csvField(value: CsvValue): string {
  const text = value === null || value === undefined ? '' : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A header line and one line per row, each ended by CRLF (the last one too, as RFC 4180 allows). */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvValue[])[]): string {
  const line = (fields: readonly CsvValue[]): string => `${fields.map(csvField).join(',')}\r\n`;
  for (const [index, row] of rows.entries()) {
    if (row.length !== header.length) throw new Error(`CSV row ${index + 1} has ${row.length} fields, the header ${header.length}`);
  }
  return [header, ...rows].map(line).join('');
}

/** Records of an RFC 4180 text (CRLF line ends; a bare LF is accepted outside quotes too). */
export function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let i = 0;
  const endField = (): void => {
    record.push(field);
    field = '';
  };
  const endRecord = (): void => {
    endField();
    records.push(record);
    record = [];
  };
  while (i < text.length) {
    const c = text[i]!;
    if (c === '"' && field === '') {
      // a quoted field: up to the next lone quote
      i += 1;
      for (;;) {
        if (i >= text.length) throw new Error(`CSV: quoted field not closed (record ${records.length + 1})`);
        if (text[i] === '"') {
          if (text[i + 1] === '"') {
            field += '"';
            i += 2;
            continue;
          }
          i += 1;
          break;
        }
        field += text[i];
        i += 1;
      }
      const next = text[i];
      if (next !== undefined && next !== ',' && next !== '\r' && next !== '\n') {
        throw new Error(`CSV: unexpected "${next}" after a closing quote (record ${records.length + 1})`);
      }
      if (next === undefined) {
        endRecord();
        break;
      }
      // the field delimiter or line end is handled below, without a quoted-field marker
      if (next === ',') {
        endField();
        i += 1;
        if (i === text.length) endRecord();
        continue;
      }
    }
    const d = text[i]!;
    if (d === ',') {
      endField();
      i += 1;
      if (i === text.length) endRecord();
    } else if (d === '\r' || d === '\n') {
      if (d === '\r' && text[i + 1] !== '\n') throw new Error(`CSV: a CR without its LF (record ${records.length + 1})`);
      endRecord();
      i += d === '\r' ? 2 : 1;
    } else if (d === '"') {
      throw new Error(`CSV: a double quote inside an unquoted field (record ${records.length + 1})`);
    } else {
      field += d;
      i += 1;
      if (i === text.length) endRecord();
    }
  }
  const width = records[0]?.length;
  records.forEach((r, index) => {
    if (r.length !== width) throw new Error(`CSV: record ${index + 1} has ${r.length} fields, the first ${width}`);
  });
  return records;
}

/** The records as objects keyed by the header's names. */
export function parseCsvObjects(text: string): Record<string, string>[] {
  const [header, ...rows] = parseCsv(text);
  if (!header) return [];
  return rows.map((row) => Object.fromEntries(header.map((name, i) => [name, row[i]!])));
}
