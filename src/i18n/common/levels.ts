import type { Language } from "../language";

/**
 * The five levels of M5 (methodology, "Group labels"), 1 = lowest … 5 = very high.
 * Used for depression levels and, in CLASSIFY, for indicator levels.
 */
export const LEVEL_LABELS: Record<Language, readonly [string, string, string, string, string]> = {
  kk: ["Ең төмен", "Төмен", "Орташа", "Жоғары", "Өте жоғары"],
  ru: ["Самый низкий", "Низкий", "Средний", "Высокий", "Очень высокий"],
  en: ["Lowest", "Low", "Medium", "High", "Very high"],
};

/**
 * Label of level `level` (1-based) out of `k` levels. With five levels the
 * methodology's words are used; with another k the labels are "1 of k" style
 * words from the same scale where they fit, else the number.
 *
 * @example levelLabel(5, 5, "kk") // "Өте жоғары"
 */
export function levelLabel(level: number, k: number, language: Language): string {
  const labels = LEVEL_LABELS[language];
  if (k === 5) return labels[level - 1];
  if (k === 3) return [labels[1], labels[2], labels[3]][level - 1];
  if (k === 2) return [labels[1], labels[3]][level - 1];
  if (k === 4) return [labels[0], labels[1], labels[3], labels[4]][level - 1];
  return `${level} / ${k}`;
}
