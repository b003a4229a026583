import { readdirSync } from "fs";
import { join } from "path";
import { isRegionTotal, matchDistrict, normalizeDistrictName } from "../../src/core/districts";
import { DISTRICTS, districtName } from "../../src/i18n/common/districts";
import { readCsv } from "./csv";

/** Every spelling of docs/source/districts.md, "Spellings found in the text, by unit", plus historical and town names. */
const SPELLINGS: Record<string, string[]> = {
  oskemen: [
    "Өскемен",
    "1. Өскемен",
    "Өскемен қ.",
    "Өскемен қалалық әкімшілігі",
    "Өскемен қаласы",
    "Усть-Каменогорск",
    "Өскеменде",
    "Өскеменнің",
  ],
  semey: [
    "Семей",
    "Семей қ.",
    "4. Семей қ.",
    "Семей қалалық әкімшілігі",
    "Семей қаласы",
    "г.Семей",
    "Семейде",
    "Семипалатинск",
    "Semipalatinsk",
  ],
  ridder: [
    "Риддер",
    "Риддер қ.",
    "Риддер қалалық әкімшілігі",
    "Риддер қаласы",
    "г. Риддер",
    "Лениногорск",
    "Leninogorsk",
  ],
  kurchatov: [
    "Курчатов",
    "Курчатов қ.",
    "2. Курчатов  қ.",
    "Курчатов қалалық әкімшілігі",
    "Г. Курчатов",
    "г. Курчатов",
  ],
  abai: ["Абай", "Абай ауданы", "Абайский"],
  altai: ["Алтай", "Алтай ауданы", "Алтайский", "Зырян", "Зырян ауданы", "Серебрянск"],
  ayagoz: ["Аягөз", "Аягөз ауданы", "Аягозский"],
  beskaragai: ["Бесқарағай", "Бесқарагай ауданы", "Бескарагай ауданы", "Бескарагайский"],
  borodulikha: ["Бородулиха", "Бородулиха ауданы", "Бородулихинский"],
  glubokoe: ["Глубокое", "Глубокий ауданы", "Глубоковка ауданы", "Глубокова ауданы", "Глубоковский"],
  zharma: ["Жарма", "Жарма ауданы", "Жарминский", "Шар"],
  zaisan: ["Зайсан", "Зайсан ауданы", "Зайзан"],
  katonkaragai: ["Катонқарағай", "Катон-Карагай ауданы", "Катонкарагай"],
  kokpekti: ["Көкпекті", "Көкпекті ауданы", "Кокпекті ауданы", "Кокпектинский"],
  kurshim: ["Күршім", "Күршім ауданы", "Курчумский"],
  tarbagatai: ["Тарбағатай", "Тарбағатай ауданы", "Тарбагатай", "Тарбагатай ауданы", "Тарбагатайский"],
  ulan: ["Ұлан", "Улан ауданы", "Уланский"],
  urzhar: ["Үржар", "Урджар ауданы", "Урджарский"],
  shemonaikha: ["Шемонаиха", "Шемонаиха ауд", "Шемонаиха ауданы", "Шемонаихинский", "Шемонаихинскийа"],
  ekr: [
    "ШҚО",
    "Облыс бойынша барлығы",
    "Шығыс Қазақстан облысы",
    "ВКО",
    "Восточно-Казахстанская область",
    "East Kazakhstan Region",
  ],
};

/** Common romanisations of the stem table. */
const LATIN: Record<string, string[]> = {
  oskemen: ["Oskemen", "Öskemen", "Ust-Kamenogorsk", "ust kamenogorsk city"],
  semey: ["Semey", "Semei"],
  ridder: ["Ridder"],
  kurchatov: ["Kurchatov city"],
  abai: ["Abai district", "Abay"],
  altai: ["Altai", "Altay district", "Zyryanovsk"],
  ayagoz: ["Ayagoz", "Ayaguz"],
  beskaragai: ["Beskaragai", "Beskaragay district"],
  borodulikha: ["Borodulikha"],
  glubokoe: ["Glubokoe", "Glubokoye district"],
  zharma: ["Zharma", "Jarma", "Shar"],
  zaisan: ["Zaisan", "Zaysan"],
  katonkaragai: ["Katon-Karagai", "Katonkaragai district"],
  kokpekti: ["Kokpekti", "Kökpekti"],
  kurshim: ["Kurshim", "Kurchum district", "Kürşim"],
  tarbagatai: ["Tarbagatai", "Tarbağatai"],
  ulan: ["Ulan", "Ūlan"],
  urzhar: ["Urzhar", "Urdzhar", "Urjar", "Ürjar"],
  shemonaikha: ["Shemonaikha", "Şemonaiha"],
  ekr: ["East Kazakhstan", "Shygys Kazakhstan"],
};

describe("matchDistrict", () => {
  it.each(Object.entries(SPELLINGS).flatMap(([id, names]) => names.map((name) => [name, id])))(
    "%j → %s",
    (name, id) => {
      expect(matchDistrict(name)).toBe(id);
    },
  );

  it.each(Object.entries(LATIN).flatMap(([id, names]) => names.map((name) => [name, id])))(
    "Latin %j → %s",
    (name, id) => {
      expect(matchDistrict(name)).toBe(id);
    },
  );

  it("matches the kk, ru and en names of the master list (src/i18n/common/districts.ts)", () => {
    expect(DISTRICTS.filter((d) => d.type !== "region")).toHaveLength(19);
    for (const d of DISTRICTS)
      for (const name of [d.kk, d.ru, d.en]) expect([name, matchDistrict(name)]).toEqual([name, d.id]);
  });

  it("matches every name printed in the data files (name_as_printed, name_kk, name_en, name_ru, chart categories)", () => {
    const dataDir = join(__dirname, "..", "..", "data");
    let checked = 0;
    for (const file of readdirSync(dataDir).filter((f) => f.endsWith(".csv"))) {
      for (const row of readCsv(file)) {
        if (!row.unit_id || !DISTRICTS.some((d) => d.id === row.unit_id)) continue;
        const names = Object.entries(row)
          // Chart categories name a unit only in the by-unit chart; the region's charts use years or sources.
          .filter(
            ([key, value]) =>
              value !== "" && (/name/.test(key) || (key === "category_as_printed" && row.unit_id !== "ekr")),
          )
          .map(([, value]) => value);
        for (const name of names) {
          expect([file, name, matchDistrict(name)]).toEqual([file, name, row.unit_id]);
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(500);
  });

  it.each([
    "",
    "   ",
    "ауданы",
    "г.",
    "Алматы",
    "Павлодар",
    "Астана қаласы",
    "Шардара",
    "Марshall",
    "12345",
    "Karaganda region",
    "Қарағанды облысы",
  ])("no match for %j", (name) => {
    expect(matchDistrict(name)).toBeNull();
  });

  it("puts the region total first: names with both a unit stem and ШҚО are the region", () => {
    expect(matchDistrict("ШҚО (Өскемен)")).toBe("ekr");
  });
});

describe("isRegionTotal and normalizeDistrictName", () => {
  it("tells the region total apart from the units", () => {
    expect(isRegionTotal("ШҚО")).toBe(true);
    expect(isRegionTotal("Облыс бойынша барлығы")).toBe(true);
    expect(isRegionTotal("Восточно-Казахстанская область (всего)")).toBe(true);
    expect(isRegionTotal("Семей")).toBe(false);
    expect(isRegionTotal("Павлодар")).toBe(false);
  });

  it("normalises as districts.md prescribes", () => {
    expect(normalizeDistrictName("2. Курчатов  қ.")).toBe("курчатов");
    expect(normalizeDistrictName("Өскемен қалалық әкімшілігі")).toBe("оскемен");
    expect(normalizeDistrictName("Катон-Карагай ауданы")).toBe("катонкарагай");
    expect(normalizeDistrictName("Үржар")).toBe("уржар");
    expect(normalizeDistrictName("ё Ё")).toBe("ее");
    // Type words go only as words: "аудан" inside a name stays.
    expect(normalizeDistrictName("Аудандар")).toBe("аудандар");
    // Decomposed (NFD) input is composed first: й typed as и + breve.
    expect(normalizeDistrictName("Абаи\u0306")).toBe("абай");
  });

  it("districtName gives the names back in each language", () => {
    expect(districtName("kurshim", "kk")).toBe("Күршім ауданы");
    expect(districtName("kurshim", "ru")).toBe("Курчумский район");
    expect(districtName("kurshim", "en")).toBe("Kurshim (Kurchum) district");
    expect(districtName("nowhere", "en")).toBeUndefined();
  });
});
