import { OPTION_WORDS, type Language } from "../../src/i18n";
/**
 * The AIMAQ formulas of the workbooks are stored as TEXT, not as live formulas
 * (docs/decisions.md): a cell whose text matches {@link AIMAQ_FORMULA_TEXT}
 * is an inactive AIMAQ formula; "activate formulas" in the task pane (or F2 +
 * Enter in the cell) turns the text into the formula. The cell to its right holds
 * the value src/core computed for it when the workbook was generated.
 */
export const AIMAQ_FORMULA_TEXT = /^=AIMAQ\.[A-Z][A-Z0-9_]*\(.*\)$/;

/** One call of an AIMAQ function: its name without the namespace and its arguments as formula text ("" = omitted). */
export interface AimaqCall {
  name: string;
  args: string[];
}

/**
 * Formula text of a call, always with the English (invariant) function names
 * that Excel's `Range.formulas` expects; omitted trailing arguments are dropped.
 *
 * @example aimaqFormulaText({ name: "INNOV_ACTIVITY", args: ["C6", "B6"] }) // "=AIMAQ.INNOV_ACTIVITY(C6,B6)"
 */
export function aimaqFormulaText(call: AimaqCall): string {
  const args = [...call.args];
  while (args.length > 0 && args[args.length - 1] === "") args.pop();
  return `=AIMAQ.${call.name}(${args.join(",")})`;
}

/** A quoted text argument of a formula. */
export function quoted(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

const OPTION_LANGUAGE_INDEX: Record<Language, number> = { en: 0, ru: 1, kk: 2 };

/**
 * The word of a text option in the workbook's language (src/i18n/functions,
 * OPTION_WORDS; every language's word is accepted in every Excel locale), quoted.
 *
 * @example optionWord("input", "partial", "ru") // "\"частные\""
 */
export function optionWord<G extends keyof typeof OPTION_WORDS>(
  group: G,
  value: keyof (typeof OPTION_WORDS)[G],
  language: Language,
): string {
  const words = OPTION_WORDS[group][value] as readonly string[];
  return quoted(words[OPTION_LANGUAGE_INDEX[language]]);
}
