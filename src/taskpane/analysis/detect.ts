/**
 * Finds the table in a selection: the header row (text over numbers), the name
 * column (mostly text), the rows of territorial units, and the rows to leave out
 * (region totals, empty rows) — which stay in the layout as excluded, so the
 * pane can show them. Every finding can be overridden.
 */
import { parseCell } from "../../core";
import type { CellValue, RangeSnapshot } from "../../workbook/types";
import type { DetectedTable, ExcludedRow, LayoutOverrides, TableLayout } from "./types";
import { isRegionTotal as isEastKazakhstanTotal, matchDistrict } from "../../core/districts";

/** What a cell holds, for detection. */
export type CellClass = "number" | "marker" | "text" | "blank";

/**
 * Class of one cell: a number (also "12,9", "176 714", "-" = absent), a
 * missing-value marker ("x", "…", "н/д"), other text, or blank.
 *
 * @example classifyCell("12,9") // "number"
 * @example classifyCell("Abai district") // "text"
 */
export function classifyCell(value: CellValue): CellClass {
  if (value === null || (typeof value === "string" && value.trim() === "")) return "blank";
  if (typeof value === "number") return "number";
  if (typeof value === "boolean") return "text";
  try {
    const parsed = parseCell(value);
    return parsed.kind === "missing" ? "marker" : "number";
  } catch {
    return "text";
  }
}

/**
 * Region totals of the statistical tables, in Kazakh, Russian and English:
 * ШҚО, ВКО, "Облыс бойынша барлығы", "Восточно-Казахстанская область (всего)",
 * "East Kazakhstan Region (total)", "Итого", "Total" … A district never carries
 * these words (districts are аудан / район / district, cities қала / г. / city).
 */
const TOTAL_PATTERNS: readonly RegExp[] = [
  /(^|[^\p{L}])(шқо|вко|ekr)([^\p{L}]|$)/iu,
  /облыс/iu,
  /област/iu,
  /барлығы|жиыны|всего|итого/iu,
  /(^|[^\p{L}])(total|region|oblast)([^\p{L}]|$)/iu,
];

/**
 * True when a row name reads as a region total rather than a territorial unit.
 *
 * @example isRegionTotal("Облыс бойынша барлығы") // true
 * @example isRegionTotal("Abai district")         // false
 */
export function isRegionTotal(name: string): boolean {
  const text = name.trim();
  return text.length > 0 && (isEastKazakhstanTotal(text) || TOTAL_PATTERNS.some((pattern) => pattern.test(text)));
}

/** How many of the first rows may sit above the data (titles, units, a header). */
const MAX_LEADING_ROWS = 10;

/**
 * Detects the layout of a selected district table. O(rows·columns).
 *
 * Header row: the row just above the first row where numbers dominate (at least
 * two numeric cells and more numbers than text), when that row holds text; null
 * when the selection starts with data. Name column: the column with the most
 * text cells under the header (leftmost on ties). Units: the rows under the
 * header with a name that is not a region total and at least one non-blank cell.
 *
 * @example detectTable(snapshot).layout.headerRow // 0 for Table 40 as printed
 */
export function detectTable(snapshot: RangeSnapshot, overrides: LayoutOverrides = {}): DetectedTable {
  const values = snapshot.values;
  const rows = values.length;
  const columns = rows > 0 ? Math.max(...values.map((row) => row.length)) : 0;
  const classes = values.map((row) => Array.from({ length: columns }, (_, c) => classifyCell(row[c] ?? null)));

  const headerRow = overrides.headerRow !== undefined ? overrides.headerRow : detectHeaderRow(classes);
  const firstBody = headerRow === null ? 0 : headerRow + 1;
  const nameColumn = overrides.nameColumn ?? detectNameColumn(classes, firstBody, columns);

  const unitRows: number[] = [];
  const excludedRows: ExcludedRow[] = [];
  const forceInclude = new Set(overrides.forceInclude ?? []);
  const forceExclude = new Set(overrides.forceExclude ?? []);
  for (let r = firstBody; r < rows; r++) {
    const name = cellText(values[r][nameColumn]);
    const blank = classes[r].every((k) => k === "blank");
    if (forceInclude.has(r) && !blank) unitRows.push(r);
    else if (blank) excludedRows.push({ row: r, name, reason: "empty" });
    else if (forceExclude.has(r) || isRegionTotal(name)) excludedRows.push({ row: r, name, reason: "total" });
    else if (name === "") excludedRows.push({ row: r, name, reason: "noName" });
    else unitRows.push(r);
  }

  const dataColumns: number[] = [];
  for (let c = 0; c < columns; c++) {
    if (c !== nameColumn && unitRows.some((r) => classes[r][c] === "number")) dataColumns.push(c);
  }

  const headers = Array.from({ length: columns }, (_, c) => (headerRow === null ? "" : cellText(values[headerRow][c])));
  const layout: TableLayout = { headerRow, nameColumn, unitRows, excludedRows, dataColumns };
  return {
    snapshot,
    layout,
    headers,
    names: unitRows.map((r) => cellText(values[r][nameColumn])),
    unitIds: unitRows.map((r) => matchDistrict(cellText(values[r][nameColumn]))),
  };
}

function detectHeaderRow(classes: CellClass[][]): number | null {
  const limit = Math.min(classes.length, MAX_LEADING_ROWS + 1);
  for (let r = 0; r < limit; r++) {
    const numbers = classes[r].filter((k) => k === "number").length;
    const texts = classes[r].filter((k) => k === "text").length;
    if (numbers >= 2 && numbers > texts) {
      if (r === 0) return null;
      // The header is the nearest non-blank row above the data.
      for (let h = r - 1; h >= 0; h--) if (classes[h].some((k) => k === "text")) return h;
      return null;
    }
  }
  return classes.length > 1 && classes[0].some((k) => k === "text") ? 0 : null;
}

function detectNameColumn(classes: CellClass[][], firstBody: number, columns: number): number {
  let best = 0;
  let bestCount = -1;
  for (let c = 0; c < columns; c++) {
    let count = 0;
    for (let r = firstBody; r < classes.length; r++) if (classes[r][c] === "text") count++;
    if (count > bestCount) {
      best = c;
      bestCount = count;
    }
  }
  return best;
}

/** Text of a cell for names and headers: trimmed, internal whitespace collapsed. */
export function cellText(value: CellValue | undefined): string {
  if (value === null || value === undefined) return "";
  return String(value).replace(/\s+/g, " ").trim();
}
