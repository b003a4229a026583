/**
 * What the task pane asks of a workbook — the only door to Excel. Two adapters
 * implement it: `office.ts` over Excel.run (the only file that touches Excel.*)
 * and `memory.ts`, sheets held in memory (tests, the browser preview).
 */

/** A cell value as Excel reports it. */
export type CellValue = string | number | boolean | null;

/** A rectangular block read from a sheet. */
export interface RangeSnapshot {
  sheet: string;
  /** A1 address of the block without the sheet, e.g. "B2:G20". */
  address: string;
  /** 0-based row and column of the top-left cell. */
  row: number;
  column: number;
  /** Raw values (numbers stay numbers, blanks are ""). */
  values: CellValue[][];
  /** The text Excel displays, same shape. */
  text: string[][];
  /** Formulas, same shape ("" or the value where a cell has none). */
  formulas: (string | number | boolean | null)[][];
}

/** Formatting of one written cell. */
export interface CellFormat {
  /** Fill colour, "#RRGGBB". */
  fill?: string;
  /** Font colour, "#RRGGBB". */
  fontColor?: string;
  bold?: boolean;
  italic?: boolean;
  /** Excel number format, e.g. "0.000". */
  numberFormat?: string;
}

/**
 * One cell to write. `text` is always written as text, never interpreted: names
 * beginning with =, +, - or @ stay names (formula injection). `formula` must
 * begin with "=".
 */
export type CellWrite =
  | { value: number | boolean | null; format?: CellFormat }
  | { text: string; format?: CellFormat }
  | { formula: string; format?: CellFormat };

/** A block of cells written at a top-left cell of the output sheet. */
export interface WriteBlock {
  /** A1 address of the top-left cell, e.g. "A1". */
  topLeft: string;
  /** Rows of cells; rows may be shorter than others (the rest is left untouched). */
  cells: CellWrite[][];
  /** Column widths to set, in characters, from the block's first column. */
  columnWidths?: number[];
}

export type ChartKind = "bar" | "scatter" | "column";

/** A series of a chart, with its data as ranges on the output sheet (so the chart follows live formulas). */
export interface ChartSeries {
  name: string;
  /** A1 range of the category labels (bar/column) or x values (scatter), on the output sheet. */
  xRange: string;
  /** A1 range of the values. */
  yRange: string;
  /** Colour of the whole series, "#RRGGBB". */
  color?: string;
  /** Colour per data point (bar coloured by class), same length as the range. */
  pointColors?: string[];
  /** Labels shown beside each point (district names on the scatter). */
  pointLabels?: string[];
  /** Draw as a line without markers (quadrant lines of the scatter). */
  line?: boolean;
}

export interface ChartRequest {
  kind: ChartKind;
  title: string;
  xAxisTitle?: string;
  yAxisTitle?: string;
  series: ChartSeries[];
  /** A1 cell where the chart's top-left corner goes, on the output sheet. */
  anchor: string;
  /** Size in points. */
  width?: number;
  height?: number;
}

/** Everything one "Run" writes, applied at once. */
export interface OutputPlan {
  /** Output sheet; created when `createSheet` is true (it must not exist yet). */
  sheet: string;
  createSheet: boolean;
  blocks: WriteBlock[];
  charts: ChartRequest[];
  /** Make the output sheet the active one at the end. */
  activate?: boolean;
}

export interface OutputResult {
  sheet: string;
  /** A1 address of everything written (the union of the blocks). */
  address: string;
  charts: number;
}

/** What "Activate formulas" did. */
export interface ActivationResult {
  /** Cells whose AIMAQ formula text became a live formula. */
  count: number;
  /** Sheets that had such cells, in tab order. */
  sheets: string[];
}

/** Progress of a long step, 0..1, for the pane's progress bar. */
export type ProgressListener = (fraction: number) => void;

export interface WorkbookAdapter {
  /** The selected range of the active sheet. */
  readSelection(): Promise<RangeSnapshot>;
  /** A range of a named sheet, e.g. ("Table 40", "A1:H21"). */
  readRange(sheet: string, address: string): Promise<RangeSnapshot>;
  /** Names of the worksheets, in tab order. */
  listSheets(): Promise<string[]>;
  /**
   * Applies a whole plan atomically: on any failure, a created sheet is deleted,
   * changed cells are restored, and the error is rethrown as a WorkbookError.
   */
  applyOutput(plan: OutputPlan, onProgress?: ProgressListener): Promise<OutputResult>;
  /**
   * "Activate formulas": on every sheet, each text cell holding an inactive AIMAQ
   * formula (see aimaqText.ts) gets that text as its formula, all or nothing; on
   * failure the cells written are restored as text and a WorkbookError is thrown.
   */
  activateFormulas(): Promise<ActivationResult>;
}

/** Steps of applyOutput that can fail, for the pane's message. */
export type WorkbookStep =
  "read" | "readSheets" | "createSheet" | "write" | "format" | "chart" | "activate" | "rollback";

export class WorkbookError extends Error {
  readonly step: WorkbookStep;
  readonly cause?: unknown;
  constructor(step: WorkbookStep, cause?: unknown) {
    super(`workbook step failed: ${step}${cause instanceof Error ? `: ${cause.message}` : ""}`);
    this.name = "WorkbookError";
    this.step = step;
    this.cause = cause;
  }
}
