import * as React from "react";
import {
  Caption1,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { ResultViewProps } from "../types";

const useStyles = makeStyles({
  swatch: {
    flex: "none",
    width: "10px",
    height: "10px",
    border: `1px solid ${tokens.colorNeutralStroke1}`,
  },
  // The chip keeps its place at the left; a long label wraps beside it, never under it.
  level: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalXS },
  // Auto layout: the numbers take their width, the names the rest (Fluent's default splits evenly).
  table: { tableLayout: "auto" },
  number: { textAlign: "end", fontVariantNumeric: "tabular-nums", whiteSpace: "nowrap", width: "1%" },
});

/** Decimals shown for composites in the pane (the sheet keeps full precision). */
const DECIMALS = 3;

/**
 * The result of a run in the pane: districts by rank with value, class (its colour
 * and label) and the range of ranks across method variants (rank stability).
 */
export function ResultView({ strings, result }: ResultViewProps): React.JSX.Element {
  const styles = useStyles();
  const ui = strings.ui;
  const stability = new Map(result.stability.map((s) => [s.name, s]));
  const units = [...result.units].sort((a, b) => (a.rank ?? Infinity) - (b.rank ?? Infinity));
  return (
    <>
      <Caption1>{ui.stabilityHint}</Caption1>
      <Table size="extra-small" className={styles.table} aria-label={ui.resultStep} data-testid="result">
        <TableHeader>
          <TableRow>
            <TableHeaderCell>{ui.rank}</TableHeaderCell>
            <TableHeaderCell>{ui.unit}</TableHeaderCell>
            <TableHeaderCell>{ui.value}</TableHeaderCell>
            <TableHeaderCell>{ui.level}</TableHeaderCell>
            <TableHeaderCell>{ui.rankRange}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {units.map((unit) => {
            const range = stability.get(unit.name);
            return (
              <TableRow key={unit.row}>
                <TableCell className={styles.number}>{unit.rank ?? "—"}</TableCell>
                <TableCell>{unit.name}</TableCell>
                <TableCell className={styles.number}>{unit.value === null ? "—" : unit.value.toFixed(DECIMALS)}</TableCell>
                <TableCell>
                  <span className={styles.level}>
                    <span className={styles.swatch} style={{ background: unit.color }} aria-hidden />
                    <span>{unit.label}</span>
                  </span>
                </TableCell>
                <TableCell className={styles.number}>
                  {range?.minRank == null ? "—" : range.minRank === range.maxRank ? range.minRank : `${range.minRank}–${range.maxRank}`}
                </TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
    </>
  );
}
