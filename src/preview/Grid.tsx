import * as React from "react";
import { columnLetters, rangeAddress, type CellPosition, type RangeBox } from "../workbook/a1";
import type { GridProps } from "./types";

const ROW_HEIGHT = 22;
const HEADER_WIDTH = 44;
const COLUMN_WIDTH = 96;
const FIRST_COLUMN_WIDTH = 190;
/** Rows drawn beyond the visible ones, so that scrolling does not show blanks. */
const OVERSCAN = 10;

function columnWidth(column: number): number {
  return column === 0 ? FIRST_COLUMN_WIDTH : COLUMN_WIDTH;
}

function contains(box: RangeBox, row: number, column: number): boolean {
  return row >= box.row && row < box.row + box.rows && column >= box.column && column < box.column + box.columns;
}

function span(anchor: CellPosition, focus: CellPosition): RangeBox {
  return {
    row: Math.min(anchor.row, focus.row),
    column: Math.min(anchor.column, focus.column),
    rows: Math.abs(anchor.row - focus.row) + 1,
    columns: Math.abs(anchor.column - focus.column) + 1,
  };
}

/**
 * A spreadsheet grid: column letters and row numbers, cells with their fills,
 * selection by mouse drag, shift-click and shift+arrow keys. Only the visible rows
 * are drawn, so a sheet of thousands of rows scrolls smoothly.
 */
export function Grid({ rows, columns, cell, selection, onSelect, version }: GridProps): React.JSX.Element {
  const viewport = React.useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = React.useState(0);
  const [viewHeight, setViewHeight] = React.useState(600);
  const anchor = React.useRef<CellPosition>({ row: selection.row, column: selection.column });
  const dragging = React.useRef(false);

  React.useEffect(() => {
    const element = viewport.current;
    if (!element) return undefined;
    const measure = () => setViewHeight(element.clientHeight || 600);
    measure();
    window.addEventListener("resize", measure);
    return () => window.removeEventListener("resize", measure);
  }, []);

  React.useEffect(() => {
    const stop = () => (dragging.current = false);
    window.addEventListener("mouseup", stop);
    return () => window.removeEventListener("mouseup", stop);
  }, []);

  const first = Math.max(0, Math.floor(scrollTop / ROW_HEIGHT) - OVERSCAN);
  const last = Math.min(rows - 1, Math.ceil((scrollTop + viewHeight) / ROW_HEIGHT) + OVERSCAN);
  const widths = Array.from({ length: columns }, (_, c) => columnWidth(c));
  const totalWidth = HEADER_WIDTH + widths.reduce((a, b) => a + b, 0);

  const press = (event: React.MouseEvent, position: CellPosition) => {
    event.preventDefault();
    viewport.current?.focus();
    if (event.shiftKey) {
      onSelect(span(anchor.current, position));
    } else {
      anchor.current = position;
      onSelect(span(position, position));
    }
    dragging.current = true;
  };
  const enter = (position: CellPosition) => {
    if (dragging.current) onSelect(span(anchor.current, position));
  };
  const keyDown = (event: React.KeyboardEvent) => {
    const moves: Record<string, [number, number]> = {
      ArrowUp: [-1, 0],
      ArrowDown: [1, 0],
      ArrowLeft: [0, -1],
      ArrowRight: [0, 1],
    };
    const move = moves[event.key];
    if (!move) return;
    event.preventDefault();
    const bottom = selection.row + selection.rows - 1;
    const right = selection.column + selection.columns - 1;
    const focus = event.shiftKey
      ? {
          row: bottom === anchor.current.row ? selection.row : bottom,
          column: right === anchor.current.column ? selection.column : right,
        }
      : anchor.current;
    const next = {
      row: Math.min(rows - 1, Math.max(0, focus.row + move[0])),
      column: Math.min(columns - 1, Math.max(0, focus.column + move[1])),
    };
    if (!event.shiftKey) anchor.current = next;
    onSelect(span(anchor.current, next));
  };

  const visible: React.JSX.Element[] = [];
  for (let r = first; r <= last; r++) {
    visible.push(
      <div key={r} role="row" style={{ display: "flex", position: "absolute", top: (r + 1) * ROW_HEIGHT, height: ROW_HEIGHT }}>
        <div role="rowheader" style={{ ...headerStyle, width: HEADER_WIDTH, position: "sticky", left: 0, zIndex: 1 }}>
          {r + 1}
        </div>
        {widths.map((width, c) => {
          const content = cell(r, c);
          const selected = contains(selection, r, c);
          return (
            <div
              key={c}
              role="gridcell"
              aria-selected={selected}
              data-address={`${columnLetters(c)}${r + 1}`}
              title={content?.formula ?? content?.text}
              onMouseDown={(event) => press(event, { row: r, column: c })}
              onMouseEnter={() => enter({ row: r, column: c })}
              style={{
                ...cellStyle,
                width,
                background: selected ? mix(content?.fill) : (content?.fill ?? "#ffffff"),
                color: content?.fontColor ?? "#1b1b1b",
                fontWeight: content?.bold ? 600 : 400,
                fontStyle: content?.italic ? "italic" : "normal",
                textAlign: content?.numeric ? "right" : "left",
              }}
            >
              {content?.text ?? ""}
            </div>
          );
        })}
      </div>,
    );
  }

  return (
    <div
      ref={viewport}
      role="grid"
      aria-label={rangeAddress(selection)}
      aria-rowcount={rows}
      aria-colcount={columns}
      data-version={version}
      tabIndex={0}
      onKeyDown={keyDown}
      onScroll={(event) => setScrollTop(event.currentTarget.scrollTop)}
      style={{ overflow: "auto", flex: 1, position: "relative", outline: "none", userSelect: "none" }}
    >
      <div style={{ position: "relative", width: totalWidth, height: (rows + 1) * ROW_HEIGHT }}>
        <div role="row" style={{ display: "flex", position: "sticky", top: 0, zIndex: 2, height: ROW_HEIGHT }}>
          <div style={{ ...headerStyle, width: HEADER_WIDTH, position: "sticky", left: 0 }} />
          {widths.map((width, c) => (
            <div key={c} role="columnheader" style={{ ...headerStyle, width }}>
              {columnLetters(c)}
            </div>
          ))}
        </div>
        {visible}
      </div>
    </div>
  );
}

/** The selection tint over a cell's own fill. */
function mix(fill: string | undefined): string {
  return fill ? `linear-gradient(rgba(33, 115, 70, 0.25), rgba(33, 115, 70, 0.25)), ${fill}` : "#d3e9dc";
}

const headerStyle: React.CSSProperties = {
  boxSizing: "border-box",
  background: "#f3f3f3",
  borderRight: "1px solid #d4d4d4",
  borderBottom: "1px solid #d4d4d4",
  fontSize: 11,
  color: "#444",
  textAlign: "center",
  lineHeight: `${ROW_HEIGHT}px`,
  flex: "none",
};

const cellStyle: React.CSSProperties = {
  boxSizing: "border-box",
  borderRight: "1px solid #e2e2e2",
  borderBottom: "1px solid #e2e2e2",
  padding: "0 4px",
  fontSize: 12,
  lineHeight: `${ROW_HEIGHT - 1}px`,
  overflow: "hidden",
  whiteSpace: "nowrap",
  textOverflow: "ellipsis",
  flex: "none",
  cursor: "cell",
};
