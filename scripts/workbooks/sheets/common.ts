import type { BuildContext, TablePlacement } from "../context";
import { a1, sheetRef, type SheetWriter } from "../sheet";

/** Title, explanation lines, the marks legend and the AIMAQ note at the top of a worked sheet; returns the next free row. */
export function writeHeading(w: SheetWriter, ctx: BuildContext, title: string, lines: readonly string[]): number {
  w.text(1, 1, title, "title");
  let row = 2;
  for (const line of lines) w.text(1, row++, line, "note");
  w.text(1, row++, ctx.strings.common.marks, "note");
  w.text(1, row++, ctx.strings.common.aimaqNote, "note");
  return row + 1;
}

/** Formula reference to one value of a Data-sheet table: key = unit_id (or year), index = 0-based field. */
export function dataRef(ctx: BuildContext, table: TablePlacement, key: string, index: number): string {
  return sheetRef(ctx.strings.sheetNames.data, a1(table.firstColumn + index, table.rows[key]));
}

/**
 * Mark of a recomputed value against a printed one with `decimals` decimals:
 * ✓ equal when rounded to the printed precision, ≈ within one unit of the last
 * printed digit (rounding or truncation), ✗ otherwise.
 */
export function markFormula(recomputed: string, printed: string, decimals: number): string {
  const unit = Math.pow(10, -decimals);
  return `IF(ROUND(${recomputed},${decimals})=${printed},"✓",IF(ABS(${recomputed}-${printed})<=${unit},"≈","✗"))`;
}
