import { AimaqError } from "./errors";

/**
 * Share of a part in a total, % (M7: Table 26 shares of a unit in the regional
 * resource, Table 27 share of Kazakhstan): 100 × part / total.
 *
 * @example sharePercent(35.2, 713.6) // 4.93…
 */
export function sharePercent(part: number, total: number): number {
  if (!Number.isFinite(part) || !Number.isFinite(total))
    throw new AimaqError("argument.invalid", { argument: "total" });
  if (total === 0) throw new AimaqError("value.notPositive", { argument: "total", actual: total });
  return (100 * part) / total;
}

/**
 * Growth index, % of the previous period (M7, Tables 27 and 37): 100 × V_t / V_{t−1}.
 *
 * @example growthIndex(110, 100) // 110
 */
export function growthIndex(current: number, previous: number): number {
  if (!Number.isFinite(current) || !Number.isFinite(previous))
    throw new AimaqError("argument.invalid", { argument: "previous" });
  if (previous === 0) throw new AimaqError("value.notPositive", { argument: "previous", actual: previous });
  return (100 * current) / previous;
}
