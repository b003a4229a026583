import * as React from "react";
import { Caption1, Card, Text, makeStyles, tokens } from "@fluentui/react-components";
import { POLICY_CAPTION, POLICY_EMPHASIS, policyForLevel } from "../../i18n/common/policy";
import { formatPaneText } from "../../i18n/pane";
import type { AnalysisResult, UnitResult } from "../analysis/types";
import type { ExplanationProps } from "../types";

const useStyles = makeStyles({
  card: { borderLeftWidth: "6px", borderLeftStyle: "solid", gap: tokens.spacingVerticalXS },
  caption: { fontStyle: "italic", color: tokens.colorNeutralForeground3 },
});

/**
 * The emphasis of one class. Depression levels follow the editorial mapping of
 * policy_measures.md section 5; typology quadrants take the emphasis of their
 * depression side, innovating quadrants one step further (decision in
 * docs/decisions.md). Other methods' groups are indicator levels, to which
 * the methodology attaches no measures: null.
 */
function emphasisOf(result: AnalysisResult, level: number, language: AnalysisResult["options"]["language"]): string | null {
  const emphasis = POLICY_EMPHASIS[language];
  if (result.method === "depressivity") return policyForLevel(level, result.k, language);
  if (result.method !== "typology") return null;
  return [emphasis.stabilise, emphasis.attractInvestment, emphasis.attractInvestment, emphasis.innovationLed][level - 1];
}

/** For each class of the result, most depressed first: its districts and what the methodology recommends. */
export function Explanation({ strings, result, language }: ExplanationProps): React.JSX.Element {
  const styles = useStyles();
  const classes = new Map<number, UnitResult[]>();
  for (const unit of result.units) {
    if (unit.level !== null) classes.set(unit.level, [...(classes.get(unit.level) ?? []), unit]);
  }
  const levels = [...classes.keys()].sort((a, b) => (result.method === "typology" ? a - b : b - a));
  const hasPolicy = result.method === "depressivity" || result.method === "typology";
  return (
    <>
      <Caption1 className={styles.caption} data-testid="policy-caption">
        {hasPolicy ? POLICY_CAPTION[language] : strings.ui.noPolicy}
      </Caption1>
      {levels.map((level) => {
        const units = classes.get(level) ?? [];
        const text = emphasisOf(result, level, language);
        return (
          <Card key={level} size="small" className={styles.card} style={{ borderLeftColor: units[0].color }}>
            <Text weight="semibold">{units[0].label}</Text>
            <Caption1>{formatPaneText(strings.ui.districtsInClass, { names: units.map((u) => u.name).join(", ") })}</Caption1>
            {text && <Text size={200}>{text}</Text>}
          </Card>
        );
      })}
    </>
  );
}
