/** Strings of the task pane in Kazakh, Russian and English, and their formatting. */
import type { Language } from "../language";
import { en, type PaneStrings } from "./en";
import { kk } from "./kk";
import { ru } from "./ru";

export type { PaneStrings } from "./en";

export const PANE_STRINGS: Record<Language, PaneStrings> = { kk, ru, en };

/** Id of a pane message (error, warning or note), e.g. "tooFewUnits". */
export type PaneMessageId = keyof PaneStrings["message"];

/** The pane strings of a language. */
export function paneStrings(language: Language): PaneStrings {
  return PANE_STRINGS[language];
}

/**
 * Fills `{name}` parameters of a template; an unknown parameter stays visible
 * as `{name}` so that a missing value is noticed, never printed as "undefined".
 *
 * @example formatPaneText("{count} districts", { count: 19 }) // "19 districts"
 */
export function formatPaneText(template: string, params: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in params ? String(params[key]) : whole));
}

/** A pane message in a language. */
export function paneMessage(
  language: Language,
  id: PaneMessageId,
  params: Record<string, string | number> = {},
): string {
  return formatPaneText(PANE_STRINGS[language].message[id], params);
}
