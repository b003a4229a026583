import type { Worksheet } from "exceljs";
import { capitalLaborRatio } from "../../../src/core";
import { fill } from "../../../src/i18n/workbooks";
import type { BuildContext } from "../context";
import { a1, range, SheetWriter } from "../sheet";
import { REGION } from "../source";
import { dataRef, markFormula, writeHeading } from "./common";

/** Where the resources sheet put what the errata sheet reads. */
export interface ResourcesLayout {
  rows: Record<string, number>;
  /** Column of the recomputed share of resource r (printed share at +1, mark at +2). */
  shareColumn: (resource: number) => number;
  sumRow: number;
  totalRow: number;
  counts: { exact: string; truncated: string; wrong: string };
}

/**
 * Worked sheet of Table 25: the capital-labour ratio KL = FA / E (second factor
 * of formula 2) with AIMAQ.CAPITAL_LABOR_RATIO, and each unit's share of the
 * regional resources beside Table 26's 2019 shares, marked.
 */
export function buildResourcesSheet(sheet: Worksheet, ctx: BuildContext): ResourcesLayout {
  const w = new SheetWriter(sheet);
  const s = ctx.strings.resources;
  const common = ctx.strings.common;
  const rowsData = ctx.source.t25;
  const printedShares = new Map(ctx.source.t26.map((r) => [r.unit, r.shares2019]));
  const headerRow = writeHeading(w, ctx, s.title, s.steps);
  const KL = 6;
  const AIMAQ = 7;
  const SHARES = 9;
  const shareColumn = (r: number) => SHARES + 3 * r;
  const headers = [
    common.unit,
    ...ctx.strings.data.t25.headers,
    s.headers.ratio,
    `${common.aimaqFormula}: CAPITAL_LABOR_RATIO`,
    common.cachedValue,
    ...s.resources.flatMap((resource) => [fill(s.headers.share, { resource }), s.headers.printed, common.mark]),
  ];
  headers.forEach((h, i) => w.text(i + 1, headerRow, h, "header"));
  const first = headerRow + 1;
  const regionRow = first + rowsData.findIndex((r) => r.unit === REGION);
  const rows: Record<string, number> = {};
  rowsData.forEach((r, i) => {
    const row = first + i;
    rows[r.unit] = row;
    w.text(1, row, ctx.unitName(r.unit), "label");
    for (let k = 0; k < 4; k++) w.formula(2 + k, row, dataRef(ctx, ctx.data.t25, r.unit, k), "input");
    w.formula(KL, row, `${a1(4, row)}/${a1(3, row)}`, "result", "0.0");
    w.aimaq(
      AIMAQ,
      row,
      { name: "CAPITAL_LABOR_RATIO", args: [a1(4, row), a1(3, row)] },
      capitalLaborRatio(r.fixedAssets, r.employed),
      "0.0",
    );
    const printed = printedShares.get(r.unit);
    for (let k = 0; k < 4; k++) {
      const c = shareColumn(k);
      w.formula(c, row, `100*${a1(2 + k, row)}/${a1(2 + k, regionRow, true)}`, "step", "0.000");
      if (!printed || r.unit === REGION) continue;
      w.number(c + 1, row, printed[k].value, "published");
      w.formula(c + 2, row, markFormula(a1(c, row), a1(c + 1, row), printed[k].decimals), "mark");
    }
  });
  const last = first + rowsData.length - 1;
  const sumRow = last + 2;
  const totalRow = last + 3;
  w.text(1, sumRow, s.sumRow, "label");
  w.text(1, totalRow, s.totalRow, "label");
  const units = rowsData.map((r, i) => ({ unit: r.unit, row: first + i })).filter((r) => r.unit !== REGION);
  for (let k = 0; k < 4; k++) {
    const c = 2 + k;
    w.formula(c, sumRow, units.map((u) => a1(c, u.row)).join("+"), "step");
    w.formula(c, totalRow, a1(c, regionRow), "published");
  }
  const markRanges = [0, 1, 2, 3].map((k) => range(shareColumn(k) + 2, first, shareColumn(k) + 2, last));
  const count = (mark: string) => markRanges.map((r) => `COUNTIF(${r},"${mark}")`).join("+");
  const countsFirst = totalRow + 2;
  const labels = [s.exactCount, s.truncatedCount, s.wrongCount];
  const marks = ["✓", "≈", "✗"];
  labels.forEach((label, n) => {
    w.text(1, countsFirst + n, label, "label");
    w.formula(2, countsFirst + n, count(marks[n]), "result");
  });
  w.widths([34, 14, 14, 14, 14, 16, 36, 12, ...new Array(12).fill(11)]);
  w.freeze(headerRow);
  return {
    rows,
    shareColumn,
    sumRow,
    totalRow,
    counts: { exact: a1(2, countsFirst), truncated: a1(2, countsFirst + 1), wrong: a1(2, countsFirst + 2) },
  };
}
