import type { Worksheet } from "exceljs";
import {
  aggregate,
  capitalLaborRatio,
  classify,
  complexCoefficient,
  depressivity,
  innovationActivityLevel,
  minMaxNormalize,
  sharePercent,
} from "../../../src/core";
import { fill } from "../../../src/i18n/workbooks";
import type { BuildContext } from "../context";
import { SheetWriter } from "../sheet";
import { REGION } from "../source";
import { T40_DIRECTIONS } from "./depressivity";
import { SEMEY } from "./grouping";

/** One answer: the value (a number or a unit's name) and the values its explanation quotes. */
interface Answer {
  answer: number | string;
  numFmt?: string;
  values?: Record<string, string | number>;
}

/** A number with fixed decimals as the language writes it: decimal comma in Kazakh and Russian. */
function written(value: number, decimals: number, ctx: BuildContext): string {
  const text = value.toFixed(decimals);
  return ctx.language === "en" ? text : text.replace(".", ",");
}

function round(value: number, decimals: number): number {
  return Number(value.toFixed(decimals));
}

/** The answers, computed by src/core from the source tables, in the order of the exercises. */
export function computeAnswers(ctx: BuildContext): Answer[] {
  const src = ctx.source;
  const region = src.t15.find((r) => r.unit === REGION)!;
  const activityUnits = src.t15.filter((r) => r.unit !== REGION);
  const mostActive = activityUnits.reduce((a, b) =>
    innovationActivityLevel(b.innovating, b.enterprises) > innovationActivityLevel(a.innovating, a.enterprises) ? b : a,
  );
  const t40 = src.t40.filter((r) => r.unit !== REGION);
  const dep = depressivity(
    t40.map((r) => r.values),
    { directions: T40_DIRECTIONS },
  );
  const mostDepressed = dep.rank.indexOf(1);
  const correctedX4 = t40.map((r) => (r.unit === SEMEY ? r.values[3] / 10 : r.values[3]));
  const semeyY4 = minMaxNormalize(correctedX4).values[t40.findIndex((r) => r.unit === SEMEY)] as number;
  const oskemen = src.t45.find((r) => r.unit === "oskemen")!;
  const resources = src.t25.filter((r) => r.unit !== REGION);
  const ratio = (r: (typeof resources)[number]) => capitalLaborRatio(r.fixedAssets, r.employed);
  const richest = resources.reduce((a, b) => (ratio(b) > ratio(a) ? b : a));
  const glubokoe = src.t25.find((r) => r.unit === "glubokoe")!;
  const regionResources = src.t25.find((r) => r.unit === REGION)!;
  const wageGroups = classify(
    t40.map((r) => r.values[2]),
    5,
  ).groups;
  return [
    { answer: round(innovationActivityLevel(region.innovating, region.enterprises), 1), numFmt: "0.0" },
    { answer: ctx.unitName(mostActive.unit) },
    {
      answer: ctx.unitName(t40[mostDepressed].unit),
      values: {
        unit: ctx.unitName(t40[mostDepressed].unit),
        score: written(dep.score[mostDepressed] as number, 3, ctx),
      },
    },
    { answer: round(semeyY4, 3), numFmt: "0.000" },
    { answer: round(aggregate(oskemen.partial, { method: "arithmetic" }).value as number, 3), numFmt: "0.000" },
    { answer: round(complexCoefficient(src.t38.I.map((p) => p.value)) as number, 4), numFmt: "0.0000" },
    {
      answer: ctx.unitName(richest.unit),
      values: { unit: ctx.unitName(richest.unit), value: written(ratio(richest), 1, ctx) },
    },
    { answer: round(sharePercent(glubokoe.active, regionResources.active), 2), numFmt: "0.00" },
    { answer: wageGroups.filter((g) => g === 1).length, values: { count: wageGroups.filter((g) => g === 1).length } },
  ];
}

/** The exercises (tasks, a yellow cell for the answer, a hint) and, on a separate sheet, the answers. */
export function buildExerciseSheets(exercises: Worksheet, answers: Worksheet, ctx: BuildContext): void {
  const names = ctx.strings.sheetNames;
  const e = new SheetWriter(exercises);
  const s = ctx.strings.exercises;
  e.text(1, 1, s.title, "title");
  e.text(1, 2, fill(s.intro, { answers: names.answers }), "note");
  s.headers.forEach((h, i) => e.text(1 + i, 4, h, "header"));
  s.tasks.forEach((task, n) => {
    const row = 5 + n;
    e.number(1, row, n + 1, "label");
    e.text(2, row, task.task, "label");
    e.text(3, row, "", "answer");
    e.text(4, row, fill(task.hint, names), "note");
  });
  e.widths([5, 110, 16, 60]);

  const a = new SheetWriter(answers);
  const t = ctx.strings.answers;
  a.text(1, 1, t.title, "title");
  t.headers.forEach((h, i) => a.text(1 + i, 3, h, "header"));
  computeAnswers(ctx).forEach((answer, n) => {
    const row = 4 + n;
    a.number(1, row, n + 1, "label");
    if (typeof answer.answer === "number") a.number(2, row, answer.answer, "result", answer.numFmt);
    else a.text(2, row, answer.answer, "result");
    a.text(3, row, fill(t.explanations[n], answer.values ?? {}), "note");
  });
  a.widths([5, 28, 120]);
}
