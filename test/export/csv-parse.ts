/** A strict RFC 4180 reader for the tests: quoted fields, doubled quotes, line breaks inside quotes. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let i = 0;
  let quoted = false;
  let any = false;
  while (i < text.length) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
        i++;
        continue;
      }
      field += ch;
      i++;
      continue;
    }
    if (ch === '"') {
      if (field !== '') throw new Error(`Quote inside an unquoted field at ${i}`);
      quoted = true;
      any = true;
      i++;
    } else if (ch === ',') {
      row.push(field);
      field = '';
      any = true;
      i++;
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      any = false;
      i++;
    } else {
      field += ch;
      any = true;
      i++;
    }
  }
  if (quoted) throw new Error('Unterminated quoted field');
  if (any || field !== '') {
    row.push(field);
    rows.push(row);
  }
  return rows;
}
