/** A1 addresses of the preview grid: 0-based rows and columns, inclusive bounds. */

export interface CellPosition {
  row: number;
  column: number;
}

export interface RangeBounds {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/**
 * Column letters of a 0-based column index.
 *
 * @example columnLetters(27) // "AB"
 */
export function columnLetters(column: number): string {
  let letters = "";
  for (let c = column + 1; c > 0; c = Math.floor((c - 1) / 26)) {
    letters = String.fromCharCode(65 + ((c - 1) % 26)) + letters;
  }
  return letters;
}

/** Splits "'My sheet'!B2:C3" into the sheet (when given) and the address. */
export function splitSheet(reference: string): { sheet?: string; address: string } {
  const bang = reference.lastIndexOf("!");
  if (bang < 0) return { address: reference.trim() };
  const sheet = reference
    .slice(0, bang)
    .trim()
    .replace(/^'(.*)'$/, "$1")
    .replace(/''/g, "'");
  return { sheet, address: reference.slice(bang + 1).trim() };
}

/**
 * The cell of an A1 reference ("$B$2" allowed), or null when it is not one.
 *
 * @example parseCell("B2") // { row: 1, column: 1 }
 */
export function parseCell(text: string): CellPosition | null {
  const match = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/.exec(text.trim());
  if (!match) return null;
  const column =
    match[1]
      .toUpperCase()
      .split("")
      .reduce((sum, letter) => sum * 26 + letter.charCodeAt(0) - 64, 0) - 1;
  const row = Number(match[2]) - 1;
  return row >= 0 ? { row, column } : null;
}

/**
 * Bounds of an A1 range ("B2:G20", a single cell, either corner first), or null.
 *
 * @example parseRange("C3:A1") // { top: 0, left: 0, bottom: 2, right: 2 }
 */
export function parseRange(text: string): RangeBounds | null {
  const [first, second = first, ...rest] = splitSheet(text).address.split(":");
  const a = parseCell(first);
  const b = parseCell(second);
  if (!a || !b || rest.length > 0) return null;
  return {
    top: Math.min(a.row, b.row),
    left: Math.min(a.column, b.column),
    bottom: Math.max(a.row, b.row),
    right: Math.max(a.column, b.column),
  };
}

/**
 * A1 text of bounds.
 *
 * @example formatRange({ top: 0, left: 0, bottom: 20, right: 7 }) // "A1:H21"
 */
export function formatRange(bounds: RangeBounds): string {
  const start = `${columnLetters(bounds.left)}${bounds.top + 1}`;
  const end = `${columnLetters(bounds.right)}${bounds.bottom + 1}`;
  return start === end ? start : `${start}:${end}`;
}
