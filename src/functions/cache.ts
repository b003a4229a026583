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

/** Two independent 32-bit hashes of a grid's shape and cells, as one key. O(cells), no allocation per cell. */
export function gridHash(grid: RawGrid): string {
  let a = 0x811c9dc5;
  let b = 0x9747b28c;
  const mix = (word: number) => {
    a = Math.imul(a ^ word, 0x01000193);
    b = Math.imul(b ^ word, 0x5bd1e995) ^ (b >>> 15);
  };
  mix(grid.length);
  mix(grid.length > 0 ? grid[0].length : 0);
  for (const row of grid) {
    for (const cell of row) {
      if (typeof cell === "number") {
        float[0] = cell;
        mix(1);
        mix(words[0]);
        mix(words[1]);
      } else if (typeof cell === "string") {
        mix(2);
        mix(cell.length);
        for (let i = 0; i < cell.length; i++) mix(cell.charCodeAt(i));
      } else if (typeof cell === "boolean") {
        mix(cell ? 3 : 4);
      } else {
        mix(5);
      }
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
