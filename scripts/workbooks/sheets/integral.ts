import type { Worksheet } from "exceljs";
import { DEFAULT_ZERO_FLOOR, innovationIndex } from "../../../src/core";
import { fill } from "../../../src/i18n/workbooks";
import { TABLE45_COLUMNS } from "../../../src/workbook/csv";
import { optionWord } from "../aimaq";
import type { BuildContext } from "../context";
import { a1, range, SheetWriter } from "../sheet";
import { dataRef, markFormula, writeHeading } from "./common";

/** Codes of the six partial indices of Table 44/45. */
export const T45_CODES = TABLE45_COLUMNS;

/** Where the integral-index sheet put its marks (for the errata sheet). */
export interface IntegralLayout {
  firstRow: number;
  lastRow: number;
  markColumn: number;
  /** Column of the recomputed (unrounded) integral index; unit i of Table 45 is in row firstRow + i. */
  integralColumn: number;
  /** Cell of the count of reproduced rows. */
  reproduced: string;
}

/**
 * Worked sheet of M6 on Table 45: each printed partial index raised to ε,
 * GEOMEAN of the six, rounded as printed and compared; the arithmetic mean for
 * contrast; AIMAQ.INNOV_INDEX per row on the partial indices.
 */
export function buildIntegralSheet(sheet: Worksheet, ctx: BuildContext): IntegralLayout {
  const w = new SheetWriter(sheet);
  const s = ctx.strings.integral;
  const common = ctx.strings.common;
  const units = ctx.source.t45;
  const result = innovationIndex(
    units.map((r) => r.partial),
    { input: "partial", zeroFloor: DEFAULT_ZERO_FLOOR },
  );
  const epsilonRow = writeHeading(w, ctx, s.title, s.steps);
  w.text(1, epsilonRow, s.epsilon, "label");
  w.number(2, epsilonRow, DEFAULT_ZERO_FLOOR, "param", "0.00000");
  const epsilon = a1(2, epsilonRow, true);
  const headerRow = epsilonRow + 2;
  const first = headerRow + 1;
  const last = first + units.length - 1;
  const FLOOR = 8;
  const INTEGRAL = 14;
  const ROUNDED = 15;
  const PUBLISHED = 16;
  const DIFF = 17;
  const MARK = 18;
  const ARITHMETIC = 19;
  const NOTE = 20;
  const AIMAQ = 21;
  const headers = [
    common.unit,
    ...T45_CODES,
    ...T45_CODES.map((code) => fill(s.floorHeader, { code })),
    s.headers.integral,
    s.headers.rounded,
    s.headers.published,
    common.difference,
    common.mark,
    s.headers.arithmetic,
    s.headers.note,
    `${common.aimaqFormula}: INNOV_INDEX`,
    common.cachedValue,
  ];
  headers.forEach((h, i) => w.text(i + 1, headerRow, h, "header"));
  const table = range(2, first, 7, last, true);
  units.forEach((r, i) => {
    const row = first + i;
    w.text(1, row, ctx.unitName(r.unit), "label");
    for (let k = 0; k < 6; k++) {
      w.formula(2 + k, row, dataRef(ctx, ctx.data.t45, r.unit, 1 + k), "input", "0.000");
      w.formula(FLOOR + k, row, `MAX(${a1(2 + k, row)},${epsilon})`, "step", "0.00000");
    }
    w.formula(INTEGRAL, row, `GEOMEAN(${range(FLOOR, row, FLOOR + 5, row)})`, "step", "0.0000");
    w.formula(ROUNDED, row, `ROUND(${a1(INTEGRAL, row)},3)`, "result", "0.000");
    w.formula(PUBLISHED, row, dataRef(ctx, ctx.data.t45, r.unit, 7), "published", "0.000");
    w.formula(DIFF, row, `${a1(INTEGRAL, row)}-${a1(PUBLISHED, row)}`, "step", "0.0000");
    w.formula(MARK, row, markFormula(a1(INTEGRAL, row), a1(PUBLISHED, row), 3), "mark");
    w.formula(ARITHMETIC, row, `AVERAGE(${range(2, row, 7, row)})`, "step", "0.000");
    const original = units.findIndex((u) => u.partial.every((v, k) => v === r.partial[k]));
    if (original < i) w.text(NOTE, row, fill(s.duplicateOf, { row: units[original].rowNumber }), "note");
    w.aimaq(
      AIMAQ,
      row,
      {
        name: "INNOV_INDEX",
        args: [
          table,
          optionWord("input", "partial", ctx.language),
          optionWord("aggregation", "geometric", ctx.language),
          epsilon,
          String(i + 1),
        ],
      },
      result.index[i],
      "0.0000",
    );
  });
  w.text(1, last + 2, s.reproducedCount, "label");
  const marks = range(MARK, first, MARK, last);
  w.formula(MARK, last + 2, `COUNTIF(${marks},"✓")+COUNTIF(${marks},"≈")`, "result");
  w.widths([34, ...new Array(6).fill(8), ...new Array(6).fill(11), 12, 11, 11, 11, 8, 12, 26, 60, 10]);
  w.freeze(headerRow);
  return { firstRow: first, lastRow: last, markColumn: MARK, integralColumn: INTEGRAL, reproduced: a1(MARK, last + 2) };
}
