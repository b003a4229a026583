/**
 * Benchmark of the exact 1-D k-means (src/core/ckmeans.ts) against simple-statistics'
 * ckmeans (comparison only, a devDependency) and against sorting the same data with
 * Float64Array.prototype.sort, the floor any exact method pays. k = 5; n = 10^4, 10^5,
 * 10^6; uniform and log-normal values from a seeded generator. Checks that both
 * implementations give the same partition (group sizes and breaks) and prints warm
 * medians, time ratios and peak memory.
 *
 * Goals (issue "verified computation core"): at n = 10^6 at least 4x faster than
 * simple-statistics, within 4x of the typed sort, peak RSS under 300 MB.
 *
 * Run: npx tsx bench/run.ts ckmeans
 */
import { execFileSync } from "child_process";
import { join } from "path";
import * as ss from "simple-statistics";
import { ckmeans } from "../src/core/ckmeans";
import { median } from "./stats";

const K = 5;
const SIZES = [1e4, 1e5, 1e6];

/** Mulberry32: a small seeded generator, so every run measures the same data. */
function generator(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function sample(n: number, kind: "uniform" | "lognormal", seed: number): Float64Array {
  const random = generator(seed);
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    if (kind === "uniform") out[i] = random();
    else {
      // Box-Muller: exp of a standard normal.
      const u = 1 - random();
      out[i] = Math.exp(Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random()));
    }
  }
  return out;
}

/** Runs `task` for at least 5 runs and 300 ms, so that the optimising JIT has settled. */
function warm<T>(task: () => T): T {
  let result = task();
  const warmStart = performance.now();
  for (let w = 1; w < 5 || performance.now() - warmStart < 300; w++) result = task();
  return result;
}

/**
 * Two tasks timed in alternation (a, b, a, b, …) after both are warm: the medians of
 * each and the median of the per-round ratios a/b. This machine's speed drifts by
 * ±20 % over seconds; alternating keeps the ratio from measuring the drift.
 */
function timePair<T>(
  repeats: number,
  a: () => T,
  b: () => unknown,
): { a: number; b: number; ratio: number; result: T } {
  let result = warm(a);
  warm(b);
  const ta: number[] = [];
  const tb: number[] = [];
  const ratios: number[] = [];
  for (let r = 0; r < repeats; r++) {
    let start = performance.now();
    result = a();
    ta.push(performance.now() - start);
    start = performance.now();
    b();
    tb.push(performance.now() - start);
    ratios.push(ta[r] / tb[r]);
  }
  return { a: median(ta), b: median(tb), ratio: median(ratios), result };
}

const mb = (bytes: number): string => `${(bytes / 2 ** 20).toFixed(0)} MB`;

interface Case {
  n: number;
  kind: "uniform" | "lognormal";
  data: Float64Array;
  ours: { ms: number; result: ReturnType<typeof ckmeans> };
  sortMs: number;
  /** Median over the alternating rounds of ours / sort. */
  sortRatio: number;
}

export function run(): void {
  // Our method and the typed sort first, so that the peak RSS below is ours alone.
  const cases: Case[] = [];
  for (const n of SIZES) {
    for (const kind of ["uniform", "lognormal"] as const) {
      const data = sample(n, kind, n + (kind === "uniform" ? 1 : 2));
      const repeats = n >= 1e6 ? 7 : 15;
      const pair = timePair(
        repeats,
        () => ckmeans(data, K),
        () => Float64Array.from(data).sort(),
      );
      cases.push({ n, kind, data, ours: { ms: pair.a, result: pair.result }, sortMs: pair.b, sortRatio: pair.ratio });
    }
  }
  const usage = process.memoryUsage();
  console.log(
    `memory after ours and sort: peak RSS ${mb(process.resourceUsage().maxRSS * 1024)}, heap used ${mb(usage.heapUsed)}, array buffers ${mb(usage.arrayBuffers)}`,
  );
  console.log("n        data       ours ms   simple-stat ms  sort ms  ss/ours  ours/sort  same partition");
  for (const { n, kind, data, ours, sortMs, sortRatio } of cases) {
    const plain = Array.from(data);
    // Timed in alternation with ours, as the sort is: ss/ours is the median of per-round ratios.
    const theirs = timePair(
      n >= 1e6 ? 3 : 5,
      () => ss.ckmeans(plain, K),
      () => ckmeans(data, K),
    );
    const theirSizes = theirs.result.map((group) => group.length);
    const theirBreaks = theirs.result.map((group) => group[group.length - 1]);
    const ourBreaks = Array.from({ length: ours.result.k }, (_, g) => {
      let max = -Infinity;
      for (let i = 0; i < n; i++) if (ours.result.cluster[i] === g && data[i] > max) max = data[i];
      return max;
    });
    const same =
      theirSizes.length === ours.result.k &&
      theirSizes.every((s, g) => s === ours.result.size[g] && theirBreaks[g] === ourBreaks[g]);
    console.log(
      [
        String(n).padEnd(8),
        kind.padEnd(10),
        ours.ms.toFixed(1).padStart(8),
        theirs.a.toFixed(1).padStart(15),
        sortMs.toFixed(1).padStart(8),
        theirs.ratio.toFixed(1).padStart(8),
        sortRatio.toFixed(2).padStart(10),
        `  ${same ? "yes" : "NO"} [${Array.from(ours.result.size).join(", ")}]`,
      ].join(" "),
    );
  }
  console.log(`memory at the end (simple-statistics included): peak RSS ${mb(process.resourceUsage().maxRSS * 1024)}`);
  console.log(`peak RSS of a fresh process running ckmeans once (n = 10^6, k = 5): ${freshPeak()}`);
}

/** Peak RSS of a new Node process that builds 10^6 log-normal values and runs ckmeans once. */
function freshPeak(): string {
  const script = `
    const { ckmeans } = require(${JSON.stringify(join(__dirname, "..", "src", "core", "ckmeans.ts"))});
    const n = 1e6, a = new Float64Array(n);
    for (let i = 0; i < n; i++) a[i] = Math.exp(3 * Math.random());
    const before = process.resourceUsage().maxRSS;
    ckmeans(a, ${K});
    console.log(JSON.stringify({ before, after: process.resourceUsage().maxRSS }));`;
  const output = execFileSync(process.execPath, ["--import", "tsx", "-e", script], { encoding: "utf8" });
  const { before, after } = JSON.parse(output) as { before: number; after: number };
  return `${mb(after * 1024)} (${mb(before * 1024)} before the call)`;
}
