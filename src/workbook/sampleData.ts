/**
 * The East Kazakhstan sample workbook of the browser preview and the tests:
 * Tables 40, 45, 15 and 25 of the dissertation (data/*.csv), with headers and
 * unit names in the user's language, numbers as numbers, the source's markers
 * (`-`, `x`) kept as text, and the region-total row moved to the bottom where a
 * reader expects a total; and a fifth sheet joining Table 40 with Table 45's six
 * partial indices by unit id, the input of the typology (depressivity × innovation).
 */
import table15Csv from "../../data/table15_innovation_activity_2020.csv";
import table25Csv from "../../data/table25_resources_2020.csv";
import table40Csv from "../../data/table40_socioeconomic_indicators.csv";
import table45Csv from "../../data/table45_innovation_indices.csv";
import type { Language } from "../i18n/language";
import { columnLetters } from "./a1";
import { TABLE40_COLUMNS, TABLE45_COLUMNS, parseCsv, type CsvRecord } from "./csv";
import { paneStrings } from "../i18n/pane";
import type { MemoryWorkbook } from "./memory";
import type { CellValue } from "./types";

export interface SampleSheet {
  name: string;
  /** Header row first, then one row per unit, the region total last. */
  rows: CellValue[][];
}

/** A CSV field as a cell: a number where it is one, the text (markers) otherwise, blank for empty. */
function cellOf(field: string): CellValue {
  if (field === "") return null;
  const number = Number(field);
  return Number.isFinite(number) && /^-?\d/.test(field) ? number : field;
}

const NAME_FIELD: Record<Language, string> = { kk: "name_kk", ru: "name_ru", en: "name_en" };

function tableSheet(
  name: string,
  csv: string,
  fields: readonly string[],
  headers: readonly string[],
  language: Language,
  unitHeader: string,
): SampleSheet {
  const records = parseCsv(csv);
  const units = records.filter((r) => r.unit_type !== "region");
  const totals = records.filter((r) => r.unit_type === "region");
  const row = (r: CsvRecord): CellValue[] => [r[NAME_FIELD[language]], ...fields.map((f) => cellOf(r[f]))];
  return { name, rows: [[unitHeader, ...headers], ...units.map(row), ...totals.map(row)] };
}

/**
 * Table 40 with Table 45's partial indices appended to each unit's row, matched by
 * unit id (Table 45 has no region total: its cells stay blank in that row).
 */
function joinedSheet(
  name: string,
  table40: SampleSheet,
  table45Headers: readonly string[],
  language: Language,
): SampleSheet {
  const partialFields = TABLE45_COLUMNS;
  const byId = new Map(parseCsv(table45Csv).map((r) => [r.unit_id, r]));
  const units = parseCsv(table40Csv);
  const ordered = [...units.filter((r) => r.unit_type !== "region"), ...units.filter((r) => r.unit_type === "region")];
  const rows = table40.rows.map((row, i): CellValue[] => {
    if (i === 0) return [...row, ...table45Headers.slice(0, partialFields.length)];
    const partial = byId.get(ordered[i - 1].unit_id);
    if (ordered[i - 1][NAME_FIELD[language]] !== row[0]) throw new Error(`sample rows out of order at ${row[0]}`);
    return [...row, ...partialFields.map((f) => (partial ? cellOf(partial[f]) : null))];
  });
  return { name, rows };
}

/**
 * The five sample sheets in a language.
 *
 * @example sampleSheets("en")[0].rows[1][0] // "Abai district"
 */
export function sampleSheets(language: Language): SampleSheet[] {
  const s = paneStrings(language).sample;
  const table40 = tableSheet(s.table40, table40Csv, TABLE40_COLUMNS, s.t40, language, s.unit);
  return [
    table40,
    tableSheet(s.table45, table45Csv, [...TABLE45_COLUMNS, "integral_index"], s.t45, language, s.unit),
    tableSheet(
      s.table15,
      table15Csv,
      [
        "enterprises",
        "enterprises_with_innovations",
        "activity_level_pct",
        "employees_end_of_period",
        "enterprises_cooperating_on_innovation",
      ],
      s.t15,
      language,
      s.unit,
    ),
    tableSheet(
      s.table25,
      table25Csv,
      [
        "econ_active_population_thous",
        "employed_population_thous",
        "fixed_assets_mln_kzt",
        "enterprises_organisations",
      ],
      s.t25,
      language,
      s.unit,
    ),
    joinedSheet(s.typology, table40, s.t45, language),
  ];
}

/** Loads the sample sheets into a memory workbook and selects the whole of Table 40 (with its total row). */
export function loadSampleWorkbook(workbook: MemoryWorkbook, language: Language): void {
  const sheets = sampleSheets(language);
  for (const sheet of sheets) workbook.loadSheet(sheet.name, sheet.rows);
  const first = sheets[0];
  workbook.select(first.name, `A1:${columnLetters(first.rows[0].length - 1)}${first.rows.length}`);
}
