/**
 * A1 addresses: parsing, building, and sheet-qualified absolute references for
 * formula text. Rows and columns are 0-based here; A1 text is 1-based.
 */

export interface CellPosition {
  row: number;
  column: number;
}

export interface RangeBox {
  row: number;
  column: number;
  rows: number;
  columns: number;
}

/** Largest row and column of a worksheet (Excel 2007+). */
export const MAX_ROWS = 1048576;
export const MAX_COLUMNS = 16384;

/**
 * Column letters of a 0-based column index.
 *
 * @example columnLetters(0)  // "A"
 * @example columnLetters(27) // "AB"
 */
export function columnLetters(column: number): string {
  let n = column + 1;
  let letters = "";
  while (n > 0) {
    const rest = (n - 1) % 26;
    letters = String.fromCharCode(65 + rest) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** 0-based column index of column letters ("AB" → 27). */
export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

const CELL = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/;

/**
 * Parses one cell address ("B2", "$B$2"); null when it is not one.
 *
 * @example parseCell("$C$10") // { row: 9, column: 2 }
 */
export function parseCellAddress(address: string): CellPosition | null {
  const match = CELL.exec(address.trim());
  if (!match) return null;
  const column = columnIndex(match[1]);
  const row = Number(match[2]) - 1;
  if (row < 0 || row >= MAX_ROWS || column >= MAX_COLUMNS) return null;
  return { row, column };
}

/**
 * Parses a range address without sheet ("B2:G20", "B2", "A:C" is not accepted);
 * null when it is not one. The corners may be given in any order.
 *
 * @example parseRangeAddress("B2:C4") // { row: 1, column: 1, rows: 3, columns: 2 }
 */
export function parseRangeAddress(address: string): RangeBox | null {
  const withoutSheet = address.includes("!") ? address.slice(address.lastIndexOf("!") + 1) : address;
  const [first, second] = withoutSheet.split(":");
  const a = parseCellAddress(first);
  const b = second === undefined ? a : parseCellAddress(second);
  if (!a || !b) return null;
  const row = Math.min(a.row, b.row);
  const column = Math.min(a.column, b.column);
  return { row, column, rows: Math.abs(a.row - b.row) + 1, columns: Math.abs(a.column - b.column) + 1 };
}

/** "B2" of a 0-based position; with `absolute`, "$B$2". */
export function cellAddress(row: number, column: number, absolute = false): string {
  const d = absolute ? "$" : "";
  return `${d}${columnLetters(column)}${d}${row + 1}`;
}

/** "B2:C4" of a box ("B2" when it is one cell); with `absolute`, "$B$2:$C$4". */
export function rangeAddress(box: RangeBox, absolute = false): string {
  const first = cellAddress(box.row, box.column, absolute);
  if (box.rows === 1 && box.columns === 1) return first;
  return `${first}:${cellAddress(box.row + box.rows - 1, box.column + box.columns - 1, absolute)}`;
}

/**
 * A sheet name as a formula must write it: quoted with apostrophes (inner
 * apostrophes doubled) unless it is a plain identifier that cannot be read as a
 * cell reference. Quoting is always valid, so anything not obviously plain is quoted.
 *
 * @example quoteSheetName("Table 40")  // "'Table 40'"
 * @example quoteSheetName("Data")      // "Data"
 * @example quoteSheetName("O'Brien")   // "'O''Brien'"
 */
export function quoteSheetName(sheet: string): string {
  const plain =
    /^[A-Za-z_][A-Za-z0-9_.]*$/.test(sheet) && !/^[A-Za-z]{1,3}\d+$/.test(sheet) && !/^[RrCc]\d*$/.test(sheet);
  return plain ? sheet : `'${sheet.replace(/'/g, "''")}'`;
}

/** Sheet-qualified absolute reference for formula text: "'Table 40'!$B$2:$G$20". */
export function sheetReference(sheet: string, box: RangeBox): string {
  return `${quoteSheetName(sheet)}!${rangeAddress(box, true)}`;
}

/** A box moved by whole rows and columns. */
export function offsetBox(box: RangeBox, rows: number, columns: number): RangeBox {
  return { ...box, row: box.row + rows, column: box.column + columns };
}

/** Smallest box holding all given boxes (null for none). */
export function unionBox(boxes: readonly RangeBox[]): RangeBox | null {
  if (boxes.length === 0) return null;
  let top = Infinity;
  let left = Infinity;
  let bottom = -Infinity;
  let right = -Infinity;
  for (const b of boxes) {
    top = Math.min(top, b.row);
    left = Math.min(left, b.column);
    bottom = Math.max(bottom, b.row + b.rows - 1);
    right = Math.max(right, b.column + b.columns - 1);
  }
  return { row: top, column: left, rows: bottom - top + 1, columns: right - left + 1 };
}

/** Characters Excel refuses in sheet names. */
const SHEET_FORBIDDEN = /[:\\/?*[\]]/;

/** True when Excel accepts `name` as a worksheet name (1-31 characters, no : \ / ? * [ ], no leading/trailing '). */
export function isValidSheetName(name: string): boolean {
  return (
    name.length > 0 &&
    name.length <= 31 &&
    !SHEET_FORBIDDEN.test(name) &&
    !name.startsWith("'") &&
    !name.endsWith("'") &&
    name.toLowerCase() !== "history"
  );
}

/**
 * `base`, or `base (2)`, `base (3)` … : the first name not in `existing`
 * (compared case-insensitively, as Excel does), cut to 31 characters.
 *
 * @example uniqueSheetName("Aimaq", ["aimaq"]) // "Aimaq (2)"
 */
export function uniqueSheetName(base: string, existing: readonly string[]): string {
  const taken = new Set(existing.map((n) => n.toLowerCase()));
  const cut = (s: string, suffix: string) => s.slice(0, 31 - suffix.length) + suffix;
  if (!taken.has(cut(base, "").toLowerCase())) return cut(base, "");
  for (let i = 2; ; i++) {
    const candidate = cut(base, ` (${i})`);
    if (!taken.has(candidate.toLowerCase())) return candidate;
  }
}
