import type { CellNumber } from "./cells";
import { ckmeans } from "./ckmeans";
import { composite, type CompositeResult } from "./composite";
import { AimaqError } from "./errors";
import type { Direction } from "./minMax";
import { rank, type TieRule } from "./ranks";

/** Five depression levels of M5: 1 Ең төмен (lowest) … 5 Өте жоғары (very high); labels in src/i18n. */
export const DEPRESSION_LEVELS = 5;

export interface DepressivityOptions {
  /** One per column: 1 = higher is better (formula 10), -1 = lower is better (formula 11). Default all 1. */
  directions?: readonly Direction[];
  /** Non-negative weights of the partial scores, default equal. */
  weights?: readonly number[];
  /** Number of levels, default 5. */
  k?: number;
  /** Tie rule of the rank, default competition (RANK.EQ). */
  ties?: TieRule;
}

export interface DepressivityResult extends CompositeResult {
  /** Composite depressivity 1 − mean(Y), 0..1, higher = more depressed. */
  score: CellNumber[];
  /** Rank by score, 1 = most depressed. */
  rank: CellNumber[];
  /** Level 1..k by optimal 1-D k-means of the score, 1 = lowest depression. */
  level: CellNumber[];
  /** Levels actually formed (fewer when the scores have fewer distinct values). */
  k: number;
}

/**
 * Depressivity assessment of territorial units (M5; депрессивтілікті бағалау).
 *
 * Partial scores Y_k,i by formulas (10)/(11) over the units, composite score
 * S_i = 1 − Σ w_k·Y_k,i / Σ w_k over the indicators present (higher = more
 * depressed; an extension of the source, see docs/decisions.md), rank 1 = most
 * depressed, and k levels (default 5) by exact 1-D k-means of S ordered from
 * lowest to very high depression. O(n·m + n log n).
 *
 * @example depressivity([[1], [2], [3]], { directions: [-1], k: 3 }).rank // [3, 2, 1]
 */
export function depressivity(
  table: readonly (readonly CellNumber[])[],
  options: DepressivityOptions = {},
): DepressivityResult {
  const k = options.k ?? DEPRESSION_LEVELS;
  if (!Number.isInteger(k) || k < 1) throw new AimaqError("argument.invalid", { argument: "k", actual: k });
  const base = composite(table, {
    normalize: true,
    directions: options.directions,
    weights: options.weights,
    aggregation: "arithmetic",
  });
  const score = base.value.map((mean) => (mean === null ? null : 1 - mean));
  const ranks = rank(score, { order: "descending", ties: options.ties ?? "competition" });
  const present = score.filter((s): s is number => s !== null);
  const level: CellNumber[] = score.map(() => null);
  let formed = 0;
  if (present.length > 0) {
    const clusters = ckmeans(present, k);
    formed = clusters.k;
    let p = 0;
    score.forEach((s, i) => {
      if (s !== null) level[i] = clusters.cluster[p++] + 1;
    });
  }
  // Object.assign keeps the lazily built `partial` of the composite lazy.
  return Object.assign(base, { score, rank: ranks, level, k: formed });
}
