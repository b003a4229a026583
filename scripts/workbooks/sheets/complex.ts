import type { Worksheet } from "exceljs";
import { DEFAULT_WINDOW, innovationComplex } from "../../../src/core";
import { fill } from "../../../src/i18n/workbooks";
import type { BuildContext } from "../context";
import { a1, range, SheetWriter } from "../sheet";
import { dataRef, markFormula, writeHeading } from "./common";

/** Statistics of Table 38, in the order of its rows. */
const STATISTICS = ["T", "O", "I_T", "I_O", "I"] as const;
type Statistic = (typeof STATISTICS)[number];

/** Rows of the complex-coefficient sheet the errata sheet refers to; indicator j is in column 2 + j. */
export interface ComplexLayout {
  recomputed: Record<Statistic, number>;
  published: Record<Statistic, number>;
  marks: Record<Statistic, number>;
  iFromPrinted: number;
  /** Row of the growth coefficient year / year − 1 (Table 37 ÷ 100), keyed by the year; column 2 + j as in Table 36. */
  growth: Record<number, number>;
  /** Cells of K recomputed, K published and K from the printed I. */
  k: string;
  kPublished: string;
  kFromPrinted: string;
}

/**
 * Worked sheet of M4 on Table 36: growth coefficients, O and T over 2016-2018
 * (T as GEOMEAN of the three coefficients), I_O and I_T by min-max over the
 * window (formulas 7 in direct form, 8), I (6) and K (9); Table 38 as printed
 * with marks, and AIMAQ.INNOV_COMPLEX.
 */
export function buildComplexSheet(sheet: Worksheet, ctx: BuildContext): ComplexLayout {
  const w = new SheetWriter(sheet);
  const s = ctx.strings.complex;
  const { years, values } = ctx.source.t36;
  const width = values[0].length;
  const window = DEFAULT_WINDOW;
  const result = innovationComplex(values, window);
  const headerRow = writeHeading(w, ctx, s.title, s.steps);
  w.text(1, headerRow, ctx.strings.data.t36.year, "header");
  ctx.strings.data.t36.headers.forEach((h, j) => w.text(2 + j, headerRow, h, "header"));
  const first = headerRow + 1;
  years.forEach((year, t) => {
    w.number(1, first + t, year, "label");
    for (let j = 0; j < width; j++) w.formula(2 + j, first + t, dataRef(ctx, ctx.data.t36, String(year), j), "input");
  });
  const growthFirst = first + years.length + 1;
  const growthRows: Record<number, number> = {};
  for (let t = 1; t < years.length; t++) {
    const row = growthFirst + t - 1;
    growthRows[years[t]] = row;
    w.text(1, row, fill(s.growth, { year: years[t], previous: years[t - 1] }), "label");
    for (let j = 0; j < width; j++)
      w.formula(2 + j, row, `${a1(2 + j, first + t)}/${a1(2 + j, first + t - 1)}`, "step", "0.000");
  }
  const levelsFirst = first + years.length - window;
  const levelsLast = first + years.length - 1;
  const growthLast = growthFirst + years.length - 2;
  const growthWindowFirst = growthLast - window + 1;

  const statsFirst = growthLast + 2;
  const rowOf = {
    O: statsFirst,
    Omin: statsFirst + 1,
    Omax: statsFirst + 2,
    IO: statsFirst + 3,
    T: statsFirst + 4,
    Tmin: statsFirst + 5,
    Tmax: statsFirst + 6,
    IT: statsFirst + 7,
    I: statsFirst + 8,
    K: statsFirst + 9,
  };
  (Object.keys(rowOf) as (keyof typeof rowOf)[]).forEach((key) => w.text(1, rowOf[key], s.rows[key], "label"));
  for (let j = 0; j < width; j++) {
    const c = 2 + j;
    const at = (row: number) => a1(c, row);
    const levels = range(c, levelsFirst, c, levelsLast);
    const growth = range(c, growthWindowFirst, c, growthLast);
    w.formula(c, rowOf.O, `AVERAGE(${levels})`, "step", "0.000");
    w.formula(c, rowOf.Omin, `MIN(${levels})`, "step");
    w.formula(c, rowOf.Omax, `MAX(${levels})`, "step");
    w.formula(c, rowOf.IO, `(${at(rowOf.O)}-${at(rowOf.Omin)})/(${at(rowOf.Omax)}-${at(rowOf.Omin)})`, "step", "0.000");
    w.formula(c, rowOf.T, `GEOMEAN(${growth})`, "step", "0.000");
    w.formula(c, rowOf.Tmin, `MIN(${growth})`, "step", "0.000");
    w.formula(c, rowOf.Tmax, `MAX(${growth})`, "step", "0.000");
    w.formula(c, rowOf.IT, `(${at(rowOf.T)}-${at(rowOf.Tmin)})/(${at(rowOf.Tmax)}-${at(rowOf.Tmin)})`, "step", "0.000");
    w.formula(c, rowOf.I, `0.5*${at(rowOf.IT)}+0.5*${at(rowOf.IO)}`, "result", "0.000");
  }
  w.formula(2, rowOf.K, `AVERAGE(${range(2, rowOf.I, 1 + width, rowOf.I)})`, "result", "0.0000");
  w.aimaq(
    4,
    rowOf.K,
    { name: "INNOV_COMPLEX", args: [range(2, first, 1 + width, levelsLast, true), String(window)] },
    result.coefficient,
    "0.0000",
  );

  const publishedTitle = rowOf.K + 2;
  w.text(1, publishedTitle, s.publishedTitle, "subtitle");
  const recomputedRow: Record<Statistic, number> = { T: rowOf.T, O: rowOf.O, I_T: rowOf.IT, I_O: rowOf.IO, I: rowOf.I };
  const published = {} as Record<Statistic, number>;
  const marks = {} as Record<Statistic, number>;
  STATISTICS.forEach((stat, n) => {
    published[stat] = publishedTitle + 1 + n;
    marks[stat] = publishedTitle + 1 + STATISTICS.length + n;
  });
  STATISTICS.forEach((stat) => {
    w.text(1, published[stat], fill(s.publishedRow, { statistic: stat }), "label");
    w.text(1, marks[stat], fill(s.markRow, { statistic: stat }), "label");
    ctx.source.t38[stat].forEach((p, j) => {
      w.number(2 + j, published[stat], p.value, "published");
      w.formula(
        2 + j,
        marks[stat],
        markFormula(a1(2 + j, recomputedRow[stat]), a1(2 + j, published[stat]), p.decimals),
        "mark",
      );
    });
  });
  const iFromPrinted = publishedTitle + 1 + 2 * STATISTICS.length;
  w.text(1, iFromPrinted, s.iFromPrinted, "label");
  for (let j = 0; j < width; j++) {
    w.formula(2 + j, iFromPrinted, `0.5*${a1(2 + j, published.I_T)}+0.5*${a1(2 + j, published.I_O)}`, "step", "0.0000");
  }
  const kPublishedRow = iFromPrinted + 2;
  w.text(1, kPublishedRow, s.kPublished, "label");
  w.number(2, kPublishedRow, 0.5078, "published", "0.0000");
  w.text(1, kPublishedRow + 1, s.kFromPrinted, "label");
  w.formula(2, kPublishedRow + 1, `AVERAGE(${range(2, published.I, 1 + width, published.I)})`, "result", "0.0000");
  w.formula(3, kPublishedRow + 1, markFormula(a1(2, kPublishedRow + 1), a1(2, kPublishedRow), 4), "mark");
  w.widths([44, ...new Array(width).fill(13)]);
  w.freeze(headerRow);
  return {
    recomputed: recomputedRow,
    published,
    marks,
    iFromPrinted,
    growth: growthRows,
    k: a1(2, rowOf.K),
    kPublished: a1(2, kPublishedRow),
    kFromPrinted: a1(2, kPublishedRow + 1),
  };
}
