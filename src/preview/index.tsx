/**
 * The browser preview (development tool, never in the production bundle): the real
 * task pane beside an in-memory workbook preloaded with the East Kazakhstan tables,
 * whose formulas are computed by HyperFormula with the AIMAQ functions.
 */
import "./runtime";
import { createRoot } from "react-dom/client";
import { languageFromLocale } from "../i18n/language";
import { App } from "../taskpane/App";
import { fluentTheme } from "../taskpane/theme";
import { MemoryWorkbook } from "../workbook/memory";
import { loadSampleWorkbook } from "../workbook/sampleData";
import { PreviewFormulaEngine } from "./formulaEngine";
import { PreviewApp } from "./PreviewApp";

const language = languageFromLocale(new URLSearchParams(window.location.search).get("lang") ?? navigator.language);
const workbook = new MemoryWorkbook();
loadSampleWorkbook(workbook, language);
const engine = new PreviewFormulaEngine(() => recalculated.forEach((listener) => listener()));
const recalculated = new Set<() => void>();
workbook.setEvaluator(engine);

/** The workbook, for the end-to-end test to read what the pane wrote. */
(window as unknown as { aimaqPreview: { workbook: MemoryWorkbook } }).aimaqPreview = { workbook };

createRoot(document.getElementById("container") as HTMLElement).render(
  <PreviewApp workbook={workbook} onRecalculated={recalculated} pane={<App adapter={workbook} initialLanguage={language} theme={fluentTheme()} />} />,
);
