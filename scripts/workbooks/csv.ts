import { readFileSync } from "fs";
import { join } from "path";
import { parseCsv, type CsvRecord } from "../../src/workbook/csv";

/** Folder of the dissertation's tables as CSV (see data/README.md). */
export const DATA_DIR = join(__dirname, "..", "..", "data");

/**
 * Reads one CSV of data/ into one record per row, keyed by the header (the
 * add-in's own parser, src/workbook/csv.ts).
 *
 * @example readCsv("table15_innovation_activity_2020.csv")[0].unit_id // "ekr"
 */
export function readCsv(file: string): CsvRecord[] {
  return parseCsv(readFileSync(join(DATA_DIR, file), "utf8"));
}
