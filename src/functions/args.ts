/**
 * Reading the arguments of the custom functions as Excel passes them.
 *
 * Every argument is declared `any` (ranges: `any[][]`), so that text and blanks
 * reach us instead of being coerced by Excel: a range arrives as rows of numbers,
 * strings, booleans and `null` (blank; older Excel desktop builds pass 0, see
 * docs/decisions.md); an omitted optional argument arrives as `null`
 * (or `undefined` when called from code). Cells go through the core's parser
 * (src/core/cells.ts), so "12,9", "176 714", "-" and "x" mean what they mean in
 * the statistical tables.
 */
import {
  AimaqError,
  parseCell,
  parseNumber,
  parseTable,
  type CellInput,
  type CellNumber,
  type Direction,
} from "../core";
import { forArgument } from "./errors";

/** A rectangular block of raw cells. */
export type Grid = readonly (readonly CellInput[])[];

/**
 * One raw cell. Plain values pass; a rich value (Excel passes data types as
 * objects since the metadata allows custom data for `any`) counts by its
 * `basicValue`; an error or any other object becomes text the parser refuses.
 */
export function cellInput(raw: unknown): CellInput {
  if (raw === null || raw === undefined) return null;
  if (typeof raw === "number" || typeof raw === "string" || typeof raw === "boolean") return raw;
  if (typeof raw === "object" && "basicValue" in raw) {
    const basic = (raw as { basicValue: unknown }).basicValue;
    if (basic === null || typeof basic === "number" || typeof basic === "string" || typeof basic === "boolean") {
      return basic;
    }
  }
  return typeof raw === "object" && "type" in raw ? `[${String((raw as { type: unknown }).type)}]` : String(raw);
}

/**
 * A range argument as Excel passes it, checked to be rectangular and non-empty
 * without copying; a single value counts as a 1×1 range. O(rows).
 */
export function checkGrid(raw: unknown, argument: string): readonly (readonly unknown[])[] {
  if (!Array.isArray(raw)) return [[raw]];
  if (raw.length === 0 || !Array.isArray(raw[0]) || raw[0].length === 0) {
    throw new AimaqError("table.empty", { argument });
  }
  const width = raw[0].length;
  raw.forEach((row: unknown, r) => {
    if (!Array.isArray(row) || row.length !== width) {
      const actual = Array.isArray(row) ? row.length : 1;
      throw new AimaqError("table.ragged", { argument, row: r, expected: width, actual });
    }
  });
  return raw as unknown[][];
}

/** A range argument as a rectangular grid of raw cells (see {@link cellInput}). */
export function gridArg(raw: unknown, argument: string): Grid {
  return checkGrid(raw, argument).map((row) => row.map(cellInput));
}

/** A table argument parsed into numbers and nulls (missing); errors name the argument and the cell. */
export function tableArg(raw: unknown, argument: string): CellNumber[][] {
  return forArgument(argument, () => parseTable(gridArg(raw, argument)));
}

/** "rows×columns" of a grid, for messages. */
export function shapeText(grid: Grid): string {
  return `${grid.length}×${grid[0].length}`;
}

/**
 * A scalar argument's raw value: a 1×1 range counts as its cell; a larger range
 * where one value is expected is refused.
 */
function scalar(raw: unknown, argument: string, expected: string): CellInput {
  if (!Array.isArray(raw)) return cellInput(raw);
  const grid = gridArg(raw, argument);
  if (grid.length !== 1 || grid[0].length !== 1) {
    throw new AimaqError("argument.invalid", { argument, expected, actual: shapeText(grid) });
  }
  return grid[0][0];
}

/**
 * True when an optional argument counts as omitted: `null`/`undefined`, blank
 * text, and 0 where 0 is not a valid value (`zeroIsOmitted`), because older Excel
 * desktop builds pass a referenced blank cell as 0.
 */
function omitted(value: CellInput, zeroIsOmitted: boolean): boolean {
  return (
    value === null ||
    value === undefined ||
    (typeof value === "string" && value.trim() === "") ||
    (zeroIsOmitted && value === 0)
  );
}

/** The number of a scalar cell (text numbers allowed); anything else is refused with `expected`. */
function numberOf(value: CellInput, argument: string, expected: string): number {
  const parsed = typeof value === "boolean" ? null : safeParse(value);
  if (parsed === null) throw new AimaqError("argument.invalid", { argument, expected, actual: String(value) });
  return parsed;
}

function safeParse(value: CellInput): number | null {
  try {
    const cell = parseCell(value);
    return cell.kind === "number" ? cell.value : null;
  } catch {
    return null;
  }
}

/**
 * An optional whole number ≥ 1 (and ≤ `max` when given): `unit`, `k`, `window`.
 * Omitted (or 0, see {@link omitted}) gives `fallback`.
 */
export function optionalCount<T extends number | null>(
  raw: unknown,
  argument: string,
  fallback: T,
  min = 1,
  max = Number.MAX_SAFE_INTEGER,
): number | T {
  const expected = max === Number.MAX_SAFE_INTEGER ? `${min}, ${min + 1}, …` : `${min}..${max}`;
  const value = scalar(raw, argument, expected);
  if (omitted(value, true)) return fallback;
  const n = numberOf(value, argument, expected);
  if (!Number.isInteger(n) || n < min || n > max)
    throw new AimaqError("argument.invalid", { argument, expected, actual: n });
  return n;
}

/** An optional positive number (`zero_floor`); omitted or 0 gives `fallback`. */
export function optionalPositive(raw: unknown, argument: string, fallback: number): number {
  const expected = "> 0";
  const value = scalar(raw, argument, expected);
  if (omitted(value, true)) return fallback;
  const n = numberOf(value, argument, expected);
  if (!(n > 0)) throw new AimaqError("argument.invalid", { argument, expected, actual: n });
  return n;
}

/** Words that mean TRUE and FALSE when a boolean option is typed as text. */
const TRUE_WORDS = new Set(["true", "истина", "ақиқат", "1", "yes", "да", "иә"]);
const FALSE_WORDS = new Set(["false", "ложь", "жалған", "0", "no", "нет", "жоқ"]);

/** An optional TRUE/FALSE (`labels`, `detail`): booleans, numbers (0 = FALSE) or the words in kk/ru/en. */
export function optionalFlag(raw: unknown, argument: string, fallback: boolean): boolean {
  const expected = "TRUE / FALSE";
  const value = scalar(raw, argument, expected);
  if (omitted(value, false)) return fallback;
  if (typeof value === "boolean") return value;
  if (typeof value === "number") return value !== 0;
  const word = String(value).trim().toLowerCase();
  if (TRUE_WORDS.has(word)) return true;
  if (FALSE_WORDS.has(word)) return false;
  throw new AimaqError("argument.invalid", { argument, expected, actual: String(value) });
}

/**
 * An optional text option: the word in any of the three languages, or an
 * unambiguous beginning of it ("geo", "ари"), case-insensitive.
 *
 * @example optionalChoice("гео", "aggregation", OPTION_WORDS.aggregation, "arithmetic") // "geometric"
 */
export function optionalChoice<T extends string>(
  raw: unknown,
  argument: string,
  words: Readonly<Record<T, readonly string[]>>,
  fallback: T,
): T {
  const options = Object.keys(words) as T[];
  const expected = options.map((option) => `"${option}"`).join(", ");
  const value = scalar(raw, argument, expected);
  if (omitted(value, true)) return fallback;
  const text = String(value).trim().toLowerCase();
  const matches = options.filter((option) => words[option].some((word) => word.startsWith(text)));
  if (typeof value !== "string" || matches.length !== 1) {
    throw new AimaqError("argument.invalid", { argument, expected, actual: String(value) });
  }
  return matches[0];
}

const UP = new Set(["1", "+1", "+", "↑"]);
const DOWN = new Set(["-1", "-", "\u2212", "\u2013", "↓", "\u22121"]);

/** One direction from a cell: 1, -1, "+", "-", "↑", "↓"; null when it is none of these. */
function directionOf(value: CellInput): Direction | null {
  if (value === 1 || value === -1) return value;
  if (typeof value !== "string") return null;
  const text = value.trim();
  if (UP.has(text)) return 1;
  if (DOWN.has(text)) return -1;
  return null;
}

/**
 * Optional directions, one per column: a row or column of 1/-1 (or "+"/"-"), or
 * one text of signs such as "--++++". Omitted gives undefined (all ↑). The length
 * is checked by the core against the table.
 *
 * @example directionsArg("--+") // [-1, -1, 1]
 */
export function directionsArg(raw: unknown, argument = "directions"): Direction[] | undefined {
  const expected = '1 / -1, "+" / "-"';
  const grid = gridArg(raw, argument);
  const cells = grid.flat();
  if (cells.length === 1 && omitted(cells[0], true)) return undefined;
  const out: Direction[] = [];
  cells.forEach((cell, i) => {
    const single = directionOf(cell);
    if (single !== null) {
      out.push(single);
    } else if (typeof cell === "string" && /^[+\-\u2212↑↓\s]+$/.test(cell.trim())) {
      for (const sign of cell.replace(/\s/g, "")) out.push(sign === "+" || sign === "↑" ? 1 : -1);
    } else {
      throw new AimaqError("argument.invalid", { argument, column: i, expected, actual: String(cell) });
    }
  });
  return out;
}

/** One optional direction for NORMALIZE: 1 (default) or -1. */
export function optionalDirection(raw: unknown, argument: string): Direction {
  const value = scalar(raw, argument, "1 / -1");
  if (omitted(value, true)) return 1;
  const direction = directionOf(value);
  if (direction === null)
    throw new AimaqError("argument.invalid", { argument, expected: "1 / -1", actual: String(value) });
  return direction;
}

/** Optional weights, one number per column (a row or a column); omitted gives undefined (equal). */
export function weightsArg(raw: unknown, argument = "weights"): number[] | undefined {
  const grid = gridArg(raw, argument);
  const cells = grid.flat();
  if (cells.length === 1 && omitted(cells[0], true)) return undefined;
  return forArgument(argument, () =>
    cells.map((cell, i) => {
      const value = parseNumber(cell, 0, i);
      if (value === null)
        throw new AimaqError("argument.invalid", { argument, column: i, expected: ">= 0", actual: "" });
      return value;
    }),
  );
}
