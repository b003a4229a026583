import * as React from "react";
import { Badge, Checkbox, Input, Select, Tooltip, makeStyles, tokens } from "@fluentui/react-components";
import type { Direction } from "../../core";
import { formatPaneText } from "../../i18n/pane";
import type { ColumnMapping, ColumnRole } from "../analysis/types";
import type { ColumnsStepProps } from "../types";
import { columnTitle } from "./TableStep";

const ROLES: readonly ColumnRole[] = ["depressivity", "innovation", "output", "employed", "fixedAssets", "ignore"];

const useStyles = makeStyles({
  list: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS, margin: 0, padding: 0 },
  item: {
    listStyleType: "none",
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  head: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalXS },
  controls: { display: "grid", gridTemplateColumns: "1fr 1fr 64px", gap: tokens.spacingHorizontalXS },
  weight: { minWidth: "0" },
  select: { minWidth: "0" },
});

/**
 * Step 2: one entry per data column with the proposed role and direction, which
 * the user can change; "use" includes or excludes the column, the weight counts
 * within its role. Low-confidence proposals carry a badge asking to check them.
 */
export function ColumnsStep({ strings, table, mapping, onChange }: ColumnsStepProps): React.JSX.Element {
  const styles = useStyles();
  const ui = strings.ui;
  const [remembered, setRemembered] = React.useState<Record<number, ColumnRole>>({});
  const dataColumns = new Set(table.layout.dataColumns);
  const update = (column: number, change: Partial<ColumnMapping>) =>
    onChange(mapping.map((m) => (m.column === column ? { ...m, ...change } : m)));
  const toggle = (m: ColumnMapping, use: boolean) => {
    if (!use) setRemembered({ ...remembered, [m.column]: m.role });
    update(m.column, { role: use ? (remembered[m.column] ?? "depressivity") : "ignore" });
  };

  return (
    <ul className={styles.list} aria-label={ui.columnsStep} data-testid="mapping">
      {mapping
        .filter((m) => dataColumns.has(m.column))
        .map((m) => {
          const title = columnTitle(table, m.column, ui.columnFallback);
          const used = m.role !== "ignore";
          return (
            <li key={m.column} className={styles.item} data-testid={`column-${m.column}`}>
              <div className={styles.head}>
                <Checkbox
                  checked={used}
                  label={title}
                  onChange={(_, data) => toggle(m, Boolean(data.checked))}
                  data-testid={`use-${m.column}`}
                />
                {used && m.confidence === "low" && (
                  <Tooltip
                    content={m.matched ? formatPaneText(ui.proposedFrom, { keyword: m.matched }) : ui.checkProposal}
                    relationship="description"
                  >
                    <Badge size="small" appearance="tint" color="warning" tabIndex={0} aria-label={ui.checkProposal}>
                      ?
                    </Badge>
                  </Tooltip>
                )}
              </div>
              <div className={styles.controls}>
                <Select
                  size="small"
                  className={styles.select}
                  aria-label={`${ui.roleLabel}: ${title}`}
                  value={m.role}
                  onChange={(_, data) => update(m.column, { role: data.value as ColumnRole, confidence: "high" })}
                  data-testid={`role-${m.column}`}
                >
                  {ROLES.map((role) => (
                    <option key={role} value={role}>
                      {strings.role[role]}
                    </option>
                  ))}
                </Select>
                <Select
                  size="small"
                  className={styles.select}
                  aria-label={`${ui.directionLabel}: ${title}`}
                  value={String(m.direction)}
                  disabled={!used}
                  onChange={(_, data) => update(m.column, { direction: Number(data.value) as Direction })}
                  data-testid={`direction-${m.column}`}
                >
                  <option value="1">{strings.direction.up}</option>
                  <option value="-1">{strings.direction.down}</option>
                </Select>
                <Input
                  size="small"
                  className={styles.weight}
                  type="number"
                  min={0}
                  step="any"
                  aria-label={`${ui.weightLabel}: ${title}`}
                  value={String(m.weight)}
                  disabled={!used}
                  onChange={(_, data) => update(m.column, { weight: data.value === "" ? 0 : Number(data.value) })}
                  data-testid={`weight-${m.column}`}
                />
              </div>
            </li>
          );
        })}
    </ul>
  );
}
