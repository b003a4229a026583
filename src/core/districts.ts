/**
 * Recognises the name of a territorial unit of East Kazakhstan Region as users
 * type it (Kazakh, Russian or Latin script; with or without "ауданы", "г.", a row
 * number...), following docs/source/districts.md, "Matching names typed by users".
 * The names themselves (for showing the match back) live in src/i18n/common/districts.ts.
 */

/** Type words removed wherever they stand as words, longest first so that "ауданы" goes before "аудан". */
const TYPE_WORDS = [
  "қалалық әкімшілігі",
  "қаласы",
  "ауданы",
  "аудан",
  "ауд",
  "район",
  "город",
  "district",
  "облысы",
  "область",
  "region",
  "city",
  "қ.",
  "г.",
];

/** Kazakh letters folded to their Russian look-alikes, and ё to е. */
const FOLD: Record<string, string> = {
  ә: "а",
  ғ: "г",
  қ: "к",
  ң: "н",
  ө: "о",
  ұ: "у",
  ү: "у",
  һ: "х",
  і: "и",
  ё: "е",
};

/**
 * Stems (after folding), first hit wins, region total first so that "ШҚО" never
 * matches a unit. `шыгысказакстан` (Шығыс Қазақстан) is added to the table of
 * districts.md, whose only Cyrillic region stems are the abbreviations and the
 * Russian name.
 */
const STEMS: readonly [string, readonly string[]][] = [
  ["ekr", ["шко", "облысбойыншабарлыгы", "шыгысказакстан", "вко", "восточноказахстан", "eastkazakhstan", "shygys"]],
  ["oskemen", ["оскемен", "устькаменогорск", "oskemen", "öskemen", "ustkamenogorsk", "ustkam"]],
  ["semey", ["семе", "семипалатинск", "semey", "semei", "semipalatinsk"]],
  ["ridder", ["риддер", "лениногорск", "ridder", "leninogorsk"]],
  ["kurchatov", ["курчатов", "kurchatov"]],
  ["abai", ["абай", "abai", "abay"]],
  ["altai", ["алтай", "зырян", "серебрянск", "altai", "altay", "zyryan", "serebryansk"]],
  ["ayagoz", ["аягоз", "ayagoz", "ayaguz", "aiagoz"]],
  ["beskaragai", ["бескарага", "beskaragai", "beskaragay", "besqaragai"]],
  ["borodulikha", ["бородулих", "borodulikh"]],
  ["glubokoe", ["глубок", "glubok"]],
  ["zharma", ["жарм", "zharm", "jarm"]],
  ["zaisan", ["зайсан", "зайзан", "zaisan", "zaysan"]],
  ["katonkaragai", ["катон", "katon"]],
  ["kokpekti", ["кокпект", "kokpekt", "kökpekt"]],
  ["kurshim", ["куршим", "курчум", "kurshim", "kurchum", "kürşim"]],
  ["tarbagatai", ["тарбагат", "tarbagat", "tarbağat"]],
  ["ulan", ["улан", "ulan", "ūlan"]],
  ["urzhar", ["уржар", "урджар", "urzhar", "urdzhar", "urjar", "ürjar"]],
  ["shemonaikha", ["шемонаих", "shemonaikh", "şemonaih"]],
];

/** Zharma's town Шар matches only as the whole name: the stem is inside too many words. */
const WHOLE_WORDS: Record<string, string> = { шар: "zharma", shar: "zharma" };

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** A type word standing as a word: after the start, a space or punctuation; ending at a word end unless it ends with ".". */
const TYPE_WORD_PATTERN = new RegExp(
  TYPE_WORDS.map((w) => `(?<=^|[\\s.,;:()«»"'-])${escape(w)}${w.endsWith(".") ? "" : "(?=$|[\\s.,;:()«»\"'-])"}`).join(
    "|",
  ),
  "gu",
);

/**
 * Normal form of a typed unit name: NFC, lower case, leading row number and type
 * words removed, Kazakh letters folded, spaces and hyphens dropped.
 *
 * @example normalizeDistrictName("2. Курчатов  қ.") // "курчатов"
 */
export function normalizeDistrictName(name: string): string {
  let text = name.normalize("NFC").toLowerCase().trim().replace(/\s+/g, " ");
  text = text.replace(/^\d+\.\s*/, "");
  text = text.replace(TYPE_WORD_PATTERN, " ");
  text = Array.from(text, (ch) => FOLD[ch] ?? ch).join("");
  return text.replace(/[\s-]+/g, "");
}

/**
 * The unit_id of a territorial unit named as a user or a source table writes it,
 * "ekr" for the region total, or null when nothing matches. Stems are searched
 * anywhere in the normal form (so inflected forms such as "Өскеменде" match).
 * O(length of the name).
 *
 * @example matchDistrict("Күршім ауданы")      // "kurshim"
 * @example matchDistrict("г. Усть-Каменогорск") // "oskemen"
 * @example matchDistrict("Облыс бойынша барлығы") // "ekr"
 */
export function matchDistrict(name: string): string | null {
  const text = normalizeDistrictName(name);
  if (text.length === 0) return null;
  const whole = WHOLE_WORDS[text.replace(/[.,;:()«»"']/g, "")];
  if (whole) return whole;
  for (const [id, stems] of STEMS) if (stems.some((stem) => text.includes(stem))) return id;
  return null;
}

/**
 * True when the name is the region total (ШҚО, "Облыс бойынша барлығы", ВКО,
 * East Kazakhstan Region), which must never enter a min/max, rank or cluster.
 *
 * @example isRegionTotal("ШҚО") // true
 */
export function isRegionTotal(name: string): boolean {
  return matchDistrict(name) === "ekr";
}
