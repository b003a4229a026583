/**
 * Results of the table functions, remembered by the content of their arguments.
 *
 * A column of fill-down formulas (`=AIMAQ.DEPRESS_RANK($B$2:$G$20,,,A2)`, …)
 * calls the function once per row, each time with its own copy of the same
 * table. Hashing that copy (one pass, no allocation) is much cheaper than
 * parsing and computing the table, so the analysis runs once per distinct table
 * and options. A hit is confirmed cell by cell against the stored copy, so two
 * tables with the same hash never share a result. Bounded: at most
 * `maxEntries` tables and `maxCells` stored cells, least recently used first out.
 */
/** A range as Excel passes it: rows of cells (objects are compared by identity). */
export type RawGrid = readonly (readonly unknown[])[];

interface Entry<V> {
  table: RawGrid;
  cells: number;
  value: V;
}

const float = new Float64Array(1);
const words = new Uint32Array(float.buffer);

/**
 * Two 32-bit hashes of a grid's shape and cells (FNV-1a style, different
 * primes), as one key. O(cells), no allocation per cell: a number is hashed by
 * the two 32-bit words of its double.
 */
export function gridHash(grid: RawGrid): string {
  let a = 0x811c9dc5 ^ grid.length;
  let b = 0x9747b28c ^ (grid.length > 0 ? grid[0].length : 0);
  for (let r = 0; r < grid.length; r++) {
    const row = grid[r];
    for (let c = 0; c < row.length; c++) {
      const cell = row[c];
      if (typeof cell === "number") {
        float[0] = cell;
        a = Math.imul(a ^ words[0], 0x01000193);
        b = Math.imul(b ^ words[1], 0x5bd1e995);
      } else if (typeof cell === "string") {
        a = Math.imul(a ^ (0x9e3779b9 + cell.length), 0x01000193);
        for (let i = 0; i < cell.length; i++) b = Math.imul(b ^ cell.charCodeAt(i), 0x5bd1e995);
      } else {
        a = Math.imul(a ^ (cell === true ? 3 : cell === false ? 4 : 5), 0x01000193);
        b = Math.imul(b ^ 0x27d4eb2d, 0x5bd1e995);
      }
      b ^= b >>> 15;
    }
  }
  return `${(a >>> 0).toString(36)}.${(b >>> 0).toString(36)}.${grid.length}`;
}

function sameRawGrid(x: RawGrid, y: RawGrid): boolean {
  if (x.length !== y.length) return false;
  for (let r = 0; r < x.length; r++) {
    const rx = x[r];
    const ry = y[r];
    if (rx.length !== ry.length) return false;
    for (let c = 0; c < rx.length; c++) {
      const u = rx[c];
      const v = ry[c];
      if (u !== v && !(u === undefined && v === null) && !(u === null && v === undefined)) return false;
    }
  }
  return true;
}

export class ContentCache<V> {
  private readonly entries = new Map<string, Entry<V>>();
  private storedCells = 0;
  /** Off in the benchmark's baseline, to time every call computed afresh. */
  enabled = true;

  constructor(
    private readonly maxEntries = 16,
    private readonly maxCells = 500_000,
  ) {}

  /**
   * The value for (`options`, `table`), computed by `compute` when not stored.
   * `options` must identify everything else the value depends on.
   */
  get(options: string, table: RawGrid, compute: () => V): V {
    if (!this.enabled) return compute();
    const key = `${options}|${gridHash(table)}`;
    const hit = this.entries.get(key);
    if (hit && sameRawGrid(hit.table, table)) {
      this.entries.delete(key);
      this.entries.set(key, hit);
      return hit.value;
    }
    const value = compute();
    const cells = table.length * (table[0]?.length ?? 0);
    if (cells > this.maxCells) return value;
    if (hit) this.remove(key, hit);
    this.entries.set(key, { table: table.map((row) => row.slice()), cells, value });
    this.storedCells += cells;
    for (const [oldest, entry] of this.entries) {
      if (this.entries.size <= this.maxEntries && this.storedCells <= this.maxCells) break;
      this.remove(oldest, entry);
    }
    return value;
  }

  clear(): void {
    this.entries.clear();
    this.storedCells = 0;
  }

  /** Number of stored tables (for tests of the bound). */
  get size(): number {
    return this.entries.size;
  }

  private remove(key: string, entry: Entry<V>): void {
    this.entries.delete(key);
    this.storedCells -= entry.cells;
  }
}
