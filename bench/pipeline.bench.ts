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
  const times: number[] = [];
  for (let i = 0; i < 51; i++) {
    const start = performance.now();
    pipeline();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  console.log(
    `composite + rank, ${ROWS} x ${COLUMNS}: median ${times[25].toFixed(2)} ms, min ${times[0].toFixed(2)} ms, p90 ${times[45].toFixed(2)} ms (goal <= 10 ms)`,
  );
}
