/** Strings of the prepared teaching workbooks and of the user guide, in Kazakh, Russian and English. */
import type { Language } from "../language";
import { en, type WorkbookStrings } from "./en";
import { kk } from "./kk";
import { ru } from "./ru";

export type { WorkbookStrings } from "./en";
export { UNIT_NAMES } from "./units";

export const WORKBOOK_STRINGS: Record<Language, WorkbookStrings> = { kk, ru, en };

/**
 * Fills `{name}` placeholders of a template.
 *
 * @example fill("Rows {n} of {total}", { n: 10, total: 19 }) // "Rows 10 of 19"
 */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (match, key: string) => (key in values ? String(values[key]) : match));
}
