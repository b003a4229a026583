/**
 * Entry of the task pane inside Office: once Office is ready, render the pane over
 * the Office adapter, in Office's display language and theme. Outside Office (the
 * browser preview) src/preview renders the same App over the memory workbook.
 */
import { createRoot } from "react-dom/client";
import { languageFromLocale } from "../i18n/language";
import { OfficeWorkbook } from "../workbook/office";
import { App } from "./App";
import { fluentTheme } from "./theme";

function render(): void {
  const container = document.getElementById("container");
  if (!container) return;
  const context = typeof Office === "undefined" ? undefined : Office.context;
  createRoot(container).render(
    <App
      adapter={new OfficeWorkbook()}
      initialLanguage={languageFromLocale(context?.displayLanguage ?? navigator.language)}
      theme={fluentTheme(context?.officeTheme)}
    />,
  );
}

if (typeof Office !== "undefined") void Office.onReady(render);
