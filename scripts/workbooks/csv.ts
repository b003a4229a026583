import { readFileSync } from "fs";
import { join } from "path";

/** Folder of the dissertation's tables as CSV (see data/README.md). */
export const DATA_DIR = join(__dirname, "..", "..", "data");

/**
 * Reads one CSV of data/ (UTF-8, comma-separated, one header row, RFC 4180
 * quoting) into one record per row, keyed by the header. Cells stay text so
 * that markers (`-`, `x`) and the printed precision survive.
 *
 * @example readCsv("table15_innovation_activity_2020.csv")[0].unit_id // "ekr"
 */
export function readCsv(file: string): Record<string, string>[] {
  const rows = parseCsv(readFileSync(join(DATA_DIR, file), "utf8"));
  const [header, ...body] = rows;
  return body
    .filter((row) => row.length > 1 || row[0] !== "")
    .map((row) => Object.fromEntries(header.map((h, i) => [h, row[i] ?? ""])));
}

function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ",") {
      row.push(cell);
      cell = "";
    } else if (ch === "\n") {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = "";
    } else if (ch !== "\r") cell += ch;
  }
  if (cell !== "" || row.length > 0) {
    row.push(cell);
    rows.push(row);
  }
  return rows;
}
