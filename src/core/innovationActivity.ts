import { AimaqError } from "./errors";

/**
 * Level of innovation activity, formula (3): Lact = N_i / N_tre × 100, the share
 * (%) of surveyed enterprises that had innovations (инновациялар саласындағы
 * белсенділік деңгейі). N_tre must be positive and N_i within 0..N_tre.
 *
 * @example innovationActivityLevel(236, 1831) // 12.889… (Table 15, region: 12.9)
 */
export function innovationActivityLevel(innovating: number, total: number): number {
  if (!Number.isFinite(innovating))
    throw new AimaqError("argument.invalid", { argument: "innovating", actual: String(innovating) });
  if (!Number.isFinite(total)) throw new AimaqError("argument.invalid", { argument: "total", actual: String(total) });
  if (total <= 0) throw new AimaqError("value.notPositive", { argument: "total", actual: total });
  if (innovating < 0) throw new AimaqError("value.negative", { argument: "innovating", actual: innovating });
  if (innovating > total)
    throw new AimaqError("value.outOfRange", { argument: "innovating", actual: innovating, expected: total });
  return (innovating / total) * 100;
}
