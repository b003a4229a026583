import { DISTRICTS } from "../common/districts";
import { LANGUAGES, type Language } from "../language";

/** Names of the 19 units and the region total by unit_id, per language: a view of the one table in common/districts. */
export const UNIT_NAMES: Record<Language, Record<string, string>> = Object.fromEntries(
  LANGUAGES.map((language) => [language, Object.fromEntries(DISTRICTS.map((d) => [d.id, d[language]]))]),
) as Record<Language, Record<string, string>>;
