import * as React from "react";
import { Button, Caption1, Field, Select, Text, makeStyles, tokens } from "@fluentui/react-components";
import { formatPaneText } from "../../i18n/pane";
import { columnLetters } from "../../workbook/a1";
import type { DetectedTable } from "../analysis/types";
import type { TableStepProps } from "../types";

/** Rows offered as the header row: the first ones of the selection, where headers sit. */
const HEADER_CHOICES = 10;
const NO_HEADER = "none";

const useStyles = makeStyles({
  row: { display: "grid", gridTemplateColumns: "minmax(0, 1fr) minmax(0, 1fr)", gap: tokens.spacingHorizontalS },
  grow: { minWidth: 0 },
  excluded: { margin: 0, paddingLeft: tokens.spacingHorizontalL, color: tokens.colorNeutralForeground3 },
});

/** The header text of a snapshot column, or "Column C" where it has none. */
export function columnTitle(table: DetectedTable, column: number, template: string): string {
  return table.headers[column] || formatPaneText(template, { letter: columnLetters(table.snapshot.column + column) });
}

/** Step 1: read the selection, show what was detected, and let the user move the header row and the name column. */
export function TableStep({ strings, table, busy, onRead, onOverride }: TableStepProps): React.JSX.Element {
  const styles = useStyles();
  const ui = strings.ui;
  return (
    <>
      <Text>{ui.tableHint}</Text>
      <Button appearance={table ? "secondary" : "primary"} onClick={onRead} disabled={busy} data-testid="read">
        {busy ? ui.reading : ui.readSelection}
      </Button>
      {table && (
        <>
          <Text weight="semibold" data-testid="source">
            {formatPaneText(ui.source, { sheet: table.snapshot.sheet, address: table.snapshot.address })}
          </Text>
          <Text data-testid="detected">
            {formatPaneText(ui.detected, { units: table.names.length, columns: table.layout.dataColumns.length })}
          </Text>
          <div className={styles.row}>
            <Field label={ui.headerRow} className={styles.grow}>
              <Select
                value={table.layout.headerRow === null ? NO_HEADER : String(table.layout.headerRow)}
                onChange={(_, data) =>
                  onOverride({ headerRow: data.value === NO_HEADER ? null : Number(data.value) })
                }
                data-testid="header-row"
              >
                <option value={NO_HEADER}>{ui.noHeader}</option>
                {Array.from({ length: Math.min(HEADER_CHOICES, table.snapshot.values.length) }, (_, r) => (
                  <option key={r} value={r}>
                    {formatPaneText(ui.sheetRow, { row: table.snapshot.row + r + 1 })}
                  </option>
                ))}
              </Select>
            </Field>
            <Field label={ui.nameColumn} className={styles.grow}>
              <Select
                value={String(table.layout.nameColumn)}
                onChange={(_, data) => onOverride({ nameColumn: Number(data.value) })}
                data-testid="name-column"
              >
                {table.headers.map((_, c) => (
                  <option key={c} value={c}>
                    {columnTitle(table, c, ui.columnFallback)}
                  </option>
                ))}
              </Select>
            </Field>
          </div>
          {table.layout.excludedRows.length > 0 && (
            <div data-testid="excluded">
              <Caption1>{ui.excludedRows}</Caption1>
              <ul className={styles.excluded}>
                {table.layout.excludedRows.map((row) => (
                  <li key={row.row}>
                    <Caption1>
                      {formatPaneText(ui.sheetRow, { row: table.snapshot.row + row.row + 1 })}
                      {row.name ? ` — ${row.name}` : ""}: {strings.excluded[row.reason]}
                    </Caption1>
                  </li>
                ))}
              </ul>
            </div>
          )}
        </>
      )}
    </>
  );
}
