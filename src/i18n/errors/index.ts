import type { AimaqErrorCode } from "../../core/errors";
import type { Language } from "../language";

/**
 * Messages of the errors the functions and the pane show, in Kazakh, Russian
 * and English. Keys are the core's AimaqError codes (src/core/errors.ts) plus
 * the few cases the function layer detects itself.
 */
export type ErrorMessageKey =
  | AimaqErrorCode
  /** A unit with fewer than half of its indicators (its own value is #N/A). */
  | "row.insufficient"
  /** A cell of an element-by-element function is empty or marked missing. */
  | "cell.missing"
  /** A value the method leaves undefined (degenerate range, growth of non-positive values). */
  | "value.undefined"
  /** Anything unforeseen: the function still answers with an error value, never a crash. */
  | "internal";

/**
 * Facts a message may use, already prepared for display: the argument's name in
 * the user's language, 1-based row and column within that argument's range.
 */
export interface ErrorMessageContext {
  argument?: string;
  row?: number;
  column?: number;
  text?: string;
  expected?: string;
  actual?: string;
}

type Template = (c: ErrorMessageContext) => string;

const where: Record<Language, (c: ErrorMessageContext) => string> = {
  kk: (c) =>
    [c.argument ? `«${c.argument}»` : "", c.row ? `${c.row}-жол` : "", c.column ? `${c.column}-баған` : ""]
      .filter(Boolean)
      .join(", "),
  ru: (c) =>
    [c.argument ? `«${c.argument}»` : "", c.row ? `строка ${c.row}` : "", c.column ? `столбец ${c.column}` : ""]
      .filter(Boolean)
      .join(", "),
  en: (c) =>
    [c.argument ? `"${c.argument}"` : "", c.row ? `row ${c.row}` : "", c.column ? `column ${c.column}` : ""]
      .filter(Boolean)
      .join(", "),
};

/** "«x», row 2: " or "" when nothing is known. */
const prefix = (language: Language, c: ErrorMessageContext): string => {
  const text = where[language](c);
  return text ? `${text}: ` : "";
};

const expectedPart: Record<Language, (c: ErrorMessageContext) => string> = {
  kk: (c) => (c.expected ? ` Күтілгені: ${c.expected}.` : ""),
  ru: (c) => (c.expected ? ` Ожидается: ${c.expected}.` : ""),
  en: (c) => (c.expected ? ` Expected: ${c.expected}.` : ""),
};

const actualPart: Record<Language, (c: ErrorMessageContext) => string> = {
  kk: (c) => (c.actual !== undefined ? ` Берілгені: ${c.actual}.` : ""),
  ru: (c) => (c.actual !== undefined ? ` Получено: ${c.actual}.` : ""),
  en: (c) => (c.actual !== undefined ? ` Given: ${c.actual}.` : ""),
};

const messages: Record<Language, Record<ErrorMessageKey, Template>> = {
  kk: {
    "cell.notNumber": (c) =>
      `${prefix("kk", c)}«${c.text ?? ""}» сан емес. Сан (12,9; 176 714), «-» (жоқ) немесе «x» (құпия) жазыңыз.`,
    "table.empty": (c) => `${prefix("kk", c)}кесте бос.`,
    "table.ragged": (c) => `${prefix("kk", c)}жолдардың ұзындығы әртүрлі.${expectedPart.kk(c)}${actualPart.kk(c)}`,
    "argument.length": (c) => `${prefix("kk", c)}мәндер саны сәйкес емес.${expectedPart.kk(c)}${actualPart.kk(c)}`,
    "argument.invalid": (c) => `${prefix("kk", c)}рұқсат етілмеген мән.${expectedPart.kk(c)}${actualPart.kk(c)}`,
    "value.notPositive": (c) => `${prefix("kk", c)}мән оң болуы керек.${actualPart.kk(c)}`,
    "value.negative": (c) => `${prefix("kk", c)}мән теріс болмауы керек.${actualPart.kk(c)}`,
    "value.outOfRange": (c) =>
      `${prefix("kk", c)}мән рұқсат етілген аралықтан тыс.${expectedPart.kk(c)}${actualPart.kk(c)}`,
    "data.insufficient": (c) =>
      `${prefix("kk", c)}есептеуге деректер жеткіліксіз.${expectedPart.kk(c)}${actualPart.kk(c)}`,
    "data.allDegenerate": (c) =>
      `${prefix("kk", c)}әр бағанда барлық бірліктердің мәні бірдей: салыстыруға ештеңе жоқ.`,
    "row.insufficient": (c) =>
      `${prefix("kk", c)}бірлікте ${c.actual ?? "?"} көрсеткіш бар, ${c.expected ?? "?"} көрсеткіштің кемінде жартысы қажет.`,
    "cell.missing": (c) => `${prefix("kk", c)}мән жоқ (бос ұяшық немесе «x»).`,
    "value.undefined": (c) => `${prefix("kk", c)}мән анықталмаған: аралық нөлге тең немесе өсу үшін оң мәндер керек.`,
    internal: (c) => `${prefix("kk", c)}күтпеген қате. Деректерді тексеріп, қайталап көріңіз.`,
  },
  ru: {
    "cell.notNumber": (c) =>
      `${prefix("ru", c)}«${c.text ?? ""}» — не число. Введите число (12,9; 176 714), «-» (отсутствует) или «x» (конфиденциально).`,
    "table.empty": (c) => `${prefix("ru", c)}таблица пуста.`,
    "table.ragged": (c) => `${prefix("ru", c)}строки разной длины.${expectedPart.ru(c)}${actualPart.ru(c)}`,
    "argument.length": (c) => `${prefix("ru", c)}неверное число значений.${expectedPart.ru(c)}${actualPart.ru(c)}`,
    "argument.invalid": (c) => `${prefix("ru", c)}недопустимое значение.${expectedPart.ru(c)}${actualPart.ru(c)}`,
    "value.notPositive": (c) => `${prefix("ru", c)}значение должно быть положительным.${actualPart.ru(c)}`,
    "value.negative": (c) => `${prefix("ru", c)}значение не должно быть отрицательным.${actualPart.ru(c)}`,
    "value.outOfRange": (c) =>
      `${prefix("ru", c)}значение вне допустимого диапазона.${expectedPart.ru(c)}${actualPart.ru(c)}`,
    "data.insufficient": (c) =>
      `${prefix("ru", c)}недостаточно данных для расчёта.${expectedPart.ru(c)}${actualPart.ru(c)}`,
    "data.allDegenerate": (c) =>
      `${prefix("ru", c)}в каждом столбце у всех единиц одно и то же значение: сравнивать нечего.`,
    "row.insufficient": (c) =>
      `${prefix("ru", c)}у единицы ${c.actual ?? "?"} показателей, нужна хотя бы половина из ${c.expected ?? "?"}.`,
    "cell.missing": (c) => `${prefix("ru", c)}нет значения (пустая ячейка или «x»).`,
    "value.undefined": (c) =>
      `${prefix("ru", c)}значение не определено: нулевой размах или для роста нужны положительные значения.`,
    internal: (c) => `${prefix("ru", c)}непредвиденная ошибка. Проверьте данные и повторите.`,
  },
  en: {
    "cell.notNumber": (c) =>
      `${prefix("en", c)}"${c.text ?? ""}" is not a number. Enter a number (12.9; 176 714), "-" (absent) or "x" (confidential).`,
    "table.empty": (c) => `${prefix("en", c)}the table is empty.`,
    "table.ragged": (c) => `${prefix("en", c)}rows have different lengths.${expectedPart.en(c)}${actualPart.en(c)}`,
    "argument.length": (c) => `${prefix("en", c)}wrong number of values.${expectedPart.en(c)}${actualPart.en(c)}`,
    "argument.invalid": (c) => `${prefix("en", c)}value not allowed.${expectedPart.en(c)}${actualPart.en(c)}`,
    "value.notPositive": (c) => `${prefix("en", c)}the value must be positive.${actualPart.en(c)}`,
    "value.negative": (c) => `${prefix("en", c)}the value must not be negative.${actualPart.en(c)}`,
    "value.outOfRange": (c) => `${prefix("en", c)}the value is out of range.${expectedPart.en(c)}${actualPart.en(c)}`,
    "data.insufficient": (c) => `${prefix("en", c)}not enough data to compute.${expectedPart.en(c)}${actualPart.en(c)}`,
    "data.allDegenerate": (c) =>
      `${prefix("en", c)}every column has the same value for all units: there is nothing to compare.`,
    "row.insufficient": (c) =>
      `${prefix("en", c)}the unit has ${c.actual ?? "?"} indicators; at least half of ${c.expected ?? "?"} are needed.`,
    "cell.missing": (c) => `${prefix("en", c)}no value (blank cell or "x").`,
    "value.undefined": (c) =>
      `${prefix("en", c)}the value is undefined: the range is zero, or growth needs positive values.`,
    internal: (c) => `${prefix("en", c)}unexpected error. Check the data and try again.`,
  },
};

/**
 * The message for an error in the user's language.
 *
 * @example errorMessage("value.notPositive", "en", { argument: "employed", actual: "0" })
 *          // '"employed": the value must be positive. Given: 0.'
 */
export function errorMessage(key: ErrorMessageKey, language: Language, context: ErrorMessageContext = {}): string {
  return messages[language][key](context);
}

/** A range's shape in words, for messages about arguments of the wrong size. */
export const SHAPE_TEXT: Record<Language, (rows: number, columns: number) => string> = {
  kk: (rows, columns) => `${rows} жол × ${columns} баған`,
  ru: (rows, columns) => `${rows} строк × ${columns} столбцов`,
  en: (rows, columns) => `${rows} rows × ${columns} columns`,
};
