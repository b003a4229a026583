/**
 * Results of the table functions, remembered by the content of their arguments.
 *
 * A column of fill-down formulas (`=AIMAQ.DEPRESS_RANK($B$2:$G$20,,,A2)`, …)
 * calls the function once per row, each time with its own copy of the same
 * table. Comparing that copy cell by cell with the tables already analysed is
 * much cheaper than parsing and computing it again (and cheaper than hashing it
 * first: two different tables almost always differ in their first cells, so a
 * miss costs little and a hit costs one pass). O(cells) per call. Content, not identity, decides:
 * a hit is never a different table. Bounded: at most `maxEntries` tables and
 * `maxCells` stored cells, least recently used first out.
 */
/** A range as Excel passes it: rows of cells (objects are compared by identity). */
export type RawGrid = readonly (readonly unknown[])[];

interface Entry<V> {
  options: string;
  table: StoredGrid;
  value: V;
}

/**
 * A table kept for comparison: its numbers in one typed array, read in order, so
 * that a comparison touches the stored side sequentially instead of chasing one
 * boxed number per cell; other cells (text, blanks, booleans) beside them.
 */
interface StoredGrid {
  rows: number;
  columns: number;
  numbers: Float64Array;
  isNumber: Uint8Array;
  others: unknown[];
}

function store(table: RawGrid): StoredGrid {
  const rows = table.length;
  const columns = rows > 0 ? table[0].length : 0;
  const numbers = new Float64Array(rows * columns);
  const isNumber = new Uint8Array(rows * columns);
  const others: unknown[] = [];
  for (let r = 0, i = 0; r < rows; r++) {
    const row = table[r];
    for (let c = 0; c < columns; c++, i++) {
      const cell = row[c];
      if (typeof cell === "number") {
        numbers[i] = cell;
        isNumber[i] = 1;
      } else others[i] = cell ?? null;
    }
  }
  return { rows, columns, numbers, isNumber, others };
}

/** True when `table` has the stored shape and cells (a blank as undefined equals one as null). */
function matches(stored: StoredGrid, table: RawGrid): boolean {
  if (table.length !== stored.rows) return false;
  const { columns, numbers, isNumber, others } = stored;
  for (let r = 0, i = 0; r < table.length; r++) {
    const row = table[r];
    if (row.length !== columns) return false;
    for (let c = 0; c < columns; c++, i++) {
      const cell = row[c];
      if (typeof cell === "number") {
        if (isNumber[i] !== 1 || numbers[i] !== cell) return false;
      } else if (isNumber[i] === 1 || others[i] !== (cell ?? null)) return false;
    }
  }
  return true;
}

export class ContentCache<V> {
  /** Most recently used last. */
  private entries: Entry<V>[] = [];
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
    for (let i = this.entries.length - 1; i >= 0; i--) {
      const entry = this.entries[i];
      if (entry.options === options && matches(entry.table, table)) {
        if (i !== this.entries.length - 1) this.entries.push(...this.entries.splice(i, 1));
        return entry.value;
      }
    }
    const value = compute();
    const cells = table.reduce((sum, row) => sum + row.length, 0);
    if (cells > this.maxCells) return value;
    this.entries.push({ options, table: store(table), value });
    this.storedCells += cells;
    while (this.entries.length > this.maxEntries || this.storedCells > this.maxCells) {
      const oldest = this.entries.shift() as Entry<V>;
      this.storedCells -= oldest.table.rows * oldest.table.columns;
    }
    return value;
  }

  clear(): void {
    this.entries = [];
    this.storedCells = 0;
  }

  /** Number of stored tables. */
  get size(): number {
    return this.entries.length;
  }

  /** Number of stored cells (for tests of the bound). */
  get cells(): number {
    return this.storedCells;
  }
}
