import * as React from "react";
import { parseRangeAddress, rangeAddress, type RangeBox } from "../workbook/a1";
import { displayText, type MemoryWorkbook } from "../workbook/memory";
import type { CellValue } from "../workbook/types";
import { ChartView } from "./ChartView";
import { Grid } from "./Grid";
import type { GridCell } from "./types";

export interface PreviewAppProps {
  workbook: MemoryWorkbook;
  /** Listeners told when the formula engine has new values (it recomputes after each change). */
  onRecalculated: Set<() => void>;
  /** The task pane, rendered beside the grid. */
  pane: React.ReactNode;
}

/** Empty rows and columns drawn beyond a sheet's used range, as in Excel. */
const MARGIN_ROWS = 30;
const MARGIN_COLUMNS = 4;
const MIN_COLUMNS = 10;

/** Splits "'My sheet'!$B$2:$C$3" into sheet (when given) and address. */
function splitReference(reference: string): { sheet?: string; address: string } {
  const bang = reference.lastIndexOf("!");
  if (bang < 0) return { address: reference };
  const sheet = reference.slice(0, bang).replace(/^'(.*)'$/, "$1").replace(/''/g, "'");
  return { sheet, address: reference.slice(bang + 1) };
}

/**
 * The browser preview: an in-memory workbook shown as a grid with sheet tabs, an
 * address box and the charts of the active sheet, beside the real task pane. What
 * the user selects here is what the pane reads; what the pane writes appears here.
 */
export function PreviewApp({ workbook, onRecalculated, pane }: PreviewAppProps): React.JSX.Element {
  const [version, setVersion] = React.useState(0);
  const [sheets, setSheets] = React.useState<string[]>([]);
  const current = workbook.getSelection();
  const [addressText, setAddressText] = React.useState(current.address);

  React.useEffect(() => {
    const refresh = () => {
      setVersion((v) => v + 1);
      setAddressText(workbook.getSelection().address);
      void workbook.listSheets().then(setSheets);
    };
    refresh();
    onRecalculated.add(refresh);
    const unsubscribe = workbook.subscribe(refresh);
    return () => {
      onRecalculated.delete(refresh);
      unsubscribe();
    };
  }, [workbook, onRecalculated]);

  const sheetName = current.sheet;
  const sheet = workbook.getSheet(sheetName);
  const usedRows = sheet?.cells.length ?? 0;
  // Sparse rows: a loop, because map() skips the holes of an array.
  let usedColumns = 0;
  for (let r = 0; r < usedRows; r++) usedColumns = Math.max(usedColumns, sheet?.cells[r]?.length ?? 0);
  const selection = parseRangeAddress(current.address) ?? { row: 0, column: 0, rows: 1, columns: 1 };

  const cell = React.useCallback(
    (row: number, column: number): GridCell | undefined => {
      const stored = workbook.cellAt(sheetName, row, column);
      if (!stored) return undefined;
      const value = workbook.displayValue(sheetName, row, column);
      const format = stored.format ?? {};
      return {
        text: displayText(value, format.numberFormat),
        numeric: typeof value === "number",
        fill: format.fill,
        fontColor: format.fontColor,
        bold: format.bold,
        italic: format.italic,
        formula: stored.formula,
      };
    },
    // version: the workbook mutates in place, so a new version means new contents.
    [workbook, sheetName, version],
  );

  const resolve = React.useCallback(
    (reference: string): CellValue[] => {
      const { sheet: target = sheetName, address } = splitReference(reference);
      const box = parseRangeAddress(address);
      if (!box) return [];
      const values: CellValue[] = [];
      for (let r = box.row; r < box.row + box.rows; r++) {
        for (let c = box.column; c < box.column + box.columns; c++) values.push(workbook.displayValue(target, r, c));
      }
      return values;
    },
    [workbook, sheetName, version],
  );

  const select = (box: RangeBox) => workbook.select(sheetName, rangeAddress(box));
  const submitAddress = () => {
    const { sheet: target = sheetName, address } = splitReference(addressText.trim());
    if (parseRangeAddress(address) && workbook.getSheet(target)) workbook.select(target, address.toUpperCase());
    else setAddressText(current.address);
  };
  const charts = workbook.chartsOf(sheetName);
  const activeCell = workbook.cellAt(sheetName, selection.row, selection.column);

  return (
    <div style={styles.page}>
      <div style={styles.workbook}>
        <div style={styles.bar}>
          <input
            aria-label="Name box"
            data-testid="address-box"
            value={addressText}
            onChange={(event) => setAddressText(event.target.value)}
            onKeyDown={(event) => event.key === "Enter" && submitAddress()}
            onBlur={submitAddress}
            style={styles.nameBox}
          />
          <div style={styles.formulaBar} aria-label="Formula bar" data-testid="formula-bar">
            {activeCell?.formula ?? displayText(activeCell?.value ?? null)}
          </div>
        </div>
        <Grid
          rows={Math.max(usedRows + MARGIN_ROWS, 60)}
          columns={Math.max(usedColumns + MARGIN_COLUMNS, MIN_COLUMNS)}
          cell={cell}
          selection={selection}
          onSelect={select}
          version={version}
        />
        {charts.length > 0 && (
          <div style={styles.charts} data-testid="charts">
            {charts.map((chart, i) => (
              <ChartView key={`${sheetName}-${i}`} chart={chart} resolve={resolve} />
            ))}
          </div>
        )}
        <div role="tablist" aria-label="Sheets" style={styles.tabs}>
          {sheets.map((name) => (
            <button
              key={name}
              role="tab"
              aria-selected={name === sheetName}
              onClick={() => workbook.select(name, "A1")}
              style={{ ...styles.tab, ...(name === sheetName ? styles.activeTab : {}) }}
            >
              {name}
            </button>
          ))}
        </div>
      </div>
      <aside style={styles.pane} aria-label="Aimaq">
        {pane}
      </aside>
    </div>
  );
}

const styles: Record<string, React.CSSProperties> = {
  page: { display: "flex", height: "100vh", fontFamily: "Segoe UI, system-ui, sans-serif", background: "#f8f8f8" },
  workbook: { flex: 1, display: "flex", flexDirection: "column", minWidth: 0 },
  bar: { display: "flex", gap: 6, padding: 6, borderBottom: "1px solid #d4d4d4", background: "#ffffff" },
  nameBox: { width: 150, fontSize: 12, padding: "2px 4px" },
  formulaBar: {
    flex: 1,
    fontSize: 12,
    padding: "3px 6px",
    border: "1px solid #d4d4d4",
    whiteSpace: "nowrap",
    overflow: "hidden",
    textOverflow: "ellipsis",
  },
  charts: {
    display: "flex",
    gap: 8,
    padding: 8,
    overflowX: "auto",
    borderTop: "1px solid #d4d4d4",
    background: "#fafafa",
    flex: "none",
  },
  tabs: { display: "flex", gap: 2, padding: "4px 6px", borderTop: "1px solid #d4d4d4", background: "#f0f0f0", overflowX: "auto" },
  tab: {
    borderStyle: "solid",
    borderColor: "#c8c8c8",
    borderWidth: 1,
    background: "#e8e8e8",
    padding: "3px 10px",
    fontSize: 12,
    cursor: "pointer",
  },
  activeTab: { background: "#ffffff", color: "#217346", fontWeight: 600, boxShadow: "inset 0 2px 0 #217346" },
  pane: { width: 400, flex: "none", borderLeft: "1px solid #c8c8c8", overflowY: "auto", background: "#ffffff" },
};
