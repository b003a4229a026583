import * as React from "react";
import { Button, Checkbox, Field, Input, ProgressBar, Radio, RadioGroup, Text } from "@fluentui/react-components";
import type { OutputStepProps } from "../types";

/** Step 4: where the output goes (a new sheet by default, or a cell), formulas or values, and the Run button. */
export function OutputStep({ strings, options, busy, progress, onChange, onRun }: OutputStepProps): React.JSX.Element {
  const ui = strings.ui;
  const output = options.output;
  return (
    <>
      <Field label={ui.outputTarget}>
        <RadioGroup
          value={output.kind}
          onChange={(_, data) =>
            onChange({
              ...options,
              output: data.value === "cell" ? { kind: "cell", sheet: "", cell: "A1" } : { kind: "newSheet" },
            })
          }
        >
          <Radio value="newSheet" label={ui.newSheet} />
          <Radio value="cell" label={ui.atCell} data-testid="output-cell" />
        </RadioGroup>
      </Field>
      {output.kind === "newSheet" ? (
        <Field label={ui.sheetName}>
          <Input
            value={output.sheetName ?? ""}
            placeholder={strings.output.defaultSheet}
            onChange={(_, data) => onChange({ ...options, output: { kind: "newSheet", sheetName: data.value || undefined } })}
            data-testid="sheet-name"
          />
        </Field>
      ) : (
        <Field label={ui.cell}>
          <Input
            value={output.cell}
            onChange={(_, data) => onChange({ ...options, output: { ...output, cell: data.value.trim() } })}
            data-testid="output-cell-address"
          />
        </Field>
      )}
      <Checkbox
        label={ui.valuesOnly}
        checked={options.mode === "values"}
        onChange={(_, data) => onChange({ ...options, mode: data.checked ? "values" : "formulas" })}
        data-testid="values-only"
      />
      <Button appearance="primary" onClick={onRun} disabled={busy} data-testid="run">
        {busy ? ui.running : ui.run}
      </Button>
      {progress !== null && (
        <Field label={ui.progress} validationState="none">
          <ProgressBar value={progress} max={1} thickness="large" data-testid="progress" />
          <Text size={200}>{`${Math.round(progress * 100)} %`}</Text>
        </Field>
      )}
    </>
  );
}
