import * as React from "react";
import { Button, MessageBar, MessageBarBody, Text } from "@fluentui/react-components";
import { formatPaneText } from "../../i18n/pane";
import type { ActivationResult } from "../../workbook/types";
import { describeError } from "../analysis/run";
import type { WorkbookSectionProps } from "../types";

/**
 * The "Workbook" section, always shown: "Activate formulas" turns the AIMAQ
 * formulas that the prepared workbooks store as text into live formulas, on every
 * sheet at once (the adapter does it all or nothing), and says how many it
 * activated or, on failure, what went wrong, in the user's language.
 */
export function WorkbookSection({ strings, language, adapter }: WorkbookSectionProps): React.JSX.Element {
  const ui = strings.ui;
  const [busy, setBusy] = React.useState(false);
  const [outcome, setOutcome] = React.useState<{ result: ActivationResult } | { error: unknown } | null>(null);

  const activate = async () => {
    setBusy(true);
    setOutcome(null);
    try {
      setOutcome({ result: await adapter.activateFormulas() });
    } catch (error) {
      setOutcome({ error });
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <Text>{ui.activateHint}</Text>
      <Button appearance="secondary" onClick={activate} disabled={busy} data-testid="activate-formulas">
        {busy ? ui.activating : ui.activateFormulas}
      </Button>
      {outcome && "error" in outcome && (
        <MessageBar intent="error" data-testid="activate-error">
          <MessageBarBody>{describeError(outcome.error, language)}</MessageBarBody>
        </MessageBar>
      )}
      {outcome && "result" in outcome && (
        <MessageBar intent={outcome.result.count > 0 ? "success" : "info"} data-testid="activate-result">
          <MessageBarBody>
            {outcome.result.count > 0
              ? formatPaneText(ui.activated, { count: outcome.result.count, sheets: outcome.result.sheets.join(", ") })
              : ui.nothingToActivate}
          </MessageBarBody>
        </MessageBar>
      )}
    </>
  );
}
