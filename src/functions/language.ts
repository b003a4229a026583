import { languageFromLocale, type Language } from "../i18n";

/**
 * Language of the messages the functions return: Office's display language in
 * the functions runtime (`Office.context.displayLanguage`), else the browser's
 * language, else English. Read on every call, so a change of Office's language
 * (or a test's stub of `Office`) takes effect at the next recalculation.
 *
 * @example displayLanguage() // "kk" in Excel with a Kazakh interface
 */
export function displayLanguage(): Language {
  const scope = globalThis as {
    Office?: { context?: { displayLanguage?: string } };
    navigator?: { language?: string };
  };
  let locale: string | undefined;
  try {
    locale = scope.Office?.context?.displayLanguage;
  } catch {
    // Office.context is not usable before Office has initialised: fall back below.
  }
  return languageFromLocale(locale ?? scope.navigator?.language);
}
