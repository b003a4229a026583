/**
 * Inactive AIMAQ formulas: the prepared workbooks store every `AIMAQ.*` formula
 * as text (docs/decisions.md), so that they open without the add-in;
 * "Activate formulas" in the pane writes each such text back as the cell's
 * formula. The pattern is the generator's (scripts/workbooks/aimaq.ts), kept
 * equal by a test: English function ids, `,` separators, `.` decimals — what
 * `Range.formulas` expects in every locale.
 */
export const AIMAQ_FORMULA_TEXT = /^=AIMAQ\.[A-Z][A-Z0-9_]*\(.*\)$/;

/**
 * Whether a cell holds an inactive AIMAQ formula: its value is text matching
 * {@link AIMAQ_FORMULA_TEXT} and the cell has no formula (Office reports a text
 * cell's formula as its value, possibly with the apostrophe prefix; a real
 * formula's value is its result, never its own text). Injection-like text
 * (`=cmd|…`, `=HYPERLINK(…)`) never matches.
 *
 * @example isInactiveAimaqFormula("=AIMAQ.NORMALIZE(B2:B20)", "=AIMAQ.NORMALIZE(B2:B20)") // true
 * @example isInactiveAimaqFormula(0.42, "=AIMAQ.NORMALIZE(B2:B20)") // false: already live
 */
export function isInactiveAimaqFormula(value: unknown, formula: unknown): value is string {
  return (
    typeof value === "string" &&
    AIMAQ_FORMULA_TEXT.test(value) &&
    (formula === undefined || formula === null || formula === value || formula === `'${value}`)
  );
}
