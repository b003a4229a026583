/**
 * Benchmark of the composite pipeline on a 10,000 × 20 table: min-max with
 * directions (formulas 10-11), geometric mean with the zero floor (M6), then a
 * rank of the result — what AIMAQ.INDEX / AIMAQ.DEPRESSIVITY do on a large sheet.
 * Goal: warm median at most 10 ms.
 *
 * Run: npx tsx bench/run.ts pipeline
 */
import type { CellNumber } from "../src/core/cells";
import { composite } from "../src/core/composite";
import type { Direction } from "../src/core/minMax";
import { rank } from "../src/core/ranks";
import { quantile } from "./stats";

const ROWS = 10_000;
const COLUMNS = 20;

export function run(): void {
  let state = 12345;
  const random = (): number => {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    return state / 4294967296;
  };
  // About 2 % missing cells, and one column of ties, as in real district tables.
  const table: CellNumber[][] = Array.from({ length: ROWS }, () =>
    Array.from({ length: COLUMNS }, (_, c) =>
      random() < 0.02 ? null : c === 3 ? Math.floor(random() * 5) : random() * 1000,
    ),
  );
  const directions: Direction[] = Array.from({ length: COLUMNS }, (_, c) => (c % 3 === 0 ? -1 : 1));
  const pipeline = (): CellNumber[] => {
    const result = composite(table, { normalize: true, directions, aggregation: "geometric" });
    return rank(result.value);
  };
  for (let i = 0; i < 20; i++) pipeline();
  // Seven rounds of 21 calls: this machine's speed drifts by up to 2x over seconds
  // (other tenants of the host), which the spread of the round medians shows.
  const times: number[] = [];
  const roundMedians: number[] = [];
  for (let round = 0; round < 7; round++) {
    const roundTimes: number[] = [];
    for (let i = 0; i < 21; i++) {
      const start = performance.now();
      pipeline();
      roundTimes.push(performance.now() - start);
    }
    times.push(...roundTimes);
    roundMedians.push(quantile(roundTimes, 0.5));
  }
  console.log(
    `composite + rank, ${ROWS} x ${COLUMNS}: median ${quantile(times, 0.5).toFixed(2)} ms, min ${quantile(times, 0).toFixed(2)} ms, p90 ${quantile(times, 0.9).toFixed(2)} ms; round medians ${quantile(roundMedians, 0).toFixed(2)}-${quantile(roundMedians, 1).toFixed(2)} ms (goal <= 10 ms)`,
  );
}
