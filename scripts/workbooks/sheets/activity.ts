import type { Worksheet } from "exceljs";
import { innovationActivityLevel } from "../../../src/core";
import type { BuildContext } from "../context";
import { a1, range, SheetWriter } from "../sheet";
import { dataRef, markFormula, writeHeading } from "./common";

/**
 * Worked sheet of formula (3) on Table 15: N_i / N_tre × 100, rounded as printed,
 * beside the printed level, and AIMAQ.INNOV_ACTIVITY per row.
 */
/** Cell (A1, on the activity sheet) of the count of rows that agree with Table 15. */
export function buildActivitySheet(sheet: Worksheet, ctx: BuildContext): { agreeing: string } {
  const w = new SheetWriter(sheet);
  const s = ctx.strings.activity;
  const headerRow = writeHeading(w, ctx, s.title, s.steps);
  const headers = [
    ctx.strings.common.unit,
    s.headers.enterprises,
    s.headers.innovating,
    s.headers.level,
    s.headers.rounded,
    s.headers.published,
    ctx.strings.common.mark,
    ctx.strings.common.aimaqFormula,
    ctx.strings.common.cachedValue,
  ];
  headers.forEach((h, i) => w.text(i + 1, headerRow, h, "header"));
  const first = headerRow + 1;
  const t15 = ctx.data.t15;
  ctx.source.t15.forEach((r, i) => {
    const row = first + i;
    w.text(1, row, ctx.unitName(r.unit), "label");
    w.formula(2, row, dataRef(ctx, t15, r.unit, 0), "input");
    w.formula(3, row, dataRef(ctx, t15, r.unit, 1), "input");
    w.formula(4, row, `${a1(3, row)}/${a1(2, row)}*100`, "step", "0.000");
    w.formula(5, row, `ROUND(${a1(4, row)},1)`, "result", "0.0");
    w.formula(6, row, dataRef(ctx, t15, r.unit, 2), "published", "0.0");
    w.formula(7, row, markFormula(a1(4, row), a1(6, row), 1), "mark");
    w.aimaq(
      8,
      row,
      { name: "INNOV_ACTIVITY", args: [a1(3, row), a1(2, row)] },
      innovationActivityLevel(r.innovating, r.enterprises),
      "0.000",
    );
  });
  const last = first + ctx.source.t15.length - 1;
  w.text(1, last + 2, ctx.strings.common.agreeing, "label");
  w.formula(7, last + 2, `COUNTIF(${range(7, first, 7, last)},"✓")`, "result");
  w.widths([34, 14, 14, 16, 14, 14, 8, 36, 14]);
  w.freeze(headerRow);
  return { agreeing: a1(7, last + 2) };
}
