import type { Language } from "../language";

/**
 * Names, descriptions and argument help of the AIMAQ.* custom functions in
 * Kazakh, Russian and English: one source for Excel's formula autocomplete
 * (functions.json and its kk/ru copies, built by
 * scripts/localized-metadata-plugin.js), the error messages and the task pane.
 *
 * English names equal the ids and the parameter names of
 * src/functions/functions.ts. Kazakh and Russian names are Cyrillic, joined by
 * "_", and never equal an Excel built-in name (test/functions/metadata.test.ts).
 */

export type LocalizedText = Record<Language, string>;

export interface ParameterStrings {
  name: LocalizedText;
  description: LocalizedText;
}

export interface FunctionStrings {
  name: LocalizedText;
  description: LocalizedText;
  /** Keyed by the English parameter name, in argument order. */
  parameters: Record<string, ParameterStrings>;
}

export const FUNCTION_IDS = [
  "INNOV_INDEX",
  "DEPRESS_RANK",
  "DEPRESS_SCORE",
  "DEPRESS_CLASS",
  "CLASSIFY",
  "NORMALIZE",
  "LABOR_PRODUCTIVITY",
  "CAPITAL_PRODUCTIVITY",
  "CAPITAL_LABOR_RATIO",
  "PRODUCTIVITY_CHANGE",
  "INNOV_ACTIVITY",
  "INNOV_COMPLEX",
] as const;

export type FunctionId = (typeof FUNCTION_IDS)[number];

/** Namespace of the functions, the same in every language (manifest.xml). */
export const FUNCTION_NAMESPACE = "AIMAQ";

const table: ParameterStrings = {
  name: { kk: "кесте", ru: "таблица", en: "table" },
  description: {
    kk: "Бүкіл кесте: жолдар — аумақтық бірліктер, бағандар — көрсеткіштер (атаулар мен тақырыптарсыз).",
    ru: "Вся таблица: строки — территориальные единицы, столбцы — показатели (без названий и заголовков).",
    en: "The whole table: rows = territorial units, columns = indicators (without names and headers).",
  },
};

const unit: ParameterStrings = {
  name: { kk: "бірлік", ru: "единица", en: "unit" },
  description: {
    kk: "Кестедегі жол нөмірі (1-ден); берілсе, тек сол бірліктің мәні қайтарылады — формуланы төмен созуға болады.",
    ru: "Номер строки в таблице (с 1); если задан, возвращается значение только этой единицы — формулу можно протянуть вниз.",
    en: "Row number within the table (from 1); when given, only that unit's value is returned, so the formula can be filled down.",
  },
};

const directions: ParameterStrings = {
  name: { kk: "бағыттар", ru: "направления", en: "directions" },
  description: {
    kk: 'Әр бағанға 1 (көп болғаны жақсы) немесе -1 (аз болғаны жақсы, мысалы, жұмыссыздық), мысалы {-1,-1,1,1,1,1} немесе "--++++". Әдепкі: барлығы 1.',
    ru: 'Для каждого столбца 1 (больше — лучше) или -1 (меньше — лучше, например безработица), например {-1,-1,1,1,1,1} или "--++++". По умолчанию все 1.',
    en: 'One per column: 1 (higher is better) or -1 (lower is better, e.g. unemployment), e.g. {-1,-1,1,1,1,1} or "--++++". Default: all 1.',
  },
};

const weights: ParameterStrings = {
  name: { kk: "салмақтар", ru: "веса", en: "weights" },
  description: {
    kk: "Әр бағанға теріс емес салмақ, мысалы {1,1,2,1,1,1}. Әдепкі: бірдей.",
    ru: "Неотрицательный вес для каждого столбца, например {1,1,2,1,1,1}. По умолчанию равные.",
    en: "One non-negative weight per column, e.g. {1,1,2,1,1,1}. Default: equal.",
  },
};

const values: ParameterStrings = {
  name: { kk: "мәндер", ru: "значения", en: "values" },
  description: {
    kk: "Бір көрсеткіштің мәндері (баған немесе жол).",
    ru: "Значения одного показателя (столбец или строка).",
    en: "Values of one indicator (a column or a row).",
  },
};

const employed: ParameterStrings = {
  name: { kk: "жұмыспен_қамтылғандар", ru: "занятые", en: "employed" },
  description: {
    kk: "Жұмыспен қамтылғандар саны (оң сан); ұяшық немесе ауқым.",
    ru: "Численность занятых (положительное число); ячейка или диапазон.",
    en: "Number of employed persons (positive); a cell or a range.",
  },
};

const output: ParameterStrings = {
  name: { kk: "өнім", ru: "выпуск", en: "output" },
  description: {
    kk: "Жалпы өңірлік өнім (немесе өнім көлемі); ұяшық немесе ауқым.",
    ru: "Валовой региональный продукт (или объём производства); ячейка или диапазон.",
    en: "Gross regional product (or output); a cell or a range.",
  },
};

const fixedAssets: ParameterStrings = {
  name: { kk: "негізгі_қорлар", ru: "основные_фонды", en: "fixed_assets" },
  description: {
    kk: "Негізгі қорлардың құны (оң сан); ұяшық немесе ауқым.",
    ru: "Стоимость основных фондов (положительное число); ячейка или диапазон.",
    en: "Value of fixed assets (positive); a cell or a range.",
  },
};

const periodDescription = (kk: string, ru: string, en: string): LocalizedText => ({
  kk: `${kk} кезең: өнім, жұмыспен қамтылғандар, негізгі қорлар (3 ұяшық) немесе бірліктерге бір-бір жол.`,
  ru: `${ru} период: выпуск, занятые, основные фонды (3 ячейки) или по строке на единицу.`,
  en: `${en} period: output, employed, fixed assets (3 cells), or one such row per unit.`,
});

export const FUNCTION_STRINGS: Record<FunctionId, FunctionStrings> = {
  INNOV_INDEX: {
    name: { kk: "ИННОВ_ИНДЕКС", ru: "ИННОВ_ИНДЕКС", en: "INNOV_INDEX" },
    description: {
      kk: "Аудандардың инновациялық қызметінің интегралды индексі (44-45 кестелер), әр бірлікке 0..1.",
      ru: "Интегральный индекс инновационной деятельности районов (таблицы 44-45), 0..1 для каждой единицы.",
      en: "Integral innovation index of districts (Tables 44-45), 0..1 per unit.",
    },
    parameters: {
      table,
      input: {
        name: { kk: "деректер_түрі", ru: "вид_данных", en: "input" },
        description: {
          kk: '"бастапқы" — бастапқы көрсеткіштер (әдепкі, алдымен мин-макс), "жеке" — 0..1 жеке индекстер (45-кестедегідей).',
          ru: '"исходные" — исходные показатели (по умолчанию, сначала мин-макс), "частные" — частные индексы 0..1 (как в таблице 45).',
          en: '"raw" = raw indicators (default; min-max first), "partial" = partial indices on 0..1 (as printed in Table 45).',
        },
      },
      aggregation: {
        name: { kk: "орташа_түрі", ru: "вид_среднего", en: "aggregation" },
        description: {
          kk: '"геометриялық" (әдепкі) немесе "арифметикалық" орта.',
          ru: '"геометрическое" (по умолчанию) или "арифметическое" среднее.',
          en: '"geometric" (default) or "arithmetic" mean.',
        },
      },
      zero_floor: {
        name: { kk: "нөл_шегі", ru: "порог_нуля", en: "zero_floor" },
        description: {
          kk: "Геометриялық ортада нөлдің орнына алынатын аз сан ε (әдепкі 0,00001).",
          ru: "Малое число ε вместо нуля в геометрическом среднем (по умолчанию 0,00001).",
          en: "Small number ε used instead of zero in the geometric mean (default 0.00001).",
        },
      },
      unit,
    },
  },
  DEPRESS_RANK: {
    name: { kk: "ДЕПРЕССИЯ_РАНГІ", ru: "ДЕПРЕСС_РАНГ", en: "DEPRESS_RANK" },
    description: {
      kk: "Депрессивтілік рангі (10-11 формулалар): 1 — ең депрессивті бірлік.",
      ru: "Ранг депрессивности (формулы 10-11): 1 — самая депрессивная единица.",
      en: "Depressivity rank (formulas 10-11): 1 = the most depressed unit.",
    },
    parameters: {
      table,
      directions,
      ties: {
        name: { kk: "теңдер", ru: "равные", en: "ties" },
        description: {
          kk: 'Тең мәндердің рангі: "қалыпты" (RANK.EQ сияқты, әдепкі), "орташа" (RANK.AVG) немесе "тығыз".',
          ru: 'Ранг равных значений: "обычный" (как РАНГ.РВ, по умолчанию), "средний" (РАНГ.СР) или "плотный".',
          en: 'Rank of equal values: "competition" (like RANK.EQ, default), "average" (RANK.AVG) or "dense".',
        },
      },
      unit,
    },
  },
  DEPRESS_SCORE: {
    name: { kk: "ДЕПРЕССИЯ_БАҒАСЫ", ru: "ДЕПРЕСС_ОЦЕНКА", en: "DEPRESS_SCORE" },
    description: {
      kk: "Депрессивтіліктің кешенді бағасы 1 − орта(Y), 0..1: көп болған сайын депрессивтірек.",
      ru: "Сводная оценка депрессивности 1 − среднее(Y), 0..1: больше — депрессивнее.",
      en: "Composite depressivity 1 − mean(Y), 0..1: higher = more depressed.",
    },
    parameters: { table, directions, weights, unit },
  },
  DEPRESS_CLASS: {
    name: { kk: "ДЕПРЕССИЯ_ДЕҢГЕЙІ", ru: "ДЕПРЕСС_КЛАСС", en: "DEPRESS_CLASS" },
    description: {
      kk: "Депрессия деңгейі: бағаның оңтайлы k-орта топтары, 1 «Ең төмен» … 5 «Өте жоғары».",
      ru: "Уровень депрессивности: группы оптимального k-средних по оценке, 1 «Самый низкий» … 5 «Очень высокий».",
      en: 'Depression level: optimal k-means groups of the score, 1 "Lowest" … 5 "Very high".',
    },
    parameters: {
      table,
      directions,
      k: {
        name: { kk: "топтар_саны", ru: "число_групп", en: "k" },
        description: {
          kk: "Топтар саны (әдепкі 5).",
          ru: "Число групп (по умолчанию 5).",
          en: "Number of groups (default 5).",
        },
      },
      labels: {
        name: { kk: "атаулар", ru: "подписи", en: "labels" },
        description: {
          kk: "АҚИҚАТ — нөмір орнына деңгей атауы («Орташа»); әдепкі ЖАЛҒАН.",
          ru: "ИСТИНА — название уровня («Средний») вместо номера; по умолчанию ЛОЖЬ.",
          en: 'TRUE = the level\'s name ("Medium") instead of its number; default FALSE.',
        },
      },
      unit,
    },
  },
  CLASSIFY: {
    name: { kk: "ЖІКТЕУ", ru: "КЛАССИФИКАЦИЯ", en: "CLASSIFY" },
    description: {
      kk: "Бір көрсеткішті k топқа бөлу (41-43 кестелер): 1..k, 1 — ең аз мәндер.",
      ru: "Разбиение одного показателя на k групп (таблицы 41-43): 1..k, 1 — наименьшие значения.",
      en: "Groups of one indicator (Tables 41-43): 1..k, 1 = lowest values.",
    },
    parameters: {
      values,
      k: {
        name: { kk: "топтар_саны", ru: "число_групп", en: "k" },
        description: {
          kk: "Топтар саны (әдепкі 5).",
          ru: "Число групп (по умолчанию 5).",
          en: "Number of groups (default 5).",
        },
      },
      method: {
        name: { kk: "әдіс", ru: "метод", en: "method" },
        description: {
          kk: '"оңтайлы" (бір өлшемді k-орта, әдепкі), "квантиль" (тең сандар) немесе "тең" (тең аралықтар).',
          ru: '"оптимальный" (одномерные k-средних, по умолчанию), "квантили" (поровну) или "равные" (равные интервалы).',
          en: '"ckmeans" (optimal 1-D k-means, default), "quantile" (equal counts) or "equal" (equal intervals).',
        },
      },
    },
  },
  NORMALIZE: {
    name: { kk: "НОРМАЛАУ", ru: "НОРМИРОВАНИЕ_МИНМАКС", en: "NORMALIZE" },
    description: {
      kk: "Мин-макс жеке бағасы (10-11 формулалар): 0..1, 1 — ең жақсы.",
      ru: "Частная оценка мин-макс (формулы 10-11): 0..1, 1 — лучшее значение.",
      en: "Min-max partial score (formulas 10-11): 0..1, 1 = best.",
    },
    parameters: {
      values,
      direction: {
        name: { kk: "бағыт", ru: "направление", en: "direction" },
        description: {
          kk: "1 — көп болғаны жақсы (әдепкі), -1 — аз болғаны жақсы.",
          ru: "1 — больше лучше (по умолчанию), -1 — меньше лучше.",
          en: "1 = higher is better (default), -1 = lower is better.",
        },
      },
    },
  },
  LABOR_PRODUCTIVITY: {
    name: { kk: "ЕҢБЕК_ӨНІМДІЛІГІ", ru: "ПРОИЗВОДИТЕЛЬНОСТЬ_ТРУДА", en: "LABOR_PRODUCTIVITY" },
    description: {
      kk: "Еңбек өнімділігі (1-формула): өнім / жұмыспен қамтылғандар; ауқымдар элемент бойынша.",
      ru: "Производительность труда (формула 1): выпуск / занятые; диапазоны поэлементно.",
      en: "Labour productivity (formula 1): output / employed; ranges element by element.",
    },
    parameters: { output, employed },
  },
  CAPITAL_PRODUCTIVITY: {
    name: { kk: "ҚОР_ҚАЙТАРЫМЫ", ru: "ФОНДООТДАЧА", en: "CAPITAL_PRODUCTIVITY" },
    description: {
      kk: "Қор шығару (2-формуланың бірінші көбейткіші): өнім / негізгі қорлар.",
      ru: "Фондоотдача (первый множитель формулы 2): выпуск / основные фонды.",
      en: "Capital productivity (first factor of formula 2): output / fixed assets.",
    },
    parameters: { output, fixed_assets: fixedAssets },
  },
  CAPITAL_LABOR_RATIO: {
    name: { kk: "ҚОРМЕН_ҚАРУЛАНУ", ru: "ФОНДОВООРУЖЕННОСТЬ", en: "CAPITAL_LABOR_RATIO" },
    description: {
      kk: "Қормен қарулану (2-формуланың екінші көбейткіші): негізгі қорлар / жұмыспен қамтылғандар.",
      ru: "Фондовооружённость (второй множитель формулы 2): основные фонды / занятые.",
      en: "Capital-labour ratio (second factor of formula 2): fixed assets / employed.",
    },
    parameters: { fixed_assets: fixedAssets, employed },
  },
  PRODUCTIVITY_CHANGE: {
    name: { kk: "ӨНІМДІЛІК_ӨЗГЕРІСІ", ru: "ИЗМЕНЕНИЕ_ПРОИЗВОДИТЕЛЬНОСТИ", en: "PRODUCTIVITY_CHANGE" },
    description: {
      kk: "Еңбек өнімділігінің өзгерісі және оның бөліктері (2-формула): жалпы, қор шығару үлесі, қормен қарулану үлесі.",
      ru: "Изменение производительности труда и его части (формула 2): всего, вклад фондоотдачи, вклад фондовооружённости.",
      en: "Change of labour productivity and its parts (formula 2): total, capital-productivity part, capital-labour part.",
    },
    parameters: {
      before: {
        name: { kk: "бұрын", ru: "до", en: "before" },
        description: periodDescription("Бастапқы", "Начальный", "Earlier"),
      },
      after: {
        name: { kk: "кейін", ru: "после", en: "after" },
        description: periodDescription("Кейінгі", "Конечный", "Later"),
      },
    },
  },
  INNOV_ACTIVITY: {
    name: { kk: "ИННОВ_БЕЛСЕНДІЛІК", ru: "ИННОВ_АКТИВНОСТЬ", en: "INNOV_ACTIVITY" },
    description: {
      kk: "Инновациялық белсенділік деңгейі (3-формула): инновациясы бар кәсіпорындардың үлесі, %.",
      ru: "Уровень инновационной активности (формула 3): доля предприятий с инновациями, %.",
      en: "Level of innovation activity (formula 3): share of enterprises with innovations, %.",
    },
    parameters: {
      innovating: {
        name: { kk: "инновациялық", ru: "инновационные", en: "innovating" },
        description: {
          kk: "Инновациясы бар кәсіпорындар саны; ұяшық немесе ауқым.",
          ru: "Число предприятий с инновациями; ячейка или диапазон.",
          en: "Number of enterprises with innovations; a cell or a range.",
        },
      },
      total: {
        name: { kk: "барлығы", ru: "всего", en: "total" },
        description: {
          kk: "Зерттелген кәсіпорындардың жалпы саны (оң сан); ұяшық немесе ауқым.",
          ru: "Общее число обследованных предприятий (положительное); ячейка или диапазон.",
          en: "Total number of surveyed enterprises (positive); a cell or a range.",
        },
      },
    },
  },
  INNOV_COMPLEX: {
    name: { kk: "ИННОВ_КЕШЕНДІ", ru: "ИННОВ_КОМПЛЕКС", en: "INNOV_COMPLEX" },
    description: {
      kk: "Инновациялық белсенділіктің кешенді коэффициенті K (5-9 формулалар), 0..1.",
      ru: "Комплексный коэффициент инновационной активности K (формулы 5-9), 0..1.",
      en: "Complex coefficient of innovation activity K (formulas 5-9), 0..1.",
    },
    parameters: {
      series: {
        name: { kk: "қатарлар", ru: "ряды", en: "series" },
        description: {
          kk: "Бір аумақ: жолдар — жылдар (ескісі бірінші), бағандар — X1-X5, R1-R5. Немесе бірінші бағаны аумақ атауы болатын ұзын кесте.",
          ru: "Одна территория: строки — годы (старший первым), столбцы — X1-X5, R1-R5. Или длинная таблица с названием территории в первом столбце.",
          en: "One territory: rows = years (oldest first), columns = X1-X5, R1-R5. Or a long table with the territory name in the first column.",
        },
      },
      window: {
        name: { kk: "терезе", ru: "окно", en: "window" },
        description: {
          kk: "Бағалау кезеңі, жылдар (әдепкі 3, мысалдағыдай 2016-2018).",
          ru: "Период оценки, лет (по умолчанию 3, как 2016-2018 в примере).",
          en: "Assessment window in years (default 3, as 2016-2018 in the worked example).",
        },
      },
      detail: {
        name: { kk: "толық", ru: "подробно", en: "detail" },
        description: {
          kk: "АҚИҚАТ — әр көрсеткішке T, O, I_T, I_O, I кестесі; әдепкі ЖАЛҒАН (тек K).",
          ru: "ИСТИНА — таблица T, O, I_T, I_O, I по каждому показателю; по умолчанию ЛОЖЬ (только K).",
          en: "TRUE = a table of T, O, I_T, I_O, I per indicator; default FALSE (K only).",
        },
      },
    },
  },
};

/** Localized name of an argument of a function; the English name when the function has no such argument. */
export function parameterName(id: FunctionId, argument: string, language: Language): string {
  return FUNCTION_STRINGS[id].parameters[argument]?.name[language] ?? argument;
}

/** Words accepted for the text options of the functions, per option value; every language is accepted in every locale. */
export const OPTION_WORDS = {
  input: {
    raw: ["raw", "исходные", "бастапқы"],
    partial: ["partial", "частные", "жеке"],
  },
  aggregation: {
    geometric: ["geometric", "геометрическое", "геометриялық"],
    arithmetic: ["arithmetic", "арифметическое", "арифметикалық"],
  },
  ties: {
    competition: ["competition", "обычный", "қалыпты"],
    average: ["average", "средний", "орташа"],
    dense: ["dense", "плотный", "тығыз"],
  },
  method: {
    ckmeans: ["ckmeans", "оптимальный", "оңтайлы"],
    quantile: ["quantile", "квантили", "квантиль"],
    equal: ["equal", "равные", "тең"],
  },
} as const;
