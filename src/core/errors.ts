/**
 * Typed errors of the computation core.
 *
 * The core never builds user-visible text: it throws an {@link AimaqError} with a
 * stable `code` and the facts (`details`) a message needs. The custom functions and
 * the task pane turn the code into an Excel error value and a message in the user's
 * language (src/i18n).
 */

/** Every reason the core can refuse an input. */
export type AimaqErrorCode =
  /** A cell holds something that is neither a number, a number written as text, nor a known marker. */
  | "cell.notNumber"
  /** The table has no rows or no columns. */
  | "table.empty"
  /** Rows of the table have different lengths. */
  | "table.ragged"
  /** An argument list (directions, weights) has the wrong length. */
  | "argument.length"
  /** An argument has a value outside what is allowed (k < 1, negative weight, unknown method...). */
  | "argument.invalid"
  /** A number that must be positive is zero or negative (e.g. employed persons). */
  | "value.notPositive"
  /** A number that must be non-negative is negative. */
  | "value.negative"
  /** A value lies outside the range it must have (a partial index outside 0..1, a share over 100 %). */
  | "value.outOfRange"
  /** Not enough values to compute (all missing, fewer than two units...). */
  | "data.insufficient"
  /** Every column is degenerate (max = min), nothing can be normalised. */
  | "data.allDegenerate";

/** Facts a message may need; every field optional. Positions are 0-based. */
export interface AimaqErrorDetails {
  row?: number;
  column?: number;
  text?: string;
  argument?: string;
  expected?: number | string;
  actual?: number | string;
}

/**
 * The one error type of the core: a stable `code` and the facts behind it.
 *
 * @example throw new AimaqError("cell.notNumber", { row: 2, column: 0, text: "abc" })
 */
export class AimaqError extends Error {
  readonly code: AimaqErrorCode;
  readonly details: AimaqErrorDetails;

  constructor(code: AimaqErrorCode, details: AimaqErrorDetails = {}) {
    super(`${code} ${JSON.stringify(details)}`);
    this.name = "AimaqError";
    this.code = code;
    this.details = details;
  }
}

/**
 * True when `error` is an {@link AimaqError}, optionally of the given code.
 *
 * @example isAimaqError(new AimaqError("table.empty"), "table.empty") // true
 */
export function isAimaqError(error: unknown, code?: AimaqErrorCode): error is AimaqError {
  return error instanceof AimaqError && (code === undefined || error.code === code);
}
