import type { Language } from "../../src/i18n";
import { UNIT_NAMES, WORKBOOK_STRINGS, type WorkbookStrings } from "../../src/i18n/workbooks";
import type { SourceTables } from "./source";

/** Where one table of the Data sheet sits: the row of each unit (or year) and the column of each field. */
export interface TablePlacement {
  /** Row of each key (unit_id, or the year as text for Table 36). */
  rows: Record<string, number>;
  /** First column of the values (the column after the label). */
  firstColumn: number;
  /** First and last data row. */
  firstRow: number;
  lastRow: number;
}

export interface DataPlacement {
  t15: TablePlacement;
  t25: TablePlacement;
  t36: TablePlacement;
  t40: TablePlacement;
  t45: TablePlacement;
}

/** Everything a sheet builder needs: language, strings, source tables, and where the Data sheet put them. */
export interface BuildContext {
  language: Language;
  strings: WorkbookStrings;
  unitName: (unitId: string) => string;
  source: SourceTables;
  data: DataPlacement;
}

export function makeContext(language: Language, source: SourceTables, data: DataPlacement): BuildContext {
  return {
    language,
    strings: WORKBOOK_STRINGS[language],
    unitName: (unitId) => UNIT_NAMES[language][unitId] ?? unitId,
    source,
    data,
  };
}
