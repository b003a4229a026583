import type { Worksheet } from "exceljs";
import { DEFAULT_ZERO_FLOOR, innovationIndex } from "../../../src/core";
import { fill } from "../../../src/i18n/workbooks";
import type { BuildContext } from "../context";
import { a1, range, sheetRef, SheetWriter } from "../sheet";
import { REGION, T38_CODES } from "../source";
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

type ItemKey = keyof BuildContext["strings"]["errata"]["items"];

/** One row of the sheet. Consecutive rows of the same key share one explanation. */
interface Item {
  /** Identifier of the erratum in docs/errata.md (`E-38-IT`), the same in every language; none for a confirmed result. */
  erratum?: string;
  key: ItemKey;
  /** Values of the `{name}` placeholders of the item's `what`. */
  params?: Record<string, string | number>;
  /** A published number, or a formula (without =) that reads it. */
  published: number | { formula: string };
  /** Formula (without =) of the recomputed value. */
  recomputed: string;
  /** Mark formula given the cells of published and recomputed; default: equal at `decimals`. */
  mark?: (published: string, recomputed: string) => string;
  decimals?: number;
  numFmt?: string;
}

/** Column of each field of an item row. */
const COLUMN = { erratum: 1, table: 2, what: 3, published: 4, recomputed: 5, difference: 6, mark: 7, why: 8 };

/** Cells of docs/errata.md's Table 38 rows: the indicators whose printed statistic is wrong. */
const T38_WRONG = { T: ["X1", "X2", "X4", "R1", "R3", "R4"], I_O: ["X3", "X4", "R2"], I: ["X3", "X5"] } as const;

const countMark = (published: string, recomputed: string) => `IF(${recomputed}=${published},"✓","✗")`;
/** Agreement of an aggregate within 2 %: evidence, not an exact reproduction. */
const closeMark = (published: string, recomputed: string) => `IF(ABS(${recomputed}/${published}-1)<=0.02,"≈","✗")`;

/**
 * The items of the sheet, in the order of docs/errata.md, after the one
 * confirmation (Table 15). `evidenceFirst` is the first row of the Semey
 * evidence block below the items.
 */
function errataItems(ctx: BuildContext, layouts: WorkedLayouts, evidenceFirst: number): Item[] {
  const names = ctx.strings.sheetNames;
  const { complex, resources, grouping, integral } = layouts;
  const on = (sheetName: string, address: string) => sheetRef(sheetName, address);
  const cx = (column: number, row: number) => on(names.complex, a1(column, row));
  const share = (unit: string, resource: number) =>
    on(names.resources, a1(resources.shareColumn(resource), resources.rows[unit]));
  const { t36, t37, t38 } = ctx.source;
  const t38Cell = (erratum: string, key: ItemKey, statistic: "T" | "I_O", code: string): Item => {
    const j = T38_CODES.indexOf(code);
    return {
      erratum,
      key,
      params: { code },
      published: t38[statistic][j].value,
      recomputed: cx(2 + j, complex.recomputed[statistic]),
      decimals: t38[statistic][j].decimals,
      numFmt: "0.0000",
    };
  };
  const t37Cell = (erratum: string, key: ItemKey, code: string, period: string): Item => {
    const j = t36.codes.indexOf(code);
    const printed = t37.values[t37.periods.indexOf(period)][j];
    return {
      erratum,
      key,
      params: { code, period },
      published: printed.value,
      recomputed: `100*${cx(2 + j, complex.growth[Number(period.slice(-4))])}`,
      decimals: printed.decimals,
      numFmt: "0.0##",
    };
  };
  const units = grouping.lastRow - grouping.firstRow + 1;
  const groupCount = (erratum: string, key: ItemKey, cell: string): Item => ({
    erratum,
    key,
    published: units,
    recomputed: on(names.grouping, cell),
    mark: countMark,
  });
  const evidenceLast = evidenceFirst + ctx.source.t40.filter((r) => r.unit !== REGION).length - 1;
  const weighted = (column: number) =>
    `SUMPRODUCT(${range(column, evidenceFirst, column, evidenceLast)},${range(4, evidenceFirst, 4, evidenceLast)})/SUM(${range(4, evidenceFirst, 4, evidenceLast)})`;
  const regionX4 = { formula: dataRef(ctx, ctx.data.t40, REGION, 3) };
  const integralIndex = innovationIndex(
    ctx.source.t45.map((r) => r.partial),
    { input: "partial", zeroFloor: DEFAULT_ZERO_FLOOR },
  ).index;
  // Not reproduced = outside one unit of the printed third decimal, the rule of the integral sheet's marks.
  const t45Wrong = ctx.source.t45
    .map((r, i) => ({ r, row: integral.firstRow + i, ours: integralIndex[i] }))
    .filter(({ r, ours }) => ours === null || Math.abs(ours - r.integral) > 0.001 + 1e-12);
  const t26 = (unit: string) => ctx.source.t26.find((r) => r.unit === unit)!.shares2019[0].value;
  const e1 = t36.codes.indexOf("E1");
  return [
    {
      key: "t15Rows",
      published: ctx.source.t15.length,
      recomputed: on(names.activity, layouts.activityAgreeing),
      mark: countMark,
    },
    {
      erratum: "E-38-O-X3",
      key: "t38OX3",
      published: t38.O[2].value,
      recomputed: cx(4, complex.recomputed.O),
      decimals: 0,
      numFmt: "#,##0.0",
    },
    {
      erratum: "E-38-O-X1",
      key: "t38OX1",
      published: t38.O[0].value,
      recomputed: cx(2, complex.recomputed.O),
      decimals: 0,
      numFmt: "#,##0.00",
    },
    ...T38_WRONG.T.map((code) => t38Cell("E-38-T", "t38T", "T", code)),
    {
      erratum: "E-38-IT",
      key: "t38ITRows",
      published: t38.I_T.length,
      recomputed: `COUNTIF(${on(names.complex, range(2, complex.marks.I_T, 1 + t38.I_T.length, complex.marks.I_T))},"✓")`,
      mark: countMark,
    },
    ...T38_WRONG.I_O.map((code) => t38Cell("E-38-IO", "t38IO", "I_O", code)),
    ...T38_WRONG.I.map((code) => {
      const j = T38_CODES.indexOf(code);
      return {
        erratum: "E-38-I",
        key: "t38I" as const,
        params: { code },
        published: t38.I[j].value,
        recomputed: cx(2 + j, complex.iFromPrinted),
        decimals: 3,
        numFmt: "0.0000",
      };
    }),
    {
      erratum: "E-38-K",
      key: "kPrinted",
      published: { formula: on(names.complex, complex.kPublished) },
      recomputed: on(names.complex, complex.kFromPrinted),
      decimals: 4,
      numFmt: "0.0000",
    },
    {
      erratum: "E-38-K",
      key: "kRecomputed",
      published: { formula: on(names.complex, complex.kPublished) },
      recomputed: on(names.complex, complex.k),
      decimals: 4,
      numFmt: "0.0000",
    },
    ...t37.periods.map((period) => t37Cell("E-37-E5", "t37E5", "E5", period)),
    t37Cell("E-37-E4-E1", "t37Slip", "E4", "2015-2016"),
    t37Cell("E-37-E4-E1", "t37Slip", "E1", "2017-2018"),
    t37Cell("E-37-X5", "t37X5", "X5", "2016-2017"),
    t37Cell("E-37-X5", "t37X5", "X5", "2017-2018"),
    {
      erratum: "E-36-E1",
      key: "t36E1",
      published: { formula: dataRef(ctx, ctx.data.t36, "2014", e1) },
      recomputed: `${dataRef(ctx, ctx.data.t36, "2014", 0)}/${dataRef(ctx, ctx.data.t36, "2014", 1)}`,
      decimals: 2,
      numFmt: "0.0000",
    },
    {
      erratum: "E-40-X4-SEMEY",
      key: "semeyX4",
      published: regionX4,
      recomputed: weighted(2),
      mark: closeMark,
      numFmt: "#,##0",
    },
    {
      erratum: "E-40-X4-SEMEY",
      key: "semeyX4Fixed",
      published: regionX4,
      recomputed: weighted(3),
      mark: closeMark,
      numFmt: "#,##0",
    },
    groupCount("E-41", "t41", grouping.agreement.t41),
    groupCount("E-42", "t42", grouping.agreement.t42),
    groupCount("E-42", "t42Fixed", grouping.agreement.t42Fixed),
    groupCount("E-43", "t43", grouping.agreement.t43),
    {
      erratum: "E-41-MEAN",
      key: "t41Mean",
      published: 73335,
      recomputed: `AVERAGEIF(${on(names.grouping, range(grouping.wageGroupColumn, grouping.firstRow, grouping.wageGroupColumn, grouping.lastRow))},1,${on(names.grouping, range(grouping.wageColumn, grouping.firstRow, grouping.wageColumn, grouping.lastRow))})`,
      decimals: 0,
      numFmt: "#,##0",
    },
    {
      erratum: "E-45",
      key: "t45Rows",
      published: ctx.source.t45.length,
      recomputed: on(names.integral, integral.reproduced),
      mark: countMark,
    },
    ...t45Wrong.map(({ r, row }) => ({
      erratum: `E-45-R${r.rowNumber}`,
      key: "t45Row" as const,
      params: { row: r.rowNumber, unit: ctx.unitName(r.unit) },
      published: { formula: dataRef(ctx, ctx.data.t45, r.unit, 7) },
      recomputed: on(names.integral, a1(integral.integralColumn, row)),
      decimals: 3,
      numFmt: "0.0000",
    })),
    {
      erratum: "E-26-GLUBOKOE",
      key: "t26Glubokoe",
      published: t26("glubokoe"),
      recomputed: share("glubokoe", 0),
      decimals: 2,
      numFmt: "0.00",
    },
    {
      erratum: "E-26-ZHARMA",
      key: "t26Zharma",
      published: t26("zharma"),
      recomputed: share("zharma", 0),
      decimals: 2,
      numFmt: "0.00",
    },
    {
      erratum: "E-26-TRUNC",
      key: "t26Cells",
      published: 4 * (ctx.source.t26.length - 1),
      recomputed: on(names.resources, resources.counts.exact),
      mark: countMark,
    },
    {
      erratum: "E-25-ACTIVE",
      key: "t25Total",
      published: { formula: dataRef(ctx, ctx.data.t25, REGION, 0) },
      recomputed: on(names.resources, a1(2, resources.sumRow)),
      decimals: 1,
      numFmt: "0.0",
    },
  ];
}

/**
 * The "published vs recomputed" sheet: one row per erratum of docs/errata.md on
 * a table the workbook carries (per printed cell where the erratum names
 * several), with its identifier, the published number beside a formula that
 * recomputes it from the worked sheets, the difference, a mark and the reason;
 * below, the evidence for Semey's X4.
 */
export function buildErrataSheet(sheet: Worksheet, ctx: BuildContext, layouts: WorkedLayouts): void {
  const w = new SheetWriter(sheet);
  const s = ctx.strings.errata;
  w.text(1, 1, s.title, "title");
  w.text(1, 2, s.intro, "note");
  w.text(1, 3, ctx.strings.common.marks, "note");
  const headerRow = 5;
  const evidenceTitle = headerRow + errataItems(ctx, layouts, 0).length + 2;
  const evidenceFirst = evidenceTitle + 2;
  const items = errataItems(ctx, layouts, evidenceFirst);

  s.headers.forEach((h, i) => w.text(1 + i, headerRow, h, "header"));
  items.forEach((item, n) => {
    const row = headerRow + 1 + n;
    const text = s.items[item.key];
    if (item.erratum) w.text(COLUMN.erratum, row, item.erratum, "label");
    w.text(COLUMN.table, row, text.table, "label");
    w.text(COLUMN.what, row, fill(text.what, item.params ?? {}), "label");
    if (typeof item.published === "number") w.number(COLUMN.published, row, item.published, "published", item.numFmt);
    else w.formula(COLUMN.published, row, item.published.formula, "published", item.numFmt);
    const published = a1(COLUMN.published, row);
    const recomputed = a1(COLUMN.recomputed, row);
    w.formula(COLUMN.recomputed, row, item.recomputed, "result", item.numFmt);
    w.formula(COLUMN.difference, row, `${recomputed}-${published}`, "step", item.numFmt);
    const mark = item.mark ?? ((p: string, r: string) => markFormula(r, p, item.decimals ?? 0));
    w.formula(COLUMN.mark, row, mark(published, recomputed), "mark");
    if (n === 0 || items[n - 1].key !== item.key) w.text(COLUMN.why, row, text.why, "note");
  });

  w.text(1, evidenceTitle, s.evidenceTitle, "subtitle");
  [ctx.strings.common.unit, ...s.evidenceHeaders].forEach((h, i) => w.text(1 + i, evidenceTitle + 1, h, "header"));
  ctx.source.t40
    .filter((r) => r.unit !== REGION)
    .forEach((r, i) => {
      const row = evidenceFirst + i;
      w.text(1, row, ctx.unitName(r.unit), "label");
      w.formula(2, row, dataRef(ctx, ctx.data.t40, r.unit, 3), "input", "#,##0");
      w.formula(3, row, r.unit === SEMEY ? `${a1(2, row)}/10` : a1(2, row), "step", "#,##0");
      w.formula(4, row, dataRef(ctx, ctx.data.t25, r.unit, 0), "input");
    });
  w.widths([28, 14, 60, 14, 14, 12, 8, 110]);
  w.freeze(headerRow);
}
