/**
 * Fuzz: 100,000 generated calls across all twelve functions with random shapes,
 * junk cells and extreme numbers. Whatever comes in, a call either returns a
 * non-empty matrix of finite numbers, text, booleans and error values with a
 * message, or throws an error value with a message: never NaN, Infinity, null,
 * undefined or any other exception.
 */
import fc from "fast-check";
import * as f from "../../src/functions/functions";
import { installRuntime, StubCustomFunctionError } from "./runtime";

installRuntime("kk-KZ");

const number = fc.oneof(
  fc.double({ noNaN: false }),
  fc.integer({ min: -5, max: 30 }),
  fc.constantFrom(0, -0, 1, -1, 1e308, -1e308, 5e-324, Number.MAX_VALUE, Infinity, -Infinity, NaN),
);
const text = fc.oneof(
  fc.string({ maxLength: 6 }),
  fc.constantFrom("12,9", "176 714", "1 831,5", "-", "x", "х", "…", "н/д", "n/a", "", " ", "--++", "+", "−1", "1e400"),
  fc.constantFrom("raw", "partial", "гео", "ари", "dense", "квантили", "TRUE", "ложь", "abc", "#N/A", "0"),
  number.map((n) => String(n).replace(".", ",")),
);
const cell = fc.oneof(
  { weight: 5, arbitrary: number },
  { weight: 3, arbitrary: text },
  { weight: 2, arbitrary: fc.constant(null) },
  { weight: 1, arbitrary: fc.boolean() },
  { weight: 1, arbitrary: fc.constant(undefined) },
  { weight: 1, arbitrary: number.map((basicValue) => ({ type: "Double", basicValue })) },
);
const grid = fc
  .record({ rows: fc.integer({ min: 0, max: 7 }), columns: fc.integer({ min: 0, max: 6 }) })
  .chain(({ rows, columns }) =>
    fc.array(fc.array(cell, { minLength: columns, maxLength: columns }), { minLength: rows, maxLength: rows }),
  );
const ragged = fc.array(fc.array(cell, { maxLength: 4 }), { maxLength: 4 });
/** An argument as Excel (or a careless caller) might pass it: a range, a value, or nothing. */
const argument = fc.oneof(
  { weight: 4, arbitrary: grid },
  { weight: 1, arbitrary: ragged },
  { weight: 4, arbitrary: cell },
  { weight: 2, arbitrary: fc.constant(null) },
);

const FUNCTIONS: ((...args: unknown[]) => unknown)[] = Object.values(f).filter((v) => typeof v === "function") as never;

/** A cell value Excel can show: a finite number, text, a boolean, or an error value with a message. */
function isCellValue(value: unknown): boolean {
  if (typeof value === "number") return Number.isFinite(value);
  if (value instanceof StubCustomFunctionError) return value.message.length > 0;
  return typeof value === "string" || typeof value === "boolean";
}

test("12 functions, 100,000 generated calls: only finite numbers, text, booleans and error values with messages", () => {
  expect(FUNCTIONS).toHaveLength(12);
  fc.assert(
    fc.property(
      fc.integer({ min: 0, max: FUNCTIONS.length - 1 }),
      fc.array(argument, { minLength: 0, maxLength: 5 }),
      (which, args) => {
        let result: unknown;
        try {
          result = FUNCTIONS[which](...args);
        } catch (error) {
          return error instanceof StubCustomFunctionError && isCellValue(error);
        }
        return (
          Array.isArray(result) &&
          result.length > 0 &&
          result.every((row: unknown) => Array.isArray(row) && row.length > 0 && row.every(isCellValue))
        );
      },
    ),
    { numRuns: 100_000 },
  );
});
