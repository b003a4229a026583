import type { Worksheet } from "exceljs";
import type { BuildContext } from "../context";
import { a1, range, sheetRef, SheetWriter } from "../sheet";
import { REGION } from "../source";
import { dataRef, markFormula } from "./common";
import type { ComplexLayout } from "./complex";
import { SEMEY, type GroupingLayout } from "./grouping";
import type { IntegralLayout } from "./integral";
import type { ResourcesLayout } from "./resources";

/** The layouts of the worked sheets the errata sheet reads. */
export interface WorkedLayouts {
  activityAgreeing: string;
  integral: IntegralLayout;
  complex: ComplexLayout;
  resources: ResourcesLayout;
  grouping: GroupingLayout;
}

type ItemId = keyof BuildContext["strings"]["errata"]["items"];

interface Item {
  id: ItemId;
  /** A published number, or a formula (without =) that reads it. */
  published: number | { formula: string };
  /** Formula (without =) of the recomputed value. */
  recomputed: string;
  /** Mark formula given the cells of published and recomputed; default: equal at `decimals`. */
  mark?: (published: string, recomputed: string) => string;
  decimals?: number;
  numFmt?: string;
}

const countMark = (published: string, recomputed: string) => `IF(${recomputed}=${published},"✓","✗")`;
/** Agreement of an aggregate within 2 %: evidence, not an exact reproduction. */
const closeMark = (published: string, recomputed: string) => `IF(ABS(${recomputed}/${published}-1)<=0.02,"≈","✗")`;

/**
 * The "published vs recomputed" sheet: one row per finding of methodology.md's
 * reproduction status (and docs/errata.md), the published number beside a
 * formula that recomputes it from the worked sheets, a mark and the reason.
 */
export function buildErrataSheet(sheet: Worksheet, ctx: BuildContext, layouts: WorkedLayouts): void {
  const w = new SheetWriter(sheet);
  const s = ctx.strings.errata;
  const names = ctx.strings.sheetNames;
  const { complex, resources, grouping, integral } = layouts;
  const on = (sheetName: string, address: string) => sheetRef(sheetName, address);
  const cx = (column: number, row: number) => on(names.complex, a1(column, row));
  const share = (unit: string, resource: number) =>
    on(names.resources, a1(resources.shareColumn(resource), resources.rows[unit]));
  const t38 = ctx.source.t38;

  w.text(1, 1, s.title, "title");
  w.text(1, 2, s.intro, "note");
  w.text(1, 3, ctx.strings.common.marks, "note");
  const headerRow = 5;
  const items: Item[] = [
    {
      id: "t15Rows",
      published: ctx.source.t15.length,
      recomputed: on(names.activity, layouts.activityAgreeing),
      mark: countMark,
    },
    {
      id: "t45Rows",
      published: ctx.source.t45.length,
      recomputed: on(names.integral, integral.reproduced),
      mark: countMark,
    },
    {
      id: "t38OX3",
      published: t38.O[2].value,
      recomputed: cx(4, complex.recomputed.O),
      decimals: 0,
      numFmt: "#,##0.0",
    },
    { id: "t38TX1", published: t38.T[0].value, recomputed: cx(2, complex.recomputed.T), decimals: 3, numFmt: "0.0000" },
    {
      id: "t38IOX4",
      published: t38.I_O[3].value,
      recomputed: cx(5, complex.recomputed.I_O),
      decimals: 3,
      numFmt: "0.0000",
    },
    {
      id: "t38ITRows",
      published: t38.I_T.length,
      recomputed: `COUNTIF(${on(names.complex, range(2, complex.marks.I_T, 1 + t38.I_T.length, complex.marks.I_T))},"✓")`,
      mark: countMark,
    },
    { id: "t38IX5", published: t38.I[4].value, recomputed: cx(6, complex.iFromPrinted), decimals: 3, numFmt: "0.0000" },
    {
      id: "kPrinted",
      published: { formula: on(names.complex, complex.kPublished) },
      recomputed: on(names.complex, complex.kFromPrinted),
      decimals: 4,
      numFmt: "0.0000",
    },
    {
      id: "kRecomputed",
      published: { formula: on(names.complex, complex.kPublished) },
      recomputed: on(names.complex, complex.k),
      decimals: 4,
      numFmt: "0.0000",
    },
    {
      id: "t41",
      published: grouping.lastRow - grouping.firstRow + 1,
      recomputed: on(names.grouping, grouping.agreement.t41),
      mark: countMark,
    },
    {
      id: "t42",
      published: grouping.lastRow - grouping.firstRow + 1,
      recomputed: on(names.grouping, grouping.agreement.t42),
      mark: countMark,
    },
    {
      id: "t42Fixed",
      published: grouping.lastRow - grouping.firstRow + 1,
      recomputed: on(names.grouping, grouping.agreement.t42Fixed),
      mark: countMark,
    },
    {
      id: "t43",
      published: grouping.lastRow - grouping.firstRow + 1,
      recomputed: on(names.grouping, grouping.agreement.t43),
      mark: countMark,
    },
    {
      id: "t41Mean",
      published: 73335,
      recomputed: `AVERAGEIF(${on(names.grouping, range(grouping.wageGroupColumn, grouping.firstRow, grouping.wageGroupColumn, grouping.lastRow))},1,${on(names.grouping, range(grouping.wageColumn, grouping.firstRow, grouping.wageColumn, grouping.lastRow))})`,
      decimals: 0,
      numFmt: "#,##0",
    },
  ];
  const evidenceTitle = headerRow + items.length + 8;
  const evidenceFirst = evidenceTitle + 2;
  const units = ctx.source.t40.filter((r) => r.unit !== REGION);
  const evidenceLast = evidenceFirst + units.length - 1;
  const weighted = (column: number) =>
    `SUMPRODUCT(${range(column, evidenceFirst, column, evidenceLast)},${range(4, evidenceFirst, 4, evidenceLast)})/SUM(${range(4, evidenceFirst, 4, evidenceLast)})`;
  const regionX4 = { formula: dataRef(ctx, ctx.data.t40, REGION, 3) };
  items.push(
    { id: "semeyX4", published: regionX4, recomputed: weighted(2), mark: closeMark, numFmt: "#,##0" },
    { id: "semeyX4Fixed", published: regionX4, recomputed: weighted(3), mark: closeMark, numFmt: "#,##0" },
    {
      id: "t26Glubokoe",
      published: ctx.source.t26.find((r) => r.unit === "glubokoe")!.shares2019[0].value,
      recomputed: share("glubokoe", 0),
      decimals: 2,
      numFmt: "0.00",
    },
    {
      id: "t26Zharma",
      published: ctx.source.t26.find((r) => r.unit === "zharma")!.shares2019[0].value,
      recomputed: share("zharma", 0),
      decimals: 2,
      numFmt: "0.00",
    },
    {
      id: "t26Cells",
      published: 4 * (ctx.source.t26.length - 1),
      recomputed: on(names.resources, resources.counts.exact),
      mark: countMark,
    },
    {
      id: "t25Total",
      published: { formula: dataRef(ctx, ctx.data.t25, REGION, 0) },
      recomputed: on(names.resources, a1(2, resources.sumRow)),
      decimals: 1,
      numFmt: "0.0",
    },
  );

  s.headers.forEach((h, i) => w.text(1 + i, headerRow, h, "header"));
  items.forEach((item, n) => {
    const row = headerRow + 1 + n;
    const text = s.items[item.id];
    w.text(1, row, text.table, "label");
    w.text(2, row, text.what, "label");
    if (typeof item.published === "number") w.number(3, row, item.published, "published", item.numFmt);
    else w.formula(3, row, item.published.formula, "published", item.numFmt);
    w.formula(4, row, item.recomputed, "result", item.numFmt);
    const mark = item.mark ?? ((p: string, r: string) => markFormula(r, p, item.decimals ?? 0));
    w.formula(5, row, mark(a1(3, row), a1(4, row)), "mark");
    w.text(6, row, text.why, "note");
  });

  w.text(1, evidenceTitle, s.evidenceTitle, "subtitle");
  [ctx.strings.common.unit, ...s.evidenceHeaders].forEach((h, i) => w.text(1 + i, evidenceTitle + 1, h, "header"));
  units.forEach((r, i) => {
    const row = evidenceFirst + i;
    w.text(1, row, ctx.unitName(r.unit), "label");
    w.formula(2, row, dataRef(ctx, ctx.data.t40, r.unit, 3), "input", "#,##0");
    w.formula(3, row, r.unit === SEMEY ? `${a1(2, row)}/10` : a1(2, row), "step", "#,##0");
    w.formula(4, row, dataRef(ctx, ctx.data.t25, r.unit, 0), "input");
  });
  w.widths([16, 60, 14, 14, 8, 110]);
  w.freeze(headerRow);
}
