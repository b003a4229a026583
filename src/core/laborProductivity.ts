import { AimaqError } from "./errors";

function positive(value: number, argument: string): number {
  if (!Number.isFinite(value)) throw new AimaqError("argument.invalid", { argument, actual: String(value) });
  if (value <= 0) throw new AimaqError("value.notPositive", { argument, actual: value });
  return value;
}

function finite(value: number, argument: string): number {
  if (!Number.isFinite(value)) throw new AimaqError("argument.invalid", { argument, actual: String(value) });
  return value;
}

/** A quotient that overflowed (1e300 / 1e-300) is refused rather than returned as Infinity. */
function quotient(numerator: number, denominator: number, argument: string): number {
  const q = numerator / denominator;
  if (!Number.isFinite(q)) throw new AimaqError("value.outOfRange", { argument, actual: String(q) });
  return q;
}

/**
 * Labour productivity, formula (1): LP = GRP / E (еңбек өнімділігі) — output per
 * employed person, in the output's unit per person. E must be positive.
 *
 * @example laborProductivity(500, 20) // 25
 */
export function laborProductivity(output: number, employed: number): number {
  return quotient(finite(output, "output"), positive(employed, "employed"), "output");
}

/**
 * Capital productivity, the first factor of formula (2): CP = GRP / FA (қор шығару).
 *
 * @example capitalProductivity(500, 1000) // 0.5
 */
export function capitalProductivity(output: number, fixedAssets: number): number {
  return quotient(finite(output, "output"), positive(fixedAssets, "fixed_assets"), "output");
}

/**
 * Capital-labour ratio, the second factor of formula (2): KL = FA / E (қормен
 * қарулану); LP = CP × KL exactly.
 *
 * @example capitalLaborRatio(1000, 20) // 50
 */
export function capitalLaborRatio(fixedAssets: number, employed: number): number {
  return quotient(finite(fixedAssets, "fixed_assets"), positive(employed, "employed"), "fixed_assets");
}

/** One period of a district economy. */
export interface ProductionPeriod {
  output: number;
  employed: number;
  fixedAssets: number;
}

export interface ProductivityChange {
  /** Relative change of labour productivity, LP1/LP0 − 1 (0.12 = +12 %). */
  total: number;
  /** Part of `total` due to capital productivity. */
  capitalProductivity: number;
  /** Part of `total` due to the capital-labour ratio; the two parts add up to `total` exactly. */
  capitalLabor: number;
}

/**
 * Change of labour productivity between two periods split into the
 * contributions of its two factors (formula 2, M1). Since LP = CP·KL,
 * Δln LP = Δln CP + Δln KL; each log share is scaled by the logarithmic mean
 * L(LP1, LP0)/LP0 so that the parts add up to the relative change LP1/LP0 − 1
 * exactly, also when LP does not change (L = LP0). Output and fixed assets must
 * be positive for the logarithms. See docs/decisions.md.
 *
 * @example productivityChange({ output: 100, employed: 10, fixedAssets: 200 }, { output: 150, employed: 10, fixedAssets: 300 })
 *          // { total: 0.5, capitalProductivity: 0, capitalLabor: 0.5 }
 */
export function productivityChange(before: ProductionPeriod, after: ProductionPeriod): ProductivityChange {
  const lp0 = laborProductivity(positive(before.output, "before"), before.employed);
  const lp1 = laborProductivity(positive(after.output, "after"), after.employed);
  const cp0 = capitalProductivity(before.output, before.fixedAssets);
  const cp1 = capitalProductivity(after.output, after.fixedAssets);
  // KL = LP / CP, so Δln KL = Δln LP − Δln CP; its part is what remains of the total.
  const dLnLp = Math.log(lp1 / lp0);
  const dLnCp = Math.log(cp1 / cp0);
  const total = lp1 / lp0 - 1;
  // L(LP1, LP0) / LP0 = (LP1/LP0 − 1) / ln(LP1/LP0), → 1 as LP1 → LP0.
  const scale = Math.abs(dLnLp) < 1e-12 ? 1 + dLnLp / 2 : total / dLnLp;
  const capitalProductivityPart = scale * dLnCp;
  const capitalLaborPart = total - capitalProductivityPart;
  if (![total, capitalProductivityPart, capitalLaborPart].every(Number.isFinite)) {
    throw new AimaqError("value.outOfRange", { argument: "after" });
  }
  return { total, capitalProductivity: capitalProductivityPart, capitalLabor: capitalLaborPart };
}
