import { AimaqError, isAimaqError, type AimaqErrorDetails } from "../core";
import { errorMessage, parameterName, type ErrorMessageKey, type FunctionId, type Language } from "../i18n";

/** The Excel error values the functions answer with (the strings of CustomFunctions.ErrorCode). */
export type ExcelErrorCode = "#VALUE!" | "#N/A" | "#DIV/0!" | "#NUM!";

/**
 * An error value as Excel receives it. In Excel this is a `CustomFunctions.Error`;
 * where that global is absent (Node, the formula engine of the tests) an object
 * of the same shape.
 */
export interface ExcelError {
  code: ExcelErrorCode;
  message?: string;
}

/** What one cell of a result can hold: a finite number, text, a boolean or an error value. */
export type ExcelValue = number | string | boolean | ExcelError;

/** The fallback error value outside Excel; `instanceof Error` so that it can be thrown. */
export class FunctionError extends Error implements ExcelError {
  readonly code: ExcelErrorCode;

  constructor(code: ExcelErrorCode, message?: string) {
    super(message);
    this.name = "FunctionError";
    this.code = code;
  }
}

/**
 * Excel error of each message. Excel shows a custom message only with #VALUE! and
 * #N/A, so mistakes the user must read about are #VALUE! (wrong input) or #N/A
 * (not enough data); #DIV/0! where the method divides by a non-positive number
 * (employed persons, enterprises, fixed assets) and #NUM! for results a double
 * cannot hold, as Excel's own functions do. A value outside its range is #VALUE!
 * when it breaks a stated rule of the input (a partial index above 1, more
 * innovating enterprises than enterprises) and #NUM! when a result overflowed.
 */
const EXCEL_CODE: Record<ErrorMessageKey, ExcelErrorCode | ((error: AimaqError) => ExcelErrorCode)> = {
  "cell.notNumber": "#VALUE!",
  "table.empty": "#VALUE!",
  "table.ragged": "#VALUE!",
  "argument.length": "#VALUE!",
  "argument.invalid": "#VALUE!",
  "value.notPositive": "#DIV/0!",
  "value.negative": "#NUM!",
  "value.outOfRange": (error) => (error.details.expected === undefined ? "#NUM!" : "#VALUE!"),
  "data.insufficient": "#N/A",
  "data.allDegenerate": "#N/A",
  "row.insufficient": "#N/A",
  "cell.missing": "#N/A",
  "value.undefined": "#N/A",
  internal: "#VALUE!",
};

/** The part of Excel's custom-functions runtime used here (its ErrorCode values are the strings above). */
interface CustomFunctionsRuntime {
  Error: new (code: ExcelErrorCode, message?: string) => ExcelError;
}

function runtime(): CustomFunctionsRuntime | undefined {
  const scope = globalThis as { CustomFunctions?: Partial<CustomFunctionsRuntime> };
  return typeof scope.CustomFunctions?.Error === "function"
    ? (scope.CustomFunctions as CustomFunctionsRuntime)
    : undefined;
}

/** Builds an error value: `CustomFunctions.Error` in Excel, {@link FunctionError} elsewhere. */
export function excelError(code: ExcelErrorCode, message: string): ExcelError {
  const excel = runtime();
  return excel ? new excel.Error(code, message) : new FunctionError(code, message);
}

/** True for an error value made by {@link excelError} (either kind). */
export function isExcelError(value: unknown): value is ExcelError {
  const excel = runtime();
  return value instanceof FunctionError || (excel !== undefined && value instanceof excel.Error);
}

/** Where and how a function reports its errors. */
export interface CallContext {
  id: FunctionId;
  language: Language;
}

/** The error value of an AimaqError (or anything thrown), with its message in the user's language. */
export function toExcelError(error: unknown, context: CallContext): ExcelError {
  if (isExcelError(error)) return error;
  if (!isAimaqError(error)) return cellError("internal", context);
  const mapping = EXCEL_CODE[error.code];
  return describe(typeof mapping === "function" ? mapping(error) : mapping, error.code, context, error.details);
}

/** An error value for one of the function layer's own cases (see ErrorMessageKey). */
export function cellError(key: ErrorMessageKey, context: CallContext, details: AimaqErrorDetails = {}): ExcelError {
  const mapping = EXCEL_CODE[key];
  return describe(typeof mapping === "function" ? "#VALUE!" : mapping, key, context, details);
}

function describe(code: ExcelErrorCode, key: ErrorMessageKey, context: CallContext, details: AimaqErrorDetails) {
  const { argument, row, column, text, expected, actual } = details;
  const message = errorMessage(key, context.language, {
    argument: argument === undefined ? undefined : parameterName(context.id, argument, context.language),
    row: row === undefined ? undefined : row + 1,
    column: column === undefined ? undefined : column + 1,
    text,
    expected: expected === undefined ? undefined : String(expected),
    actual: actual === undefined ? undefined : String(actual),
  });
  return excelError(code, message);
}

/**
 * Runs `fn`; an AimaqError that does not say which argument it is about gets
 * `argument` (and a thrown row/column then reads as a position within it).
 */
export function forArgument<T>(argument: string, fn: () => T): T {
  try {
    return fn();
  } catch (error) {
    if (isAimaqError(error) && error.details.argument === undefined) {
      throw new AimaqError(error.code, { ...error.details, argument });
    }
    throw error;
  }
}

/**
 * The body of every custom function: computes the result, turns any failure into
 * a thrown Excel error value with a message, and checks every cell, so that no
 * NaN, Infinity, null or undefined ever reaches a cell (Excel would show a blank
 * as 0). O(cells).
 */
export function respond(context: CallContext, compute: () => ExcelValue[][]): ExcelValue[][] {
  let result: ExcelValue[][];
  try {
    result = compute();
  } catch (error) {
    throw toExcelError(error, context);
  }
  if (!Array.isArray(result) || result.length === 0) throw cellError("internal", context);
  for (const row of result) {
    if (!Array.isArray(row) || row.length === 0) throw cellError("internal", context);
    for (let c = 0; c < row.length; c++) {
      const value = row[c];
      if (typeof value === "number" ? !Number.isFinite(value) : value === null || value === undefined) {
        row[c] = cellError("value.undefined", context);
      }
    }
  }
  return result;
}
