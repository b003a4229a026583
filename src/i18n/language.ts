/** The three languages of the product. */
export type Language = "kk" | "ru" | "en";

export const LANGUAGES: readonly Language[] = ["kk", "ru", "en"];

/** BCP 47 locale of each language, as Office names it (manifest overrides, Office.context.displayLanguage). */
export const LOCALE_OF: Record<Language, string> = { kk: "kk-KZ", ru: "ru-RU", en: "en-US" };

/**
 * The product language for an Office display language or browser locale:
 * kk-* → Kazakh, ru-* → Russian, anything else → English.
 *
 * @example languageFromLocale("kk-KZ") // "kk"
 */
export function languageFromLocale(locale: string | null | undefined): Language {
  const primary = (locale ?? "").trim().toLowerCase().split(/[-_]/)[0];
  return primary === "kk" || primary === "ru" ? primary : "en";
}
