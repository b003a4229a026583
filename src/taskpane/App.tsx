import * as React from "react";
import {
  Divider,
  FluentProvider,
  MessageBar,
  MessageBarBody,
  Subtitle2,
  Title3,
  Caption1,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { Language } from "../i18n/language";
import { formatPaneText, paneMessage, paneStrings, type PaneStrings } from "../i18n/pane";
import type { OutputResult } from "../workbook/types";
import { detectTable } from "./analysis/detect";
import { proposeRoles, suggestInnovationInput, suggestMethod } from "./analysis/roles";
import { defaultRunOptions, describeError, runAnalysis } from "./analysis/run";
import type { AnalysisResult, ColumnMapping, DetectedTable, LayoutOverrides, PaneMessage, RunOptions } from "./analysis/types";
import { ColumnsStep } from "./components/ColumnsStep";
import { Explanation } from "./components/Explanation";
import { LanguageSwitch } from "./components/LanguageSwitch";
import { MethodStep } from "./components/MethodStep";
import { OutputStep } from "./components/OutputStep";
import { ResultView } from "./components/ResultView";
import { TableStep } from "./components/TableStep";
import { WorkbookSection } from "./components/WorkbookSection";
import type { AppProps, Notice } from "./types";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    minHeight: "100%",
    boxSizing: "border-box",
    // A <select> is as wide as its longest option (long column headers): every dropdown of the pane fits its column instead.
    "& .fui-Select": { width: "100%", minWidth: 0 },
    "& .fui-Select__select": { width: "100%", minWidth: 0, textOverflow: "ellipsis" },
  },
  header: {
    display: "flex",
    flexWrap: "wrap",
    justifyContent: "space-between",
    alignItems: "center",
    gap: tokens.spacingHorizontalS,
  },
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
});

/** Lets the browser paint (progress bar, disabled buttons) before a long synchronous step. */
const nextFrame = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

function noticeOf(message: PaneMessage, language: Language): Notice {
  return { intent: message.severity, text: paneMessage(language, message.id, message.params) };
}

/**
 * The task pane: read the selected table (1), map its columns (2), choose the method
 * (3) and the output (4), run. Everything the pane asks of the workbook goes through
 * the adapter it is given; a failed run leaves the workbook as it was (the adapter
 * rolls back) and the pane says what went wrong in the user's language.
 */
export function App({ adapter, initialLanguage, theme }: AppProps): React.JSX.Element {
  const styles = useStyles();
  const [language, setLanguage] = React.useState<Language>(initialLanguage);
  const strings: PaneStrings = paneStrings(language);
  const [table, setTable] = React.useState<DetectedTable | null>(null);
  const [mapping, setMapping] = React.useState<ColumnMapping[]>([]);
  const [options, setOptions] = React.useState<RunOptions>(() => defaultRunOptions("depressivity", initialLanguage));
  const [result, setResult] = React.useState<AnalysisResult | null>(null);
  const [written, setWritten] = React.useState<OutputResult | null>(null);
  const [failure, setFailure] = React.useState<unknown>(null);
  const [busy, setBusy] = React.useState<"read" | "run" | null>(null);
  const [progress, setProgress] = React.useState<number | null>(null);
  const resultSection = React.useRef<HTMLElement>(null);

  // A finished run shows its result: the pane is narrow, the result sits below the form.
  React.useEffect(() => {
    if (result) resultSection.current?.scrollIntoView?.({ behavior: "smooth", block: "start" });
  }, [result]);

  const adopt = (detected: DetectedTable) => {
    const proposed = proposeRoles(detected);
    setTable(detected);
    setMapping(proposed);
    setOptions((current) => ({
      ...current,
      method: suggestMethod(proposed),
      innovationInput: suggestInnovationInput(detected, proposed),
      classifyColumn: undefined,
      selectedUnit: undefined,
    }));
    setResult(null);
    setWritten(null);
  };

  const read = async () => {
    setBusy("read");
    setFailure(null);
    try {
      adopt(detectTable(await adapter.readSelection()));
    } catch (error) {
      setTable(null);
      setFailure(error);
    } finally {
      setBusy(null);
    }
  };

  const override = (overrides: LayoutOverrides) => {
    if (!table) return;
    try {
      adopt(detectTable(table.snapshot, { headerRow: table.layout.headerRow, nameColumn: table.layout.nameColumn, ...overrides }));
      setFailure(null);
    } catch (error) {
      setFailure(error);
    }
  };

  const run = async () => {
    if (!table) return;
    setBusy("run");
    setFailure(null);
    setResult(null);
    setWritten(null);
    setProgress(0);
    try {
      await nextFrame();
      const analysis = await runAnalysis(table, mapping, { ...options, language }, (fraction: number) => setProgress(fraction / 2));
      setProgress(0.5);
      await nextFrame();
      const output = await adapter.applyOutput(analysis.plan, (f) => setProgress(0.5 + f / 2));
      setResult(analysis);
      setWritten(output);
    } catch (error) {
      setFailure(error);
    } finally {
      setBusy(null);
      setProgress(null);
    }
  };

  const notices: Notice[] = [];
  if (failure !== null) notices.push({ intent: "error", text: describeError(failure, language) });
  if (written) {
    notices.push({
      intent: "success",
      text: formatPaneText(strings.ui.done, { sheet: written.sheet, address: written.address, charts: written.charts }),
    });
  }
  if (result) notices.push(...result.messages.map((m) => noticeOf(m, language)));

  return (
    <FluentProvider theme={theme} lang={language}>
      <main className={styles.root} aria-busy={busy !== null}>
        <header className={styles.header}>
          <div>
            <Title3 as="h1">{strings.ui.title}</Title3>
            <div>
              <Caption1>{strings.ui.subtitle}</Caption1>
            </div>
          </div>
          <LanguageSwitch strings={strings} language={language} onChange={setLanguage} />
        </header>
        <div role="status" aria-live="polite" className={styles.section} data-testid="notices">
          {notices.map((notice, i) => (
            <MessageBar key={i} intent={notice.intent} data-testid={`notice-${notice.intent}`}>
              <MessageBarBody>{notice.text}</MessageBarBody>
            </MessageBar>
          ))}
        </div>
        <section className={styles.section} aria-labelledby="aimaq-table">
          <Subtitle2 as="h2" id="aimaq-table">
            {strings.ui.tableStep}
          </Subtitle2>
          <TableStep strings={strings} table={table} busy={busy === "read"} onRead={read} onOverride={override} />
        </section>
        {table && (
          <>
            <Divider />
            <section className={styles.section} aria-labelledby="aimaq-columns">
              <Subtitle2 as="h2" id="aimaq-columns">
                {strings.ui.columnsStep}
              </Subtitle2>
              <ColumnsStep strings={strings} table={table} mapping={mapping} onChange={setMapping} />
            </section>
            <Divider />
            <section className={styles.section} aria-labelledby="aimaq-method">
              <Subtitle2 as="h2" id="aimaq-method">
                {strings.ui.methodStep}
              </Subtitle2>
              <MethodStep strings={strings} table={table} mapping={mapping} options={options} onChange={setOptions} />
            </section>
            <Divider />
            <section className={styles.section} aria-labelledby="aimaq-output">
              <Subtitle2 as="h2" id="aimaq-output">
                {strings.ui.outputStep}
              </Subtitle2>
              <OutputStep
                strings={strings}
                options={options}
                busy={busy === "run"}
                progress={progress}
                onChange={setOptions}
                onRun={run}
              />
            </section>
          </>
        )}
        {result && (
          <>
            <Divider />
            <section ref={resultSection} className={styles.section} aria-labelledby="aimaq-result">
              <Subtitle2 as="h2" id="aimaq-result">
                {strings.ui.resultStep}
              </Subtitle2>
              <ResultView strings={strings} result={result} />
            </section>
            <section className={styles.section} aria-labelledby="aimaq-explanation">
              <Subtitle2 as="h2" id="aimaq-explanation">
                {strings.ui.explanationStep}
              </Subtitle2>
              <Explanation strings={strings} result={result} language={language} />
            </section>
          </>
        )}
        <Divider />
        <section className={styles.section} aria-labelledby="aimaq-workbook">
          <Subtitle2 as="h2" id="aimaq-workbook">
            {strings.ui.workbookSection}
          </Subtitle2>
          <WorkbookSection strings={strings} language={language} adapter={adapter} />
        </section>
      </main>
    </FluentProvider>
  );
}
