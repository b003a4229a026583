import type { Worksheet } from "exceljs";
import { classify } from "../../../src/core";
import { LEVEL_LABELS } from "../../../src/i18n";
import { fill } from "../../../src/i18n/workbooks";
import { optionWord } from "../aimaq";
import { groupLowerBounds } from "../breaks";
import type { BuildContext } from "../context";
import { a1, range, SheetWriter } from "../sheet";
import { REGION } from "../source";
import { dataRef, writeHeading } from "./common";

/** Semey's X4 read as 531,694 (a tenfold typo; methodology R-summary #18). */
export const SEMEY = "semey";
const GROUPS = 5;

/** Where the grouping sheet put its agreement counts and columns (for the errata sheet). */
export interface GroupingLayout {
  firstRow: number;
  lastRow: number;
  /** Agreement counts: X3 (Table 41), X4 (42), X4 with Semey corrected, X5 (43). */
  agreement: { t41: string; t42: string; t42Fixed: string; t43: string };
  /** Columns of the X3 values and of Table 41's published groups. */
  wageColumn: number;
  wageGroupColumn: number;
}

interface Block {
  code: string;
  table: number;
  /** Index of the indicator in Table 40 (X3 = 2). */
  index: number;
  /** Published groups by unit, from Tables 41-43. */
  groupIndex: 0 | 1 | 2;
}

/**
 * Worked sheet of Tables 41-43: X3, X4 and X5 of each unit, the published group,
 * the optimal k-means group (AIMAQ.CLASSIFY; its bounds computed by src/core and
 * MATCH placing each unit), the same for X4 with Semey corrected, and marks.
 */
export function buildGroupingSheet(sheet: Worksheet, ctx: BuildContext): GroupingLayout {
  const w = new SheetWriter(sheet);
  const s = ctx.strings.grouping;
  const common = ctx.strings.common;
  const units = ctx.source.t40.filter((r) => r.unit !== REGION);
  const published = new Map(ctx.source.t41to43.map((r) => [r.unit, r.groups]));
  const headerRow = writeHeading(w, ctx, s.title, s.steps);
  const first = headerRow + 1;
  const last = first + units.length - 1;
  const boundsTitle = last + 4;
  const boundsFirst = boundsTitle + 2;
  const boundsLast = boundsFirst + GROUPS - 1;
  w.text(1, headerRow, common.unit, "header");
  units.forEach((r, i) => w.text(1, first + i, ctx.unitName(r.unit), "label"));

  const blocks: Block[] = [
    { code: "X3", table: 41, index: 2, groupIndex: 0 },
    { code: "X4", table: 42, index: 3, groupIndex: 1 },
    { code: "X5", table: 43, index: 4, groupIndex: 2 },
  ];
  const markColumns: number[] = [];
  let column = 2;
  const boundColumn = (n: number) => 3 + n;
  const blockAt = (
    block: Block,
    n: number,
    values: number[],
    valueFormula: (row: number, unit: string) => string,
    aimaq: boolean,
  ) => {
    const groups = classify(values, GROUPS).groups;
    const bounds = groupLowerBounds(values, groups, GROUPS, 0);
    bounds.forEach((b, g) => w.number(boundColumn(n), boundsFirst + g, b, "cached", "#,##0.0"));
    const V = column;
    const header = [
      n === 3 ? s.corrected : fill(s.value, { code: block.code }),
      fill(s.publishedGroup, { table: block.table }),
      n === 3 ? s.correctedGroup : s.groupByBounds,
      common.mark,
      ...(aimaq ? [`${common.aimaqFormula}: CLASSIFY`, common.cachedValue] : []),
    ];
    header.forEach((h, i) => w.text(V + i, headerRow, h, "header"));
    units.forEach((r, i) => {
      const row = first + i;
      w.formula(V, row, valueFormula(row, r.unit), "input", "#,##0");
      const group = published.get(r.unit)?.[block.groupIndex] ?? null;
      if (group === null) w.text(V + 1, row, common.notListed, "published");
      else w.number(V + 1, row, group, "published");
      w.formula(
        V + 2,
        row,
        `MATCH(${a1(V, row)},${range(boundColumn(n), boundsFirst, boundColumn(n), boundsLast, true)},1)`,
        "result",
      );
      w.formula(V + 3, row, `IF(${a1(V + 1, row)}=${a1(V + 2, row)},"✓","✗")`, "mark");
      if (!aimaq) return;
      if (i === 0) {
        w.aimaq(
          V + 4,
          row,
          {
            name: "CLASSIFY",
            args: [range(V, first, V, last, true), String(GROUPS), optionWord("method", "ckmeans", ctx.language)],
          },
          groups[i],
        );
      } else {
        w.number(V + 5, row, groups[i] as number, "cached");
      }
    });
    w.formula(V + 3, last + 2, `COUNTIF(${range(V + 3, first, V + 3, last)},"✓")`, "result");
    markColumns.push(V + 3);
    column = V + (aimaq ? 6 : 4);
    return V;
  };

  const valueOf = (index: number) => units.map((r) => r.values[index]);
  const wageColumn = blockAt(blocks[0], 0, valueOf(2), (_row, unit) => dataRef(ctx, ctx.data.t40, unit, 2), true);
  const industryColumn = blockAt(blocks[1], 1, valueOf(3), (_row, unit) => dataRef(ctx, ctx.data.t40, unit, 3), true);
  const corrected = units.map((r) => (r.unit === SEMEY ? r.values[3] / 10 : r.values[3]));
  blockAt(
    blocks[1],
    3,
    corrected,
    (row, unit) => (unit === SEMEY ? `${a1(industryColumn, row)}/10` : a1(industryColumn, row)),
    false,
  );
  blockAt(blocks[2], 2, valueOf(4), (_row, unit) => dataRef(ctx, ctx.data.t40, unit, 4), true);

  w.text(1, last + 2, common.agreeing, "label");
  w.text(1, boundsTitle, s.boundsTitle, "subtitle");
  s.boundsHeaders.forEach((h, i) => w.text(1 + i, boundsTitle + 1, h, "header"));
  for (let g = 0; g < GROUPS; g++) {
    w.number(1, boundsFirst + g, g + 1, "label");
    w.text(2, boundsFirst + g, LEVEL_LABELS[ctx.language][g], "label");
  }
  w.widths([34, ...new Array(column - 2).fill(12)]);
  w.freeze(headerRow);
  const count = (n: number) => a1(markColumns[n], last + 2);
  return {
    firstRow: first,
    lastRow: last,
    agreement: { t41: count(0), t42: count(1), t42Fixed: count(2), t43: count(3) },
    wageColumn,
    wageGroupColumn: wageColumn + 1,
  };
}
