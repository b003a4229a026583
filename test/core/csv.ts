/** Test access to the CSVs under data/. */
import { readFileSync } from "fs";
import { join } from "path";
import { parseCsv, type CsvRecord } from "../../src/workbook/csv";

export type { CsvRecord };

/** Reads data/<name> into records keyed by the header (the add-in's own parser). */
export function readCsv(name: string): CsvRecord[] {
  return parseCsv(readFileSync(join(__dirname, "..", "..", "data", name), "utf8"));
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
