import * as React from "react";
import { Field, Input, Radio, RadioGroup, Select, SpinButton, makeStyles, tokens } from "@fluentui/react-components";
import type { Aggregation, ClassifyMethod, IndexInput } from "../../core";
import type { Method, RunOptions } from "../analysis/types";
import type { MethodStepProps, ThresholdFieldProps } from "../types";
import { columnTitle } from "./TableStep";

const METHODS: readonly Method[] = ["depressivity", "innovation", "classify", "productivity", "typology"];
/** Upper bound of k offered by the spin button; the run checks it against the number of districts. */
const MAX_K = 10;

const useStyles = makeStyles({
  grid: { display: "grid", gridTemplateColumns: "minmax(0, 1fr) minmax(0, 1fr)", gap: tokens.spacingHorizontalS },
});

/**
 * A typology threshold: empty means the median of the units (the default); a
 * number (decimal point or comma) fixes it. The text is kept as typed, so that
 * "0," or "0.4" can be finished.
 */
function ThresholdField({ label, hint, value, onChange, testId }: ThresholdFieldProps): React.JSX.Element {
  const [text, setText] = React.useState(value === null ? "" : String(value));
  return (
    <Field label={label} hint={hint}>
      <Input
        inputMode="decimal"
        value={text}
        placeholder={hint}
        onChange={(_, data) => {
          setText(data.value);
          const number = Number(data.value.trim().replace(",", "."));
          if (data.value.trim() === "") onChange(null);
          else if (Number.isFinite(number)) onChange(number);
        }}
        data-testid={testId}
      />
    </Field>
  );
}

/** Step 3: the method and its options, with the defaults of the methodology preselected. */
export function MethodStep({ strings, table, mapping, options, onChange }: MethodStepProps): React.JSX.Element {
  const styles = useStyles();
  const ui = strings.ui;
  const p = strings.provenance;
  const has = (role: string) => mapping.some((m) => m.role === role);
  const typologyPossible = has("depressivity") && has("innovation");
  const set = (change: Partial<RunOptions>) => onChange({ ...options, ...change });
  const method = options.method;
  const usesAggregation = method === "innovation" || method === "typology";
  const mapped = mapping.filter((m) => m.role !== "ignore");

  return (
    <>
      <Field label={ui.methodLabel} hint={typologyPossible ? undefined : ui.typologyUnavailable}>
        <RadioGroup value={method} onChange={(_, data) => set({ method: data.value as Method })} data-testid="method">
          {METHODS.map((m) => (
            <Radio
              key={m}
              value={m}
              label={strings.method[m]}
              disabled={m === "typology" && !typologyPossible}
              data-testid={`method-${m}`}
            />
          ))}
        </RadioGroup>
      </Field>
      <div className={styles.grid}>
        {method !== "typology" && method !== "productivity" && (
          <Field label={ui.k}>
            <SpinButton
              value={options.k}
              min={1}
              max={MAX_K}
              onChange={(_, data) => {
                const k = data.value ?? Number(data.displayValue);
                if (Number.isInteger(k) && k >= 1 && k <= MAX_K) set({ k });
              }}
              data-testid="k"
            />
          </Field>
        )}
        <Field label={ui.ties}>
          <Select value={options.ties} onChange={(_, data) => set({ ties: data.value as RunOptions["ties"] })}>
            <option value="competition">{p.competition}</option>
            <option value="average">{p.average}</option>
          </Select>
        </Field>
        {usesAggregation && (
          <Field label={ui.aggregation}>
            <Select
              value={options.aggregation}
              onChange={(_, data) => set({ aggregation: data.value as Aggregation })}
            >
              <option value="geometric">{p.geometric}</option>
              <option value="arithmetic">{p.arithmetic}</option>
            </Select>
          </Field>
        )}
        {usesAggregation && options.aggregation === "geometric" && (
          <Field label={ui.zeroFloor}>
            <Input
              type="number"
              min={0}
              step="any"
              value={String(options.zeroFloor)}
              onChange={(_, data) => {
                const value = Number(data.value);
                if (data.value !== "" && Number.isFinite(value) && value >= 0) set({ zeroFloor: value });
              }}
            />
          </Field>
        )}
        {usesAggregation && (
          <Field label={ui.input}>
            <Select
              value={options.innovationInput}
              onChange={(_, data) => set({ innovationInput: data.value as IndexInput })}
            >
              <option value="raw">{p.raw}</option>
              <option value="partial">{p.partial}</option>
            </Select>
          </Field>
        )}
        {method === "classify" && (
          <Field label={ui.classifyMethod}>
            <Select
              value={options.classifyMethod}
              onChange={(_, data) => set({ classifyMethod: data.value as ClassifyMethod })}
            >
              <option value="ckmeans">{p.ckmeans}</option>
              <option value="quantile">{p.quantile}</option>
              <option value="equal">{p.equal}</option>
            </Select>
          </Field>
        )}
        {method === "classify" && mapped.length > 0 && (
          <Field label={ui.classifyColumn}>
            <Select
              value={String(options.classifyColumn ?? mapped[0].column)}
              onChange={(_, data) => set({ classifyColumn: Number(data.value) })}
              data-testid="classify-column"
            >
              {mapped.map((m) => (
                <option key={m.column} value={m.column}>
                  {columnTitle(table, m.column, ui.columnFallback)}
                </option>
              ))}
            </Select>
          </Field>
        )}
        {method === "typology" && (
          <>
            <ThresholdField
              label={ui.depressivityThreshold}
              hint={ui.thresholdHint}
              value={options.depressivityThreshold}
              onChange={(depressivityThreshold) => set({ depressivityThreshold })}
              testId="depressivity-threshold"
            />
            <ThresholdField
              label={ui.innovationThreshold}
              hint={ui.thresholdHint}
              value={options.innovationThreshold}
              onChange={(innovationThreshold) => set({ innovationThreshold })}
              testId="innovation-threshold"
            />
          </>
        )}
      </div>
      {table.names.length > 0 && (
        <Field label={ui.selectedUnit}>
          <Select
            value={options.selectedUnit === undefined ? "" : String(options.selectedUnit)}
            onChange={(_, data) => set({ selectedUnit: data.value === "" ? undefined : Number(data.value) })}
            data-testid="selected-unit"
          >
            <option value="">—</option>
            {table.names.map((name, i) => (
              <option key={i} value={i}>
                {name}
              </option>
            ))}
          </Select>
        </Field>
      )}
    </>
  );
}
