/**
 * Fill-down benchmark of the custom functions: 2,000 formulas
 * `=AIMAQ.DEPRESS_RANK($B$2:$G$2001,"--++++",,n)` over a 2,000 × 6 table, each
 * call receiving its own copy of the table as Excel passes it (rows of numbers,
 * some text numbers and blanks). Timed with the content cache and with every
 * call computed afresh; also one spilled call (all 2,000 ranks at once).
 */
import { performance } from "perf_hooks";
import * as functions from "../src/functions/functions";
import { tableCache } from "../src/functions/methods";

/** The functions as Excel calls them: untyped arguments, null where omitted. */
const { depressRank, innovIndex } = functions as unknown as Record<
  keyof typeof functions,
  (...args: unknown[]) => unknown
>;

const ROWS = 2000;
const COLUMNS = 6;

/** A deterministic table with the kinds of cells users paste: numbers, "12,9" text, blanks, "-". */
function makeTable(): (number | string | null)[][] {
  let seed = 42;
  const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  return Array.from({ length: ROWS }, (_, r) =>
    Array.from({ length: COLUMNS }, (_, c) => {
      const value = Math.round(random() * 100000) / 100;
      if ((r + c) % 97 === 0) return null;
      if ((r * 7 + c) % 53 === 0) return String(value).replace(".", ",");
      return value;
    }),
  );
}

/**
 * Milliseconds spent in 2,000 fill-down calls of `call`, each on its own fresh
 * copy of the table. The copy is made just before its call, as Excel's
 * marshalling makes it, and only the call is timed.
 */
function fillDown(table: (number | string | null)[][], call: (copy: unknown[][], unit: number) => unknown): number {
  let total = 0;
  for (let unit = 1; unit <= ROWS; unit++) {
    const copy = table.map((row) => row.slice());
    const start = performance.now();
    call(copy, unit);
    total += performance.now() - start;
  }
  return total;
}

export function run(): void {
  const table = makeTable();
  const cases: [string, (copy: unknown[][], unit: number) => unknown][] = [
    ["DEPRESS_RANK", (copy, unit) => depressRank(copy, "--++++", null, unit)],
    ["INNOV_INDEX", (copy, unit) => innovIndex(copy, null, null, null, unit)],
  ];
  for (const [name, call] of cases) {
    tableCache.enabled = false;
    const fresh = fillDown(table, call);
    tableCache.enabled = true;
    tableCache.clear();
    const cached = fillDown(table, call);
    tableCache.clear();
    const start = performance.now();
    call(
      table.map((row) => row.slice()),
      null as unknown as number,
    );
    const spilled = performance.now() - start;
    console.log(
      `${name}: 2,000 fill-down calls over ${ROWS}×${COLUMNS}: ` +
        `afresh ${fresh.toFixed(0)} ms, cached ${cached.toFixed(0)} ms (${(fresh / cached).toFixed(1)}× faster); ` +
        `one spilled call ${spilled.toFixed(1)} ms`,
    );
  }
}
