/**
 * A small reader for the CSVs under /work/main/data (UTF-8, comma-separated, one
 * header row, "\n" line ends; fields with commas are double-quoted, "" escapes a quote).
 */
import { readFileSync } from "fs";
import { join } from "path";

export type CsvRecord = Record<string, string>;

/** Splits one CSV line into fields, honouring double quotes. */
export function splitCsvLine(line: string): string[] {
  const fields: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ",") {
      fields.push(field);
      field = "";
    } else field += ch;
  }
  fields.push(field);
  return fields;
}

/** Reads data/<name> into records keyed by the header. */
export function readCsv(name: string): CsvRecord[] {
  const text = readFileSync(join(__dirname, "..", "..", "data", name), "utf8");
  const [header, ...lines] = text.split("\n").filter((line) => line.length > 0);
  const keys = splitCsvLine(header);
  return lines.map((line) => {
    const fields = splitCsvLine(line);
    if (fields.length !== keys.length) throw new Error(`${name}: ${fields.length} fields, header has ${keys.length}`);
    return Object.fromEntries(keys.map((key, i) => [key, fields[i]]));
  });
}

/** The 19 territorial units of a table: every row except the region total. */
export function units(records: CsvRecord[]): CsvRecord[] {
  return records.filter((r) => r.unit_type !== "region" && r.unit_id !== "ekr");
}

/** The region-total row. */
export function regionRow(records: CsvRecord[]): CsvRecord {
  const row = records.find((r) => r.unit_id === "ekr");
  if (!row) throw new Error("no region row");
  return row;
}

/** Number of decimals printed in a cell ("25.0" → 1). */
export function decimalsOf(text: string): number {
  const dot = text.indexOf(".");
  return dot < 0 ? 0 : text.length - dot - 1;
}
