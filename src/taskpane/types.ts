/** Prop shapes of the pane's components (kept in a .ts file: the lint setup checks function types there). */
import type { Theme } from "@fluentui/react-components";
import type { Language } from "../i18n/language";
import type { PaneStrings } from "../i18n/pane";
import type { WorkbookAdapter } from "../workbook/types";
import type { AnalysisResult, ColumnMapping, DetectedTable, LayoutOverrides, RunOptions } from "./analysis/types";

export interface AppProps {
  /** The workbook the pane reads and writes: the Office adapter in Excel, the memory workbook elsewhere. */
  adapter: WorkbookAdapter;
  initialLanguage: Language;
  theme: Theme;
}

export interface LanguageSwitchProps {
  strings: PaneStrings;
  language: Language;
  onChange(language: Language): void;
}

export interface TableStepProps {
  strings: PaneStrings;
  table: DetectedTable | null;
  busy: boolean;
  onRead(): void;
  onOverride(overrides: LayoutOverrides): void;
}

export interface ColumnsStepProps {
  strings: PaneStrings;
  table: DetectedTable;
  mapping: ColumnMapping[];
  onChange(mapping: ColumnMapping[]): void;
}

export interface MethodStepProps {
  strings: PaneStrings;
  table: DetectedTable;
  mapping: ColumnMapping[];
  options: RunOptions;
  onChange(options: RunOptions): void;
}

export interface ThresholdFieldProps {
  label: string;
  hint: string;
  /** null = the median of the units. */
  value: number | null;
  onChange(value: number | null): void;
  testId: string;
}

export interface OutputStepProps {
  strings: PaneStrings;
  options: RunOptions;
  busy: boolean;
  progress: number | null;
  onChange(options: RunOptions): void;
  onRun(): void;
}

export interface WorkbookSectionProps {
  strings: PaneStrings;
  language: Language;
  adapter: WorkbookAdapter;
}

export interface ResultViewProps {
  strings: PaneStrings;
  result: AnalysisResult;
}

/** A message shown at the top of the pane: what happened and, for errors, how to fix it. */
export interface Notice {
  intent: "success" | "info" | "warning" | "error";
  text: string;
}

export interface ExplanationProps {
  strings: PaneStrings;
  result: AnalysisResult;
  language: Language;
}
