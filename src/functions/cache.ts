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
 * A table kept for comparison, row by row in the form that compares fastest with
 * a fresh copy: a row of numbers only (a PACKED_DOUBLE array in the copy) in one
 * typed array, any other row (numbers with text or blanks, boxed in the copy) as
 * its cells. Each kind is compared by its own function, so that each reads one
 * element kind: one loop over both kinds reads either slowly.
 */
interface StoredGrid {
  rows: number;
  columns: number;
  /** 1 where the row holds numbers only. */
  numeric: Uint8Array;
  numbers: Float64Array;
  /** The cells of the other rows, blanks as null. */
  others: unknown[];
}

function store(table: RawGrid): StoredGrid {
  const rows = table.length;
  const columns = rows > 0 ? table[0].length : 0;
  const numeric = new Uint8Array(rows);
  const numbers = new Float64Array(rows * columns);
  const others: unknown[] = [];
  for (let r = 0, i = 0; r < rows; r++, i += columns) {
    const row = table[r];
    let numbersOnly = true;
    for (let c = 0; c < columns; c++) numbersOnly &&= typeof row[c] === "number";
    numeric[r] = numbersOnly ? 1 : 0;
    for (let c = 0; c < columns; c++) {
      if (numbersOnly) numbers[i + c] = row[c] as number;
      else others[i + c] = row[c] ?? null;
    }
  }
  return { rows, columns, numeric, numbers, others };
}

/** True when `table` has the stored shape and cells (a blank as undefined equals one as null). */
function matches(stored: StoredGrid, table: RawGrid): boolean {
  if (table.length !== stored.rows) return false;
  const { columns, numeric, numbers, others } = stored;
  for (let r = 0, i = 0; r < table.length; r++, i += columns) {
    const row = table[r];
    if (row.length !== columns) return false;
    if (numeric[r] === 1 ? !sameNumbers(row, numbers, i) : !sameCells(row, others, i)) return false;
  }
  return true;
}

/** Strict equality: text or a blank never equals a stored number. */
function sameNumbers(row: readonly unknown[], numbers: Float64Array, start: number): boolean {
  for (let c = 0; c < row.length; c++) if (row[c] !== numbers[start + c]) return false;
  return true;
}

function sameCells(row: readonly unknown[], cells: unknown[], start: number): boolean {
  for (let c = 0; c < row.length; c++) if ((row[c] ?? null) !== cells[start + c]) return false;
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
