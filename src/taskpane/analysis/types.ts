/**
 * Types of the task pane's non-visual logic: what detection finds in a selected
 * table, the role the user gives each column, the options of a run and what a
 * run returns. The React UI holds these as state and calls the pure functions;
 * none of them touches Office or the DOM:
 *
 * - detect.ts: `detectTable(snapshot, overrides?) → DetectedTable`
 * - roles.ts: `proposeRoles(table) → ColumnMapping[]`, `proposeRole(header)`
 * - run.ts: `defaultRunOptions(method, language) → RunOptions`,
 *   `runAnalysis(table, mapping, options, onProgress?) → Promise<AnalysisResult>`
 *   (throws PaneError with a PaneMessage), then `adapter.applyOutput(result.plan)`;
 *   `describeError(error, language) → string` for any error (PaneError,
 *   WorkbookError, AimaqError) as a message with how to fix it.
 */
import type { Aggregation, ClassifyMethod, Direction, IndexInput, TieRule } from "../../core";
import type { Language } from "../../i18n/language";
import type { OutputPlan, RangeSnapshot } from "../../workbook/types";
import type { PaneMessageId } from "../../i18n/pane";

/** Why a row of the selection takes no part in the computation (it stays visible, marked). */
export type ExcludedReason = "total" | "empty" | "noName";

export interface ExcludedRow {
  /** 0-based row within the snapshot. */
  row: number;
  name: string;
  reason: ExcludedReason;
}

/** Where the table sits in the selection; every field can be overridden by the user. */
export interface TableLayout {
  /** 0-based row of the headers within the snapshot, or null when the selection has none. */
  headerRow: number | null;
  /** 0-based column of the unit names within the snapshot. */
  nameColumn: number;
  /** 0-based rows of the territorial units (the rows computed), in sheet order. */
  unitRows: number[];
  /** Rows under the header left out (region totals, empty rows), shown as excluded. */
  excludedRows: ExcludedRow[];
  /** 0-based columns that hold indicators (every column but the name column, right of it or left). */
  dataColumns: number[];
}

/** A selected table read and laid out: the input of role proposal and of a run. */
export interface DetectedTable {
  snapshot: RangeSnapshot;
  layout: TableLayout;
  /** Header text of every snapshot column ("" where none; "Column C" style fallback is the UI's). */
  headers: string[];
  /** Name of each unit, same order as layout.unitRows. */
  names: string[];
  /** Canonical unit id per unit (from core/districts when the name is recognised), else null. */
  unitIds: (string | null)[];
}

/** User overrides of detection. */
export interface LayoutOverrides {
  headerRow?: number | null;
  nameColumn?: number;
  /** Rows to treat as units even though they look like totals, or the reverse. */
  forceInclude?: number[];
  forceExclude?: number[];
}

/**
 * What a column is used for.
 * depressivity: an indicator of M5 (formulas 10-11); innovation: an indicator (or
 * partial index) of M6; output / employed / fixedAssets: the inputs of M1;
 * ignore: not used.
 */
export type ColumnRole = "ignore" | "depressivity" | "innovation" | "output" | "employed" | "fixedAssets";

export type Confidence = "high" | "low";

export interface ColumnMapping {
  /** 0-based column within the snapshot. */
  column: number;
  header: string;
  role: ColumnRole;
  /** 1 = higher is better (formula 10), -1 = lower is better (formula 11). */
  direction: Direction;
  /** Non-negative weight within its role (default 1). */
  weight: number;
  /** How sure the proposal is; low means the user should look at it. */
  confidence: Confidence;
  /** Why the role was proposed: the keyword matched, for a tooltip. */
  matched?: string;
}

/** The five methods of the pane. */
export type Method = "depressivity" | "innovation" | "classify" | "productivity" | "typology";

export type OutputTarget = { kind: "newSheet"; sheetName?: string } | { kind: "cell"; sheet: string; cell: string };

export interface RunOptions {
  method: Method;
  language: Language;
  /** Number of classes, default 5 (M5). */
  k: number;
  /** Aggregation of the innovation index (M6), default geometric. */
  aggregation: Aggregation;
  /** ε of the geometric mean, default 1e-5. */
  zeroFloor: number;
  /** Tie rule of ranks, default competition (RANK.EQ); the rank formulas written support these two. */
  ties: Exclude<TieRule, "dense">;
  /** raw indicators (min-max first, default) or partial indices already on 0..1. */
  innovationInput: IndexInput;
  /** Grouping of "one indicator into k levels", default ckmeans. */
  classifyMethod: ClassifyMethod;
  /** Column (snapshot index) classified by the "classify" method; default the first mapped column. */
  classifyColumn?: number;
  /** Typology thresholds; null = the median of the units. */
  depressivityThreshold: number | null;
  innovationThreshold: number | null;
  /** Where the output goes, default a new sheet. */
  output: OutputTarget;
  /** Live AIMAQ.* formulas (default) or values only. */
  mode: "formulas" | "values";
  /** Unit (index into DetectedTable.names) whose partial scores get their own chart; default the most depressed / best. */
  selectedUnit?: number;
  /** Date written in the provenance block (injectable for tests), default now. */
  date?: Date;
}

/** A message for the user: an id of src/i18n/pane with its parameters. */
export interface PaneMessage {
  id: PaneMessageId;
  params?: Record<string, string | number>;
  severity: "info" | "warning" | "error";
}

/** One unit's result, in table order. */
export interface UnitResult {
  /** 0-based row within the snapshot. */
  row: number;
  name: string;
  /** Partial scores/indices, one per used indicator (null where missing or degenerate). */
  partial: (number | null)[];
  /** The composite of the method (depressivity score, innovation index, productivity, value); null = not computable. */
  value: number | null;
  /** Second composite of the typology (innovation index); null otherwise. */
  secondValue: number | null;
  rank: number | null;
  /** Class 1..k (quadrant 1..4 for the typology); null when the value is null. */
  level: number | null;
  /** Localized label of the class. */
  label: string;
  /** Fill colour of the class, "#RRGGBB". */
  color: string;
  /** Indicators present / indicators used. */
  coverage: number;
  coverageTotal: number;
}

/** Range of ranks a unit takes over method variants (aggregation, ε, tie rule). */
export interface RankStability {
  name: string;
  minRank: number | null;
  maxRank: number | null;
}

export interface AnalysisResult {
  method: Method;
  options: RunOptions;
  /** Indicators used (mapping entries), in column order. */
  indicators: ColumnMapping[];
  units: UnitResult[];
  excluded: ExcludedRow[];
  /** Number of classes formed (k may be reduced when values repeat). */
  k: number;
  /** Thresholds actually used by the typology (score, index). */
  thresholds?: { depressivity: number; innovation: number };
  stability: RankStability[];
  messages: PaneMessage[];
  /** Everything the run writes, for WorkbookAdapter.applyOutput. */
  plan: OutputPlan;
}

/** Progress of a long step, 0..1. */
export type ProgressCallback = (fraction: number) => void;
