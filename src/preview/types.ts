/** Shapes shared by the preview's components (kept in a .ts file: the lint setup checks function types there). */
import type { CellValue } from "../workbook/types";
import type { RangeBox } from "../workbook/a1";

/** Values of an A1 range of the workbook, rows flattened in order. */
export type RangeResolver = (range: string) => CellValue[];

/** What the grid shows of one cell. */
export interface GridCell {
  text: string;
  fill?: string;
  fontColor?: string;
  bold?: boolean;
  italic?: boolean;
  /** Right-aligned like Excel's numbers. */
  numeric?: boolean;
  /** The formula behind the value, shown as a tooltip. */
  formula?: string;
}

export interface GridProps {
  /** Rows and columns to draw (the used range plus a margin). */
  rows: number;
  columns: number;
  cell(row: number, column: number): GridCell | undefined;
  selection: RangeBox;
  onSelect(selection: RangeBox): void;
  /** Changes when the sheet's content changes, so the visible rows are redrawn. */
  version: number;
}
