import { AimaqError } from "./errors";

/** What Excel (or a pasted table) can hand us for one cell. */
export type CellInput = number | string | boolean | null | undefined;

/** A parsed cell: a finite number, or `null` for missing. */
export type CellNumber = number | null;

/** Kind of a parsed cell, for callers that report what they met. */
export type CellKind = "number" | "absent" | "missing";

export interface ParsedCell {
  kind: CellKind;
  /** The number (0 for `absent`), or null when missing. */
  value: CellNumber;
}

/**
 * Markers of the Kazakh statistical tables meaning "the phenomenon is absent"
 * (a true zero): a printed dash, also as the en dash, em dash or minus sign that
 * copying from a PDF produces.
 */
const ABSENT_MARKERS = new Set(["-", "\u2013", "\u2014", "\u2212"]);

/**
 * Markers meaning "value not available": `x` (confidential; Latin or Cyrillic х,
 * either case), ellipsis, "н/д", "n/a", "#N/A" and blank text.
 */
const MISSING_MARKERS = new Set(["x", "\u0445", "\u2026", "...", "\u043d/\u0434", "n/a", "na", "#n/a", ""]);

/** Space-like characters used as thousands separators: space, no-break, narrow no-break, thin. */
const GROUP_SEPARATORS = /[ \u00a0\u202f\u2009]/g;

/**
 * A number as written in Kazakh, Russian or English: optional sign, digits in
 * groups of three separated by spaces (already removed), decimal comma or point,
 * optional exponent.
 */
const NUMBER_TEXT = /^[+-]?(\d+([.,]\d*)?|[.,]\d+)(e[+-]?\d+)?$/i;

/**
 * Parses one cell of a district table.
 *
 * - numbers pass through (non-finite numbers are refused);
 * - text numbers: `12,9`, `12.9`, `176 714`, `1 831,5` (space or no-break space
 *   between digit groups; decimal comma or point; a leading Unicode minus);
 * - `-` (and –, —, −) = the phenomenon is absent: 0;
 * - `x`, `х`, `…`, `н/д`, `n/a`, blank text, `null`, `undefined` = missing;
 * - anything else (including booleans) throws `cell.notNumber` with the position.
 *
 * @example parseCell("176 714") // { kind: "number", value: 176714 }
 * @example parseCell("x")       // { kind: "missing", value: null }
 */
export function parseCell(raw: CellInput, row = 0, column = 0): ParsedCell {
  if (raw === null || raw === undefined) return { kind: "missing", value: null };
  if (typeof raw === "number") {
    if (Number.isFinite(raw)) return { kind: "number", value: raw };
    throw new AimaqError("cell.notNumber", { row, column, text: String(raw) });
  }
  if (typeof raw === "string") {
    const trimmed = raw.trim();
    const lower = trimmed.toLowerCase();
    if (MISSING_MARKERS.has(lower)) return { kind: "missing", value: null };
    if (ABSENT_MARKERS.has(trimmed)) return { kind: "absent", value: 0 };
    const compact = trimmed.replace(/^\u2212/, "-").replace(GROUP_SEPARATORS, "");
    if (NUMBER_TEXT.test(compact) && hasValidGrouping(trimmed)) {
      const value = Number(compact.replace(",", "."));
      if (Number.isFinite(value)) return { kind: "number", value };
    }
  }
  throw new AimaqError("cell.notNumber", { row, column, text: String(raw) });
}

/**
 * Thousands groups must be three digits wide ("176 714", not "17 6714"), so that
 * two numbers pasted into one cell ("12 5") are not silently read as one.
 */
function hasValidGrouping(text: string): boolean {
  const parts = text.replace(/^[+\-\u2212]/, "").split(/[ \u00a0\u202f\u2009]+/);
  if (parts.length === 1) return true;
  if (!/^\d{1,3}$/.test(parts[0])) return false;
  return parts.slice(1).every((part, index) => {
    const isLast = index === parts.length - 2;
    return isLast ? /^\d{3}([.,]\d*)?(e[+-]?\d+)?$/i.test(part) : /^\d{3}$/.test(part);
  });
}

/**
 * Parses one cell and returns only its number: 0 for the absent-phenomenon dash,
 * null when missing (see {@link parseCell}).
 *
 * @example parseNumber("12,9") // 12.9
 * @example parseNumber("-")    // 0
 */
export function parseNumber(raw: CellInput, row = 0, column = 0): CellNumber {
  return parseCell(raw, row, column).value;
}

/**
 * Parses a rectangular block (rows × columns) into numbers and nulls.
 * Throws `table.empty` for no rows or columns, `table.ragged` for rows of
 * different lengths, and `cell.notNumber` naming the first bad cell.
 *
 * @example parseTable([["12,9", "-"], [null, 3]]) // [[12.9, 0], [null, 3]]
 */
export function parseTable(rows: readonly (readonly CellInput[])[]): CellNumber[][] {
  if (rows.length === 0 || rows[0].length === 0) throw new AimaqError("table.empty");
  const width = rows[0].length;
  return rows.map((row, r) => {
    if (row.length !== width) throw new AimaqError("table.ragged", { row: r, expected: width, actual: row.length });
    return row.map((cell, c) => parseNumber(cell, r, c));
  });
}

/**
 * Flattens a block to one list in reading order (rows first), as Excel reads a range. O(cells).
 *
 * @example flattenRows([[1, 2], [3, 4]]) // [1, 2, 3, 4]
 */
export function flattenRows<T>(rows: readonly (readonly T[])[]): T[] {
  const out: T[] = [];
  for (const row of rows) for (const cell of row) out.push(cell);
  return out;
}

/**
 * Column `c` (0-based) of a table of numbers. O(rows).
 *
 * @example column([[1, 2], [null, 4]], 1) // [2, 4]
 */
export function column(table: readonly (readonly CellNumber[])[], c: number): CellNumber[] {
  return table.map((row) => row[c]);
}
