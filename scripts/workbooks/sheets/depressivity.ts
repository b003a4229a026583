import type { Worksheet } from "exceljs";
import { depressivity, type Direction } from "../../../src/core";
import { LEVEL_LABELS } from "../../../src/i18n";
import { fill } from "../../../src/i18n/workbooks";
import { groupLowerBounds } from "../breaks";
import type { BuildContext } from "../context";
import { a1, range, SheetWriter } from "../sheet";
import { REGION } from "../source";
import { dataRef, writeHeading } from "./common";

/** Directions of Table 40: unemployment and mortality are "lower is better" (formula 11). */
export const T40_DIRECTIONS: Direction[] = [-1, -1, 1, 1, 1, 1];

/** Rows of the depressivity sheet the other sheets refer to. */
export interface DepressivityLayout {
  firstRow: number;
  lastRow: number;
  /** Row of each unit. */
  rows: Record<string, number>;
  /** Column of Y1 (Y_k is yColumn + k − 1), of the score and of the rank. */
  yColumn: number;
  scoreColumn: number;
  rankColumn: number;
}

/**
 * Worked sheet of M5 on Table 40: min and max over the 19 units, partial
 * assessments by formulas (10)/(11), their mean, depressivity = 1 − mean,
 * RANK.EQ, and the five k-means levels placed by MATCH on bounds computed by
 * src/core; beside them AIMAQ.DEPRESS_SCORE / DEPRESS_RANK / DEPRESS_CLASS.
 */
export function buildDepressivitySheet(sheet: Worksheet, ctx: BuildContext): DepressivityLayout {
  const w = new SheetWriter(sheet);
  const s = ctx.strings.depressivity;
  const common = ctx.strings.common;
  const units = ctx.source.t40.filter((r) => r.unit !== REGION);
  const result = depressivity(
    units.map((r) => r.values),
    { directions: T40_DIRECTIONS },
  );
  const headerRow = writeHeading(w, ctx, s.title, s.steps);
  const first = headerRow + 1;
  const last = first + units.length - 1;
  const minRow = last + 2;
  const maxRow = last + 3;
  const directionRow = last + 4;
  const boundsTitleRow = last + 6;
  const boundsFirst = boundsTitleRow + 3;
  const boundsLast = boundsFirst + 4;
  const Y = 8;
  const MEAN = 14;
  const SCORE = 15;
  const RANK = 16;
  const LEVEL = 17;
  const LABEL = 18;
  const AIMAQ = 19;

  const headers = [
    common.unit,
    ...ctx.strings.data.t40.headers,
    ...T40_DIRECTIONS.map((d, k) => fill(s.yHeader, { k: k + 1, formula: d === 1 ? 10 : 11 })),
    s.headers.mean,
    s.headers.score,
    s.headers.rank,
    s.headers.level,
    s.headers.label,
    `${common.aimaqFormula}: DEPRESS_SCORE`,
    common.cachedValue,
    `${common.aimaqFormula}: DEPRESS_RANK`,
    common.cachedValue,
    `${common.aimaqFormula}: DEPRESS_CLASS`,
    common.cachedValue,
  ];
  headers.forEach((h, i) => w.text(i + 1, headerRow, h, "header"));

  const table = range(2, first, 7, last, true);
  const directions = range(2, directionRow, 7, directionRow, true);
  const rows: Record<string, number> = {};
  units.forEach((r, i) => {
    const row = first + i;
    rows[r.unit] = row;
    w.text(1, row, ctx.unitName(r.unit), "label");
    for (let k = 0; k < 6; k++) {
      const col = 2 + k;
      w.formula(col, row, dataRef(ctx, ctx.data.t40, r.unit, k), "input");
      const position = `(${a1(col, row)}-${columnFixed(col, minRow)})/(${columnFixed(col, maxRow)}-${columnFixed(col, minRow)})`;
      w.formula(Y + k, row, T40_DIRECTIONS[k] === 1 ? position : `1-${position}`, "step", "0.000");
    }
    w.formula(MEAN, row, `AVERAGE(${range(Y, row, Y + 5, row)})`, "step", "0.000");
    w.formula(SCORE, row, `1-${a1(MEAN, row)}`, "result", "0.000");
    w.formula(RANK, row, `_xlfn.RANK.EQ(${a1(SCORE, row)},${range(SCORE, first, SCORE, last, true)},0)`, "result");
    w.formula(LEVEL, row, `MATCH(${a1(SCORE, row)},${range(3, boundsFirst, 3, boundsLast, true)},1)`, "result");
    w.formula(LABEL, row, `INDEX(${range(2, boundsFirst, 2, boundsLast, true)},${a1(LEVEL, row)})`, "result");
    const unitArg = String(i + 1);
    w.aimaq(AIMAQ, row, { name: "DEPRESS_SCORE", args: [table, directions, "", unitArg] }, result.score[i], "0.000");
    w.aimaq(AIMAQ + 2, row, { name: "DEPRESS_RANK", args: [table, directions, "", unitArg] }, result.rank[i]);
    w.aimaq(AIMAQ + 4, row, { name: "DEPRESS_CLASS", args: [table, directions, "5", "", unitArg] }, result.level[i]);
  });

  w.text(1, minRow, common.minimum, "label");
  w.text(1, maxRow, common.maximum, "label");
  w.text(1, directionRow, common.direction, "label");
  for (let k = 0; k < 6; k++) {
    w.formula(2 + k, minRow, `MIN(${range(2 + k, first, 2 + k, last)})`, "step");
    w.formula(2 + k, maxRow, `MAX(${range(2 + k, first, 2 + k, last)})`, "step");
    w.number(2 + k, directionRow, T40_DIRECTIONS[k], "param");
  }

  w.text(1, boundsTitleRow, s.boundsTitle, "subtitle");
  w.text(1, boundsTitleRow + 1, s.boundsNote, "note");
  s.boundsHeaders.forEach((h, i) => w.text(1 + i, boundsTitleRow + 2, h, "header"));
  const bounds = groupLowerBounds(result.score, result.level, result.k, 0);
  bounds.forEach((bound, g) => {
    const row = boundsFirst + g;
    w.number(1, row, g + 1, "label");
    w.text(2, row, LEVEL_LABELS[ctx.language][g], "label");
    w.number(3, row, bound, "cached", "0.0000");
    w.formula(4, row, `COUNTIF(${range(LEVEL, first, LEVEL, last, true)},${a1(1, row)})`, "step");
  });
  w.widths([34, ...new Array(6).fill(12), ...new Array(6).fill(10), 10, 12, 10, 10, 14, 40, 10, 40, 10, 40, 10]);
  w.freeze(headerRow);
  return { firstRow: first, lastRow: last, rows, yColumn: Y, scoreColumn: SCORE, rankColumn: RANK };
}

/** A cell with its row fixed ($) and its column free, so that a formula can be filled right. */
function columnFixed(column: number, row: number): string {
  return `${a1(column, row).replace(/\d+$/, "")}$${row}`;
}
