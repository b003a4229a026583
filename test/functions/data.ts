/** The East Kazakhstan tables of the dissertation, read from data/ as Excel would hold them. */
import { readFileSync } from "fs";
import { join } from "path";

export interface CsvTable {
  header: string[];
  rows: string[][];
}

/** A CSV of data/ (no quoted commas occur in these files). */
export function readCsv(file: string): CsvTable {
  const lines = readFileSync(join(__dirname, "..", "..", "data", file), "utf8")
    .trim()
    .split("\n");
  const [header, ...rows] = lines.map((line) => line.split(","));
  return { header, rows };
}

/** Columns `names` of the rows that pass `keep`; numeric text becomes a number, other text stays. */
export function columns(table: CsvTable, names: string[], keep: (row: Record<string, string>) => boolean) {
  for (const name of names) if (!table.header.includes(name)) throw new Error(`no column ${name}`);
  return table.rows
    .map((cells) => Object.fromEntries(table.header.map((h, i) => [h, cells[i]])) as Record<string, string>)
    .filter(keep)
    .map((row) => names.map((name) => toCell(row[name])));
}

function toCell(text: string): number | string {
  const n = Number(text);
  return text !== "" && Number.isFinite(n) ? n : text;
}

/** Table 40: the 19 units (region row excluded), X1..X6. */
export function table40() {
  const t = readCsv("table40_socioeconomic_indicators.csv");
  const names = ["X1", "X2", "X3", "X4", "X5", "X6"].map((x) => t.header.find((h) => h.startsWith(`${x}_`)) as string);
  return columns(t, names, (row) => row.unit_type !== "region") as number[][];
}

/** Table 45: the 19 units' six printed partial indices and the printed integral index. */
export function table45() {
  const t = readCsv("table45_innovation_indices.csv");
  const partial = columns(t, ["I_T", "I_O", "I_TO", "I_TP", "I_PO", "I_PP"], () => true) as number[][];
  const integral = columns(t, ["integral_index"], () => true).map((r) => r[0] as number);
  const rowNo = columns(t, ["row_no_as_printed"], () => true).map((r) => r[0] as number);
  return { partial, integral, rowNo };
}

/** Table 15: enterprises, enterprises with innovations and the printed activity level, region row first. */
export function table15() {
  const t = readCsv("table15_innovation_activity_2020.csv");
  return columns(t, ["enterprises", "enterprises_with_innovations", "activity_level_pct"], () => true) as number[][];
}

/** Table 36: Kazakhstan 2013-2018, X1..X5 and E1..E5. */
export function table36() {
  const t = readCsv("table36_national_innovation_series.csv");
  return columns(t, ["X1", "X2", "X3", "X4", "X5", "E1", "E2", "E3", "E4", "E5"], () => true) as number[][];
}
