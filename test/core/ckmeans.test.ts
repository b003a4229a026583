import fc from "fast-check";
import { ckmeans } from "../../src/core/ckmeans";
import { isAimaqError } from "../../src/core/errors";
import { CKMEANS_GROUPS, SEMEY_X4_CORRECTED, table40 } from "./fixtures";

/**
 * Independent reference: the O(k·n²) dynamic programme over the sorted values,
 * boundaries allowed only between different values, each group's sum of squares
 * computed directly (two passes over the slice), no shared code with src/core.
 */
function bruteForce(values: readonly number[], k: number): { total: number; sizes: number[] } {
  const sorted = [...values].sort((a, b) => a - b);
  const n = sorted.length;
  const ssq = (from: number, to: number): number => {
    let mean = 0;
    for (let i = from; i < to; i++) mean += sorted[i];
    mean /= to - from;
    let s = 0;
    for (let i = from; i < to; i++) s += (sorted[i] - mean) ** 2;
    return s;
  };
  const cut = (j: number): boolean => j === 0 || j === n || sorted[j - 1] !== sorted[j];
  const cost: number[][] = Array.from({ length: k + 1 }, () => new Array(n + 1).fill(Infinity));
  const from: number[][] = Array.from({ length: k + 1 }, () => new Array(n + 1).fill(-1));
  cost[0][0] = 0;
  for (let q = 1; q <= k; q++) {
    for (let i = 1; i <= n; i++) {
      if (!cut(i)) continue;
      for (let j = 0; j < i; j++) {
        if (!cut(j) || cost[q - 1][j] === Infinity) continue;
        const c = cost[q - 1][j] + ssq(j, i);
        if (c < cost[q][i]) {
          cost[q][i] = c;
          from[q][i] = j;
        }
      }
    }
  }
  const sizes: number[] = [];
  let end = n;
  for (let q = k; q >= 1; q--) {
    sizes.unshift(end - from[q][end]);
    end = from[q][end];
  }
  return { total: cost[k][n], sizes };
}

const total = (withinss: Float64Array): number => withinss.reduce((a, b) => a + b, 0);

/**
 * Columns of real indicators: up to nine significant digits (thousandths up to a
 * million), the whole column scaled by one power of ten from 1e-6 to 1e6. Values a few
 * ulps apart (or subnormal) are ill-conditioned for any floating-point method; such
 * inputs are covered by the "outputs are finite" property only.
 */
const indicatorColumn = (minLength: number, maxLength: number) =>
  fc.integer({ min: -6, max: 6 }).chain((exponent) =>
    fc.array(
      fc.integer({ min: -1e9, max: 1e9 }).map((digits) => (digits / 1000) * 10 ** exponent),
      { minLength, maxLength },
    ),
  );

const distinctCount = (values: readonly number[]): number => new Set(values).size;

describe("ckmeans by hand", () => {
  it("splits two obvious groups", () => {
    const result = ckmeans([1, 2, 3, 10, 11, 12], 2);
    expect(Array.from(result.cluster)).toEqual([0, 0, 0, 1, 1, 1]);
    expect(Array.from(result.centers)).toEqual([2, 11]);
    expect(Array.from(result.withinss)).toEqual([2, 2]);
    expect(Array.from(result.size)).toEqual([3, 3]);
    expect(result).toMatchObject({ k: 2, requestedK: 2, reduced: false });
  });

  it("labels the input order by ascending centre", () => {
    expect(Array.from(ckmeans([12, 1, 11, 2, 10, 3], 2).cluster)).toEqual([1, 0, 1, 0, 1, 0]);
  });

  it("keeps ties together: [1, 1, 1, 2, 9, 9] in 3 groups", () => {
    const result = ckmeans([9, 1, 2, 1, 9, 1], 3);
    expect(Array.from(result.cluster)).toEqual([2, 0, 1, 0, 2, 0]);
    expect(Array.from(result.size)).toEqual([3, 1, 2]);
  });

  it("reduces k to the number of distinct values", () => {
    const result = ckmeans([5, 5, 7, 5], 4);
    expect(result).toMatchObject({ k: 2, requestedK: 4, reduced: true });
    expect(Array.from(result.cluster)).toEqual([0, 0, 1, 0]);
    expect(Array.from(result.withinss)).toEqual([0, 0]);
    const constant = ckmeans([3, 3, 3], 5);
    expect(constant).toMatchObject({ k: 1, reduced: true });
    expect(Array.from(constant.centers)).toEqual([3]);
  });

  it("handles a single unit", () => {
    const result = ckmeans([42], 5);
    expect(result).toMatchObject({ k: 1, requestedK: 5, reduced: true });
    expect(Array.from(result.cluster)).toEqual([0]);
    expect(Array.from(result.centers)).toEqual([42]);
    expect(Array.from(result.withinss)).toEqual([0]);
  });

  it("puts every distinct value in its own group when k equals their number", () => {
    const result = ckmeans([4, -2, 0.5, 4, 100], 4);
    expect(Array.from(result.cluster)).toEqual([2, 0, 1, 2, 3]);
    expect(total(result.withinss)).toBeCloseTo(0, 12);
  });

  it("stays exact for large magnitudes and offsets", () => {
    const base = 1e12;
    const result = ckmeans([base + 1, base + 2, base + 3, base + 101, base + 102], 2);
    expect(Array.from(result.size)).toEqual([3, 2]);
    expect(result.withinss[0]).toBeCloseTo(2, 3);
    expect(result.withinss[1]).toBeCloseTo(0.5, 3);
    const huge = ckmeans([-1e308, 1e308, 1e308], 2);
    expect(Array.from(huge.cluster)).toEqual([0, 1, 1]);
  });

  it("refuses bad input with typed errors", () => {
    expect(() => ckmeans([], 2)).toThrow(expect.objectContaining({ code: "data.insufficient" }));
    for (const k of [0, -1, 1.5, NaN])
      expect(() => ckmeans([1, 2], k)).toThrow(expect.objectContaining({ code: "argument.invalid" }));
    try {
      ckmeans([1, NaN, 3], 2);
      throw new Error("accepted NaN");
    } catch (error) {
      expect(isAimaqError(error, "argument.invalid")).toBe(true);
    }
    expect(() => ckmeans([1, Infinity], 2)).toThrow(expect.objectContaining({ code: "argument.invalid" }));
  });
});

describe("ckmeans on Table 40 (methodology R-41/43, k = 5)", () => {
  const { ids, values } = table40();
  const groupsOf = (column: number[]): Record<string, number> => {
    const cluster = ckmeans(column, 5).cluster;
    return Object.fromEntries(ids.map((id, i) => [id, cluster[i] + 1]));
  };

  it("X3 wage: the 'ck' column", () => {
    const ours = groupsOf(values.map((row) => row[2]));
    for (const id of ids) expect([id, ours[id]]).toEqual([id, CKMEANS_GROUPS[id].x3]);
  });

  it("X4 industry as printed: the 'ck' column (Semey alone in group 5)", () => {
    const ours = groupsOf(values.map((row) => row[3]));
    for (const id of ids) expect([id, ours[id]]).toEqual([id, CKMEANS_GROUPS[id].x4]);
  });

  it("X4 with Semey = 531,694: the 'ck*' column", () => {
    const ours = groupsOf(values.map((row, i) => (ids[i] === "semey" ? SEMEY_X4_CORRECTED : row[3])));
    for (const id of ids) expect([id, ours[id]]).toEqual([id, CKMEANS_GROUPS[id].x4corrected]);
  });

  it("X5 investment: the 'ck' column", () => {
    const ours = groupsOf(values.map((row) => row[4]));
    for (const id of ids) expect([id, ours[id]]).toEqual([id, CKMEANS_GROUPS[id].x5]);
  });

  it("agrees with the brute-force programme on all six columns", () => {
    for (let c = 0; c < 6; c++) {
      const column = values.map((row) => row[c]);
      const result = ckmeans(column, 5);
      const reference = bruteForce(column, Math.min(5, distinctCount(column)));
      expect(Math.abs(total(result.withinss) - reference.total)).toBeLessThanOrEqual(1e-12 * reference.total);
      expect(Array.from(result.size)).toEqual(reference.sizes);
    }
  });
});

describe("ckmeans against the brute-force O(k·n²) programme", () => {
  it("continuous random values: the same partition, or a different one of indistinguishable cost", () => {
    // The prefix sums resolve costs to about 1e-16 of the total sum of squares (TSS) per
    // value; two partitions closer than that are a numerical tie and either is optimal.
    let differing = 0;
    const runs = 400;
    fc.assert(
      fc.property(indicatorColumn(1, 40), fc.integer({ min: 1, max: 8 }), (values, k) => {
        const result = ckmeans(values, k);
        const reference = bruteForce(values, Math.min(k, distinctCount(values)));
        const mean = values.reduce((a, b) => a + b, 0) / values.length;
        const tss = values.reduce((a, v) => a + (v - mean) ** 2, 0);
        expect(result.k).toBe(Math.min(k, distinctCount(values)));
        expect(Math.abs(total(result.withinss) - reference.total)).toBeLessThanOrEqual(1e-12 * tss + 1e-300);
        if (Array.from(result.size).join() !== reference.sizes.join()) differing++;
      }),
      { numRuns: runs },
    );
    expect(differing).toBeLessThanOrEqual(runs / 50);
  });

  it("many duplicates: same total, k as expected, ties never split", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 6 }), { minLength: 1, maxLength: 40 }),
        fc.integer({ min: 1, max: 8 }),
        (values, k) => {
          const groups = Math.min(k, distinctCount(values));
          const result = ckmeans(values, k);
          const reference = bruteForce(values, groups);
          expect(Math.abs(total(result.withinss) - reference.total)).toBeLessThanOrEqual(1e-9 * (1 + reference.total));
          expect(result.k).toBe(groups);
          // Equal values never split: every value's copies share one group.
          const groupOf = new Map<number, number>();
          values.forEach((v, i) => {
            if (groupOf.has(v)) expect(result.cluster[i]).toBe(groupOf.get(v));
            else groupOf.set(v, result.cluster[i]);
          });
          expect(Array.from(result.size).reduce((a, b) => a + b, 0)).toBe(values.length);
        },
      ),
      { numRuns: 300 },
    );
  });

  it("larger inputs (n up to 400, k up to 12)", () => {
    fc.assert(
      fc.property(
        fc.array(fc.float({ min: 0, max: 1000, noNaN: true }), { minLength: 50, maxLength: 400 }),
        fc.integer({ min: 2, max: 12 }),
        (floats, k) => {
          const values = floats.map(Number);
          const result = ckmeans(values, k);
          const reference = bruteFast(values, Math.min(k, distinctCount(values)));
          // Resolution of prefix-sum costs: ~1e-16 of the total sum of squares per value.
          const mean = values.reduce((a, b) => a + b, 0) / values.length;
          const tss = values.reduce((a, v) => a + (v - mean) ** 2, 0);
          expect(Math.abs(total(result.withinss) - reference)).toBeLessThanOrEqual(1e-12 * tss + 1e-12);
        },
      ),
      { numRuns: 25 },
    );
  });
});

/** Prefix sums of the sorted values shifted by their median (robust to outliers). */
function prefixSums(values: readonly number[]): { sorted: Float64Array; p1: Float64Array; p2: Float64Array } {
  const sorted = Float64Array.from(values).sort();
  const n = sorted.length;
  const median = sorted[n >> 1];
  const p1 = new Float64Array(n + 1);
  const p2 = new Float64Array(n + 1);
  for (let i = 0; i < n; i++) {
    p1[i + 1] = p1[i] + (sorted[i] - median);
    p2[i + 1] = p2[i] + (sorted[i] - median) ** 2;
  }
  return { sorted, p1, p2 };
}

/** The same reference programme on prefix sums, for larger n (total cost only). */
function bruteFast(values: readonly number[], k: number): number {
  const { sorted, p1, p2 } = prefixSums(values);
  const n = sorted.length;
  const ssq = (j: number, i: number): number => Math.max(0, p2[i] - p2[j] - (p1[i] - p1[j]) ** 2 / (i - j));
  const cut = (j: number): boolean => j === 0 || j === n || sorted[j - 1] !== sorted[j];
  let previous = new Array(n + 1).fill(Infinity);
  previous[0] = 0;
  for (let q = 1; q <= k; q++) {
    const current = new Array(n + 1).fill(Infinity);
    for (let i = 1; i <= n; i++) {
      if (!cut(i)) continue;
      for (let j = 0; j < i; j++)
        if (cut(j) && previous[j] < Infinity) current[i] = Math.min(current[i], previous[j] + ssq(j, i));
    }
    previous = current;
  }
  return previous[n];
}

/** Optimal total for k = 3 by the O(n²) programme, written out for n in the thousands. */
function threeGroupOptimum(values: readonly number[]): number {
  const { sorted, p1, p2 } = prefixSums(values);
  const n = sorted.length;
  // head[j] = cost of the first j values as one group.
  const head = new Float64Array(n + 1);
  for (let j = 1; j <= n; j++) head[j] = Math.max(0, p2[j] - (p1[j] * p1[j]) / j);
  let best = Infinity;
  for (let j2 = 2; j2 < n; j2++) {
    if (sorted[j2 - 1] === sorted[j2]) continue;
    const s1 = p1[n] - p1[j2];
    const tail = Math.max(0, p2[n] - p2[j2] - (s1 * s1) / (n - j2));
    for (let j1 = 1; j1 < j2; j1++) {
      if (sorted[j1 - 1] === sorted[j1]) continue;
      const d = p1[j2] - p1[j1];
      const middle = p2[j2] - p2[j1] - (d * d) / (j2 - j1);
      const cost = head[j1] + (middle > 0 ? middle : 0) + tail;
      if (cost < best) best = cost;
    }
  }
  return best;
}

describe("ckmeans on inputs large enough for the bucket sort (n ≥ 4096)", () => {
  it.each([
    ["log-normal", (i: number) => Math.exp(3 * Math.sin(i * 12.9898) ** 2)],
    ["integers with ties", (i: number) => (i * 7919) % 61],
    ["an outlier", (i: number) => (i === 17 ? 1e9 : ((i * 104729) % 1000) / 7)],
  ])("%s: sorted correctly and optimal (brute-force total)", (_, value) => {
    const values = Array.from({ length: 4500 }, (__, i) => value(i));
    const result = ckmeans(values, 3);
    const { cluster } = result;
    const upper = [-Infinity, -Infinity, -Infinity];
    const lower = [Infinity, Infinity, Infinity];
    values.forEach((v, i) => {
      upper[cluster[i]] = Math.max(upper[cluster[i]], v);
      lower[cluster[i]] = Math.min(lower[cluster[i]], v);
    });
    expect(upper[0]).toBeLessThan(lower[1]);
    expect(upper[1]).toBeLessThan(lower[2]);
    const reference = threeGroupOptimum(values);
    expect(Math.abs(total(result.withinss) - reference)).toBeLessThanOrEqual(1e-9 * (1 + reference));
  });
});

describe("ckmeans, properties", () => {
  const input = fc.tuple(indicatorColumn(1, 60), fc.integer({ min: 1, max: 7 }));

  it("outputs are finite and complete for any finite doubles, subnormal and huge included", () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ noNaN: true, noDefaultInfinity: true }), { minLength: 1, maxLength: 40 }),
        fc.integer({ min: 1, max: 7 }),
        (values, k) => {
          const result = ckmeans(values, k);
          expect(result.cluster).toHaveLength(values.length);
          for (const g of result.cluster) expect(g >= 0 && g < result.k).toBe(true);
          for (const x of [...result.centers, ...result.withinss])
            expect(Number.isFinite(x) || Math.abs(x) === Infinity).toBe(true);
          for (const x of result.centers) expect(Number.isNaN(x)).toBe(false);
        },
      ),
    );
  });

  it("outputs are finite, complete and consistent", () => {
    fc.assert(
      fc.property(input, ([values, k]) => {
        const result = ckmeans(values, k);
        expect(result.cluster).toHaveLength(values.length);
        for (const g of result.cluster) expect(g >= 0 && g < result.k).toBe(true);
        for (const x of [...result.centers, ...result.withinss]) expect(Number.isFinite(x)).toBe(true);
        for (let g = 1; g < result.k; g++) expect(result.centers[g]).toBeGreaterThan(result.centers[g - 1]);
        for (let g = 0; g < result.k; g++)
          expect(result.size[g]).toBe(Array.from(result.cluster).filter((c) => c === g).length);
      }),
    );
  });

  it("groups are ordered intervals: a larger value never sits in a lower group", () => {
    fc.assert(
      fc.property(input, ([values, k]) => {
        const { cluster } = ckmeans(values, k);
        for (let i = 0; i < values.length; i++)
          for (let j = 0; j < values.length; j++)
            if (values[i] < values[j]) expect(cluster[i]).toBeLessThanOrEqual(cluster[j]);
      }),
    );
  });

  it("permuting the units permutes the groups", () => {
    fc.assert(
      fc.property(input, fc.integer(), ([values, k], seed) => {
        const order = values
          .map((_, i) => i)
          .sort((a, b) => ((a * 7919 + seed) % 101) - ((b * 7919 + seed) % 101) || a - b);
        const direct = ckmeans(values, k).cluster;
        const permuted = ckmeans(
          order.map((i) => values[i]),
          k,
        ).cluster;
        order.forEach((i, p) => expect(permuted[p]).toBe(direct[i]));
      }),
    );
  });

  it("is deterministic", () => {
    fc.assert(
      fc.property(input, ([values, k]) => {
        expect(ckmeans(values, k)).toEqual(ckmeans(values, k));
      }),
      { numRuns: 50 },
    );
  });
});
