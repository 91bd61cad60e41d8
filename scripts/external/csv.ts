/**
 * A small RFC 4180 CSV reader: comma-separated, fields optionally in double quotes, a doubled
 * quote inside a quoted field is a literal quote, quoted fields may hold commas and line breaks.
 * Malformed input (an unclosed quote, text straight after a closing quote, a quote inside an
 * unquoted field) throws with the line and column, rather than guessing what was meant.
 */
import { readFileSync } from "node:fs";

export class CsvError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "CsvError";
  }
}

export function parseCsv(text: string, label = "csv"): string[][] {
  const src = text.startsWith("\uFEFF") ? text.slice(1) : text;
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let line = 1;
  let col = 1;
  let i = 0;
  let quoted = false;
  const where = () => `${label}: line ${line}, column ${col}`;
  const endField = () => {
    row.push(field);
    field = "";
    quoted = false;
  };
  const endRow = () => {
    endField();
    rows.push(row);
    row = [];
  };

  while (i < src.length) {
    const ch = src[i];
    if (ch === '"') {
      if (field !== "" || quoted) {
        throw new CsvError(`${where()}: a quote inside an unquoted field`);
      }
      const startLine = line;
      i++;
      col++;
      for (;;) {
        if (i >= src.length) {
          throw new CsvError(`${label}: line ${startLine}: a quoted field is never closed`);
        }
        const c = src[i];
        if (c === '"') {
          if (src[i + 1] === '"') {
            field += '"';
            i += 2;
            col += 2;
            continue;
          }
          i++;
          col++;
          break;
        }
        if (c === "\n") {
          line++;
          col = 0;
        }
        field += c;
        i++;
        col++;
      }
      const next = src[i];
      if (next !== undefined && next !== "," && next !== "\n" && next !== "\r") {
        throw new CsvError(`${where()}: unexpected text after a closing quote`);
      }
      // An empty quoted field ("") is still a field, even as the last thing in the file.
      quoted = true;
      continue;
    }
    if (ch === ",") {
      endField();
      i++;
      col++;
    } else if (ch === "\r" || ch === "\n") {
      endRow();
      i += ch === "\r" && src[i + 1] === "\n" ? 2 : 1;
      line++;
      col = 1;
    } else {
      field += ch;
      i++;
      col++;
    }
  }
  // A last line without a trailing newline still ends a row.
  if (field !== "" || quoted || row.length > 0) endRow();
  return rows;
}

export function readCsv(path: string): string[][] {
  return parseCsv(readFileSync(path, "utf8"), path);
}
