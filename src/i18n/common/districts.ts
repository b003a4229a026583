import type { Language } from "../language";

/** Kind of a territorial unit: a city of regional subordination, a district, or the region total. */
export type UnitType = "city" | "district" | "region";

export interface DistrictNames {
  /** Stable key used in every data file (docs/source/districts.md). */
  id: string;
  type: UnitType;
  kk: string;
  ru: string;
  en: string;
}

/**
 * The 19 territorial units of East Kazakhstan Region analysed in the dissertation
 * (4 cities, 15 districts) and the region total, with their names in Kazakh,
 * Russian and English (docs/source/districts.md, "Master list"). The region total
 * is not a unit: it never enters a min/max, rank or cluster.
 */
export const DISTRICTS: readonly DistrictNames[] = [
  { id: "oskemen", type: "city", kk: "Өскемен қаласы", ru: "г. Усть-Каменогорск", en: "Oskemen (Ust-Kamenogorsk)" },
  { id: "semey", type: "city", kk: "Семей қаласы", ru: "г. Семей", en: "Semey" },
  { id: "ridder", type: "city", kk: "Риддер қаласы", ru: "г. Риддер", en: "Ridder" },
  { id: "kurchatov", type: "city", kk: "Курчатов қаласы", ru: "г. Курчатов", en: "Kurchatov" },
  { id: "abai", type: "district", kk: "Абай ауданы", ru: "Абайский район", en: "Abai district" },
  { id: "altai", type: "district", kk: "Алтай ауданы", ru: "район Алтай", en: "Altai district" },
  { id: "ayagoz", type: "district", kk: "Аягөз ауданы", ru: "Аягозский район", en: "Ayagoz district" },
  {
    id: "beskaragai",
    type: "district",
    kk: "Бесқарағай ауданы",
    ru: "Бескарагайский район",
    en: "Beskaragai district",
  },
  {
    id: "borodulikha",
    type: "district",
    kk: "Бородулиха ауданы",
    ru: "Бородулихинский район",
    en: "Borodulikha district",
  },
  { id: "glubokoe", type: "district", kk: "Глубокое ауданы", ru: "Глубоковский район", en: "Glubokoe district" },
  { id: "zharma", type: "district", kk: "Жарма ауданы", ru: "Жарминский район", en: "Zharma district" },
  { id: "zaisan", type: "district", kk: "Зайсан ауданы", ru: "Зайсанский район", en: "Zaisan district" },
  {
    id: "katonkaragai",
    type: "district",
    kk: "Катонқарағай ауданы",
    ru: "Катон-Карагайский район",
    en: "Katonkaragai district",
  },
  { id: "kokpekti", type: "district", kk: "Көкпекті ауданы", ru: "Кокпектинский район", en: "Kokpekti district" },
  { id: "kurshim", type: "district", kk: "Күршім ауданы", ru: "Курчумский район", en: "Kurshim (Kurchum) district" },
  {
    id: "tarbagatai",
    type: "district",
    kk: "Тарбағатай ауданы",
    ru: "Тарбагатайский район",
    en: "Tarbagatai district",
  },
  { id: "ulan", type: "district", kk: "Ұлан ауданы", ru: "Уланский район", en: "Ulan district" },
  { id: "urzhar", type: "district", kk: "Үржар ауданы", ru: "Урджарский район", en: "Urzhar (Urdzhar) district" },
  {
    id: "shemonaikha",
    type: "district",
    kk: "Шемонаиха ауданы",
    ru: "Шемонаихинский район",
    en: "Shemonaikha district",
  },
  {
    id: "ekr",
    type: "region",
    kk: "Шығыс Қазақстан облысы (ШҚО)",
    ru: "Восточно-Казахстанская область (ВКО)",
    en: "East Kazakhstan Region",
  },
];

/**
 * Name of a unit in a language, or undefined for an unknown id.
 *
 * @example districtName("kurshim", "ru") // "Курчумский район"
 */
export function districtName(id: string, language: Language): string | undefined {
  return DISTRICTS.find((d) => d.id === id)?.[language];
}
