import ExcelJS from "exceljs";
import type { Language } from "../../src/i18n";
import { WORKBOOK_STRINGS } from "../../src/i18n/workbooks";
import { makeContext } from "./context";
import { buildActivitySheet } from "./sheets/activity";
import { buildComplexSheet } from "./sheets/complex";
import { buildDataSheet } from "./sheets/data";
import { buildDepressivitySheet } from "./sheets/depressivity";
import { buildErrataSheet } from "./sheets/errata";
import { buildExerciseSheets } from "./sheets/exercises";
import { buildGroupingSheet } from "./sheets/grouping";
import { buildIntegralSheet } from "./sheets/integral";
import { buildIntroSheet } from "./sheets/intro";
import { buildResourcesSheet } from "./sheets/resources";
import { loadSourceTables, type SourceTables } from "./source";

/** Fixed document dates, so that a regenerated workbook differs from the committed one only when its content does. */
export const WORKBOOK_DATE = new Date(Date.UTC(2024, 0, 1));

/** File name of the workbook of a language, under assets/workbooks/. */
export function workbookFileName(language: Language): string {
  return `aimaq-${language}.xlsx`;
}

/**
 * Builds the teaching workbook of one language: introduction, Data, the worked
 * sheets of M2, M5, M6, M4, M1/M7 and the groupings, published vs recomputed,
 * exercises and answers. Deterministic: same input, same content.
 */
export function buildWorkbook(language: Language, source: SourceTables = loadSourceTables()): ExcelJS.Workbook {
  const names = WORKBOOK_STRINGS[language].sheetNames;
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Aimaq";
  workbook.lastModifiedBy = "Aimaq";
  workbook.created = WORKBOOK_DATE;
  workbook.modified = WORKBOOK_DATE;
  workbook.calcProperties.fullCalcOnLoad = true;
  const sheet = (name: string) => workbook.addWorksheet(name);
  const intro = sheet(names.intro);
  const dataSheet = sheet(names.data);
  const sheets = {
    activity: sheet(names.activity),
    depressivity: sheet(names.depressivity),
    integral: sheet(names.integral),
    complex: sheet(names.complex),
    resources: sheet(names.resources),
    grouping: sheet(names.grouping),
    errata: sheet(names.errata),
    exercises: sheet(names.exercises),
    answers: sheet(names.answers),
  };
  const data = buildDataSheet(dataSheet, WORKBOOK_STRINGS[language], language, source);
  const ctx = makeContext(language, source, data);
  buildIntroSheet(intro, ctx);
  const activityAgreeing = buildActivitySheet(sheets.activity, ctx).agreeing;
  buildDepressivitySheet(sheets.depressivity, ctx);
  const integral = buildIntegralSheet(sheets.integral, ctx);
  const complex = buildComplexSheet(sheets.complex, ctx);
  const resources = buildResourcesSheet(sheets.resources, ctx);
  const grouping = buildGroupingSheet(sheets.grouping, ctx);
  buildErrataSheet(sheets.errata, ctx, { activityAgreeing, integral, complex, resources, grouping });
  buildExerciseSheets(sheets.exercises, sheets.answers, ctx);
  return workbook;
}
