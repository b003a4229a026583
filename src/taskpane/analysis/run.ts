/**
 * Runs a method of the pane on a detected table: parses the cells, computes
 * with src/core, measures how stable the ranks are across method variants, and
 * builds the OutputPlan the workbook adapter writes. Pure apart from yielding to
 * the event loop between chunks, so the pane stays responsive on big tables.
 */
import {
  AimaqError,
  DEFAULT_ZERO_FLOOR,
  capitalLaborRatio,
  capitalProductivity,
  classify,
  composite,
  depressivity,
  innovationIndex,
  isAimaqError,
  laborProductivity,
  parseNumber,
  rank,
  type Aggregation,
  type CellNumber,
} from "../../core";
import { levelLabel } from "../../i18n/common/levels";
import type { Language } from "../../i18n/language";
import { paneMessage, paneStrings } from "../../i18n/pane";
import { cellAddress } from "../../workbook/a1";
import { WorkbookError } from "../../workbook/types";
import { buildPlan } from "./plan";
import type {
  AnalysisResult,
  ColumnMapping,
  DetectedTable,
  Method,
  PaneMessage,
  ProgressCallback,
  RankStability,
  RunOptions,
  UnitResult,
} from "./types";

/** An error the user can act on: a pane message with its parameters. */
export class PaneError extends Error {
  readonly pane: PaneMessage;
  constructor(pane: Omit<PaneMessage, "severity">) {
    super(`${pane.id} ${JSON.stringify(pane.params ?? {})}`);
    this.name = "PaneError";
    this.pane = { ...pane, severity: "error" };
  }
}

/** Largest number of classes offered. */
export const MAX_CLASSES = 10;

/**
 * The options of a run before the user changes any: five classes (M5),
 * geometric mean with ε = 1e-5 (M6), competition ranks, raw indicators,
 * optimal 1-D k-means, median thresholds, a new sheet, live formulas.
 */
export function defaultRunOptions(method: Method, language: Language): RunOptions {
  return {
    method,
    language,
    k: 5,
    aggregation: "geometric",
    zeroFloor: DEFAULT_ZERO_FLOOR,
    ties: "competition",
    innovationInput: "raw",
    classifyMethod: "ckmeans",
    depressivityThreshold: null,
    innovationThreshold: null,
    output: { kind: "newSheet" },
    mode: "formulas",
  };
}

/** Rows between two yields to the event loop while parsing. */
const PARSE_CHUNK = 500;

/** Lets the browser paint and handle input between chunks of work. */
function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** Parsed columns of the units, one array per mapping entry; bad cells become a PaneError naming the cell. */
async function parseColumns(table: DetectedTable, columns: readonly number[]): Promise<CellNumber[][]> {
  const { snapshot, layout } = table;
  const out: CellNumber[][] = columns.map(() => []);
  for (let start = 0; start < layout.unitRows.length; start += PARSE_CHUNK) {
    const end = Math.min(layout.unitRows.length, start + PARSE_CHUNK);
    for (let i = start; i < end; i++) {
      const r = layout.unitRows[i];
      columns.forEach((c, j) => {
        const raw = snapshot.values[r][c] ?? null;
        try {
          out[j].push(parseNumber(raw, r, c));
        } catch (error) {
          if (!isAimaqError(error, "cell.notNumber")) throw error;
          throw new PaneError({
            id: "notNumber",
            params: {
              address: `${snapshot.sheet}!${cellAddress(snapshot.row + r, snapshot.column + c)}`,
              text: String(raw),
            },
          });
        }
      });
    }
    if (end < layout.unitRows.length) await yieldToEventLoop();
  }
  return out;
}

/** Rows × columns from parsed columns. */
function toRows(columns: readonly CellNumber[][], units: number): CellNumber[][] {
  return Array.from({ length: units }, (_, i) => columns.map((col) => col[i]));
}

/** Median of the present values (0 when none). */
export function median(values: readonly CellNumber[]): number {
  const present = values.filter((v): v is number => v !== null).sort((a, b) => a - b);
  if (present.length === 0) return 0;
  const mid = present.length >> 1;
  return present.length % 2 ? present[mid] : (present[mid - 1] + present[mid]) / 2;
}

/** Fill and font colours of a class. */
export interface ClassColor {
  fill: string;
  font: string;
}

/** Green (good) to red (bad), five steps (ColorBrewer RdYlGn). */
const GOOD_TO_BAD: readonly ClassColor[] = [
  { fill: "#1A9850", font: "#FFFFFF" },
  { fill: "#91CF60", font: "#000000" },
  { fill: "#FEE08B", font: "#000000" },
  { fill: "#FC8D59", font: "#000000" },
  { fill: "#D73027", font: "#FFFFFF" },
];
/** Light to dark blue for indicator levels, which are neither good nor bad (ColorBrewer Blues). */
const NEUTRAL: readonly ClassColor[] = [
  { fill: "#EFF3FF", font: "#000000" },
  { fill: "#BDD7E7", font: "#000000" },
  { fill: "#6BAED6", font: "#000000" },
  { fill: "#3182BD", font: "#FFFFFF" },
  { fill: "#08519C", font: "#FFFFFF" },
];
/** Quadrants 1..4 of the typology: depressed and not innovating … not depressed and innovating. */
const QUADRANT_COLORS: readonly ClassColor[] = [GOOD_TO_BAD[4], GOOD_TO_BAD[3], NEUTRAL[1], GOOD_TO_BAD[0]];
const NO_CLASS: ClassColor = { fill: "#FFFFFF", font: "#000000" };

/**
 * Colour of class `level` of `k`: depression levels run green → red (level k =
 * most depressed), innovation and productivity levels red → green, indicator
 * levels light → dark blue, typology quadrants by their own four colours.
 */
export function classColor(method: Method, level: number | null, k: number): ClassColor {
  if (level === null) return NO_CLASS;
  if (method === "typology") return QUADRANT_COLORS[level - 1];
  const step = k <= 1 ? 2 : Math.round(((level - 1) * 4) / (k - 1));
  if (method === "depressivity") return GOOD_TO_BAD[step];
  if (method === "classify") return NEUTRAL[step];
  return GOOD_TO_BAD[4 - step];
}

/** Quadrant labels in order 1..4. */
export function quadrantLabels(language: Language): string[] {
  const q = paneStrings(language).quadrant;
  return [q.depressedNotInnovating, q.depressedInnovating, q.notDepressedNotInnovating, q.notDepressedInnovating];
}

/** The indicators of a role, in column order, with positive-or-zero weights checked. */
function indicatorsOf(mapping: readonly ColumnMapping[], role: ColumnMapping["role"]): ColumnMapping[] {
  const list = mapping.filter((m) => m.role === role).sort((a, b) => a.column - b.column);
  for (const m of list) {
    if (!(m.weight >= 0) || !Number.isFinite(m.weight)) {
      throw new PaneError({ id: "invalidWeight", params: { header: m.header, value: String(m.weight) } });
    }
  }
  return list;
}

/** Everything computed, before the layout. */
export interface Computed {
  units: UnitResult[];
  indicators: ColumnMapping[];
  /** Indicators of the typology's second composite (innovation). */
  secondIndicators: ColumnMapping[];
  /** Which indicators have partial scores (not degenerate), as indices into `indicators`. */
  usable: number[];
  k: number;
  thresholds?: { depressivity: number; innovation: number };
  messages: PaneMessage[];
}

/**
 * Computes a method on a table with a column mapping, and builds the output
 * plan. Throws PaneError for input the user must fix. Reports progress 0..1.
 *
 * @example
 * const table = detectTable(snapshot);
 * const result = await runAnalysis(table, proposeRoles(table), defaultRunOptions("depressivity", "kk"));
 * await workbook.applyOutput(result.plan);
 */
export async function runAnalysis(
  table: DetectedTable,
  mapping: readonly ColumnMapping[],
  options: RunOptions,
  onProgress?: ProgressCallback,
): Promise<AnalysisResult> {
  const units = table.layout.unitRows.length;
  if (table.snapshot.values.length === 0) throw new PaneError({ id: "emptySelection" });
  if (units < 2) throw new PaneError({ id: "tooFewUnits", params: { count: units } });
  // A k above the number of distinct values is reduced by the clustering and reported (kReduced).
  if (!Number.isInteger(options.k) || options.k < 1 || options.k > MAX_CLASSES) {
    throw new PaneError({ id: "invalidK", params: { max: MAX_CLASSES } });
  }
  onProgress?.(0.05);

  const computed = await compute(table, mapping, options);
  onProgress?.(0.4);
  await yieldToEventLoop();

  const stability = await rankStability(table, computed, options);
  onProgress?.(0.7);
  await yieldToEventLoop();

  const messages = [
    ...table.layout.excludedRows
      .filter((row) => row.reason === "total")
      .map((row): PaneMessage => ({ id: "totalExcluded", params: { name: row.name }, severity: "info" })),
    ...computed.messages,
  ];
  const plan = buildPlan(table, computed, stability, options, messages);
  onProgress?.(1);
  return {
    method: options.method,
    options,
    indicators: computed.indicators,
    units: computed.units,
    excluded: table.layout.excludedRows,
    k: computed.k,
    thresholds: computed.thresholds,
    stability,
    messages,
    plan,
  };
}

async function compute(
  table: DetectedTable,
  mapping: readonly ColumnMapping[],
  options: RunOptions,
): Promise<Computed> {
  const strings = paneStrings(options.language);
  const n = table.layout.unitRows.length;
  const messages: PaneMessage[] = [];
  const base = (
    i: number,
  ): Omit<UnitResult, "partial" | "value" | "rank" | "level" | "label" | "color" | "coverage" | "coverageTotal"> => ({
    row: table.layout.unitRows[i],
    name: table.names[i],
    secondValue: null,
  });
  const noteDegenerate = (indicators: ColumnMapping[], degenerate: number[]) =>
    degenerate.forEach((c) =>
      messages.push({ id: "degenerateColumn", params: { header: indicators[c].header }, severity: "warning" }),
    );
  const noteInsufficient = (insufficient: boolean[], coverage: number[], total: number) =>
    insufficient.forEach((lacking, i) => {
      if (lacking) {
        messages.push({
          id: "insufficientUnit",
          params: { name: table.names[i], coverage: coverage[i], total },
          severity: "warning",
        });
      }
    });
  const noteReduced = (formed: number) => {
    if (formed > 0 && formed < options.k) messages.push({ id: "kReduced", params: { k: formed }, severity: "info" });
  };
  const levels = (values: CellNumber[]): { level: CellNumber[]; k: number } => {
    if (values.every((v) => v === null)) return { level: values.map(() => null), k: 0 };
    const result = classify(values, options.k, "ckmeans");
    return { level: result.groups, k: result.k };
  };
  const label = (level: CellNumber, k: number) => (level === null ? "" : levelLabel(level, k, options.language));
  const ranks = (values: CellNumber[]) => rank(values, { order: "descending", ties: options.ties });

  if (options.method === "depressivity" || options.method === "innovation") {
    const role = options.method;
    const indicators = indicatorsOf(mapping, role);
    if (indicators.length === 0) {
      throw new PaneError({ id: "noIndicators", params: { method: strings.method[role], role: strings.role[role] } });
    }
    const rows = toRows(
      await parseColumns(
        table,
        indicators.map((m) => m.column),
      ),
      n,
    );
    const weights = indicators.map((m) => m.weight);
    let value: CellNumber[];
    let level: CellNumber[];
    let k: number;
    let result;
    if (role === "depressivity") {
      const dep = withCells(table, indicators, () =>
        depressivity(rows, {
          directions: indicators.map((m) => m.direction),
          weights,
          k: options.k,
          ties: options.ties,
        }),
      );
      result = dep;
      value = dep.score;
      level = dep.level;
      k = dep.k;
    } else {
      const inn = withCells(table, indicators, () =>
        innovationIndex(rows, {
          input: options.innovationInput,
          aggregation: options.aggregation,
          zeroFloor: options.zeroFloor,
          weights,
        }),
      );
      result = inn;
      value = inn.index;
      ({ level, k } = levels(value));
    }
    noteDegenerate(indicators, result.degenerateColumns);
    noteInsufficient(result.insufficient, result.coverage, result.usableColumns);
    noteReduced(k);
    const rankOf = ranks(value);
    const usable = indicators.map((_, c) => c).filter((c) => !result.degenerateColumns.includes(c));
    return {
      indicators,
      secondIndicators: [],
      usable,
      k,
      messages,
      units: value.map((v, i) => ({
        ...base(i),
        partial: usable.map((c) => result.partial[i][c]),
        value: v,
        rank: rankOf[i],
        level: level[i],
        label: label(level[i], k),
        color: classColor(role, level[i], k).fill,
        coverage: result.coverage[i],
        coverageTotal: result.usableColumns,
      })),
    };
  }

  if (options.method === "classify") {
    const chosen =
      mapping.find((m) => m.column === options.classifyColumn) ??
      mapping.find((m) => m.role !== "ignore" && table.layout.dataColumns.includes(m.column));
    if (!chosen) throw new PaneError({ id: "classifyNeedsColumn", params: { role: strings.role.ignore } });
    const [values] = await parseColumns(table, [chosen.column]);
    if (values.every((v) => v === null)) throw new PaneError({ id: "tooFewUnits", params: { count: 0 } });
    const grouped = classify(values, options.k, options.classifyMethod);
    noteReduced(grouped.k);
    const rankOf = ranks(values);
    return {
      indicators: [chosen],
      secondIndicators: [],
      usable: [],
      k: grouped.k,
      messages,
      units: values.map((v, i) => ({
        ...base(i),
        partial: [],
        value: v,
        rank: rankOf[i],
        level: grouped.groups[i],
        label: label(grouped.groups[i], grouped.k),
        color: classColor("classify", grouped.groups[i], grouped.k).fill,
        coverage: v === null ? 0 : 1,
        coverageTotal: 1,
      })),
    };
  }

  if (options.method === "productivity") {
    const output = indicatorsOf(mapping, "output")[0];
    const employed = indicatorsOf(mapping, "employed")[0];
    const fixedAssets = indicatorsOf(mapping, "fixedAssets")[0];
    if (!output || !employed) {
      throw new PaneError({
        id: "productivityNeedsColumns",
        params: { output: strings.role.output, employed: strings.role.employed },
      });
    }
    const indicators = fixedAssets ? [output, employed, fixedAssets] : [output, employed];
    const [out, emp, fa] = await parseColumns(
      table,
      indicators.map((m) => m.column),
    );
    const guarded = (f: () => number, i: number, header: string, value: CellNumber): number | null => {
      try {
        return f();
      } catch (error) {
        if (!isAimaqError(error)) throw error;
        messages.push({
          id: "notPositive",
          params: { name: table.names[i], header, value: value === null ? "" : value },
          severity: "warning",
        });
        return null;
      }
    };
    const lp = out.map((o, i) =>
      o === null || emp[i] === null
        ? null
        : guarded(() => laborProductivity(o, emp[i] as number), i, employed.header, emp[i]),
    );
    const cp = fa
      ? out.map((o, i) =>
          o === null || fa[i] === null
            ? null
            : guarded(() => capitalProductivity(o, fa[i] as number), i, fixedAssets.header, fa[i]),
        )
      : [];
    const kl = fa
      ? fa.map((f, i) =>
          f === null || emp[i] === null
            ? null
            : guarded(() => capitalLaborRatio(f, emp[i] as number), i, employed.header, emp[i]),
        )
      : [];
    const { level, k } = levels(lp);
    noteReduced(k);
    const rankOf = ranks(lp);
    return {
      indicators,
      secondIndicators: [],
      usable: [],
      k,
      messages: dedupe(messages),
      units: lp.map((v, i) => ({
        ...base(i),
        partial: fa ? [cp[i], kl[i]] : [],
        value: v,
        rank: rankOf[i],
        level: level[i],
        label: label(level[i], k),
        color: classColor("productivity", level[i], k).fill,
        coverage: [out[i], emp[i], ...(fa ? [fa[i]] : [])].filter((x) => x !== null).length,
        coverageTotal: indicators.length,
      })),
    };
  }

  const dependent = indicatorsOf(mapping, "depressivity");
  const innovative = indicatorsOf(mapping, "innovation");
  if (dependent.length === 0 || innovative.length === 0) {
    throw new PaneError({
      id: "typologyNeedsBoth",
      params: { depressivity: strings.role.depressivity, innovation: strings.role.innovation },
    });
  }
  const depRows = toRows(
    await parseColumns(
      table,
      dependent.map((m) => m.column),
    ),
    n,
  );
  const innRows = toRows(
    await parseColumns(
      table,
      innovative.map((m) => m.column),
    ),
    n,
  );
  const dep = withCells(table, dependent, () =>
    depressivity(depRows, {
      directions: dependent.map((m) => m.direction),
      weights: dependent.map((m) => m.weight),
      k: options.k,
      ties: options.ties,
    }),
  );
  const inn = withCells(table, innovative, () =>
    innovationIndex(innRows, {
      input: options.innovationInput,
      aggregation: options.aggregation,
      zeroFloor: options.zeroFloor,
      weights: innovative.map((m) => m.weight),
    }),
  );
  noteDegenerate(dependent, dep.degenerateColumns);
  noteDegenerate(innovative, inn.degenerateColumns);
  noteInsufficient(dep.insufficient, dep.coverage, dep.usableColumns);
  noteInsufficient(inn.insufficient, inn.coverage, inn.usableColumns);
  const thresholds = {
    depressivity: options.depressivityThreshold ?? median(dep.score),
    innovation: options.innovationThreshold ?? median(inn.index),
  };
  const labels = quadrantLabels(options.language);
  const rankOf = ranks(dep.score);
  return {
    indicators: dependent,
    secondIndicators: innovative,
    usable: [],
    k: 4,
    thresholds,
    messages: dedupe(messages),
    units: dep.score.map((s, i) => {
      const x = inn.index[i];
      const quadrant = s === null || x === null ? null : typologyQuadrant(s, x, thresholds);
      return {
        ...base(i),
        partial: [],
        value: s,
        secondValue: x,
        rank: rankOf[i],
        level: quadrant,
        label: quadrant === null ? "" : labels[quadrant - 1],
        color: classColor("typology", quadrant, 4).fill,
        coverage: dep.coverage[i] + inn.coverage[i],
        coverageTotal: dep.usableColumns + inn.usableColumns,
      };
    }),
  };
}

/**
 * Quadrant of the typology: 1 depressed and not innovating, 2 depressed and
 * innovating, 3 not depressed and not innovating, 4 not depressed and
 * innovating. A value at a threshold counts as above it (depressed, innovating).
 *
 * @example typologyQuadrant(0.8, 0.1, { depressivity: 0.5, innovation: 0.3 }) // 1
 */
export function typologyQuadrant(
  score: number,
  index: number,
  thresholds: { depressivity: number; innovation: number },
): number {
  const depressed = score >= thresholds.depressivity;
  const innovating = index >= thresholds.innovation;
  if (depressed) return innovating ? 2 : 1;
  return innovating ? 4 : 3;
}

function dedupe(messages: PaneMessage[]): PaneMessage[] {
  const seen = new Set<string>();
  return messages.filter((m) => {
    const key = `${m.id}${JSON.stringify(m.params)}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Method variants of the stability table: aggregation × ε × tie rule. */
export const STABILITY_VARIANTS: readonly {
  aggregation: Aggregation;
  zeroFloor: number;
  ties: "competition" | "average";
}[] = (["arithmetic", "geometric"] as const).flatMap((aggregation) =>
  [1e-5, 1e-3].flatMap((zeroFloor) =>
    (["competition", "average"] as const).map((ties) => ({ aggregation, zeroFloor, ties })),
  ),
);

/**
 * For each unit, the best and worst rank it takes over the variants of the
 * composite (arithmetic or geometric mean of the partial scores, ε = 1e-5 or
 * 1e-3, competition or average ties). Depressivity ranks 1 = most depressed
 * (score 1 − mean); the innovation index 1 = highest. Only for the composite
 * methods (depressivity, innovation, typology by its depressivity score); an
 * empty list otherwise. O(variants · rows · columns).
 */
export async function rankStability(
  table: DetectedTable,
  computed: Computed,
  options: RunOptions,
): Promise<RankStability[]> {
  const method = options.method;
  if (method === "classify" || method === "productivity") return [];
  const innovation = method === "innovation";
  const indicators = computed.indicators;
  const rows = toRows(
    await parseColumns(
      table,
      indicators.map((m) => m.column),
    ),
    table.layout.unitRows.length,
  );
  const minRank: (number | null)[] = rows.map(() => null);
  const maxRank: (number | null)[] = rows.map(() => null);
  for (const variant of STABILITY_VARIANTS) {
    const result = withCells(table, indicators, () =>
      composite(rows, {
        normalize: !innovation || options.innovationInput === "raw",
        directions: innovation ? undefined : indicators.map((m) => m.direction),
        weights: indicators.map((m) => m.weight),
        aggregation: variant.aggregation,
        zeroFloor: variant.zeroFloor,
      }),
    );
    const ranking = rank(innovation ? result.value : result.value.map((v) => (v === null ? null : 1 - v)), {
      order: "descending",
      ties: variant.ties,
    });
    ranking.forEach((r, i) => {
      if (r === null) return;
      minRank[i] = minRank[i] === null ? r : Math.min(minRank[i] as number, r);
      maxRank[i] = maxRank[i] === null ? r : Math.max(maxRank[i] as number, r);
    });
    await yieldToEventLoop();
  }
  return table.names.map((name, i) => ({ name, minRank: minRank[i], maxRank: maxRank[i] }));
}

/**
 * Runs a core computation on the given indicators and turns its input errors
 * into pane messages naming the sheet cell (the core reports positions within
 * the rows and columns it was given).
 */
function withCells<T>(table: DetectedTable, indicators: readonly ColumnMapping[], f: () => T): T {
  try {
    return f();
  } catch (error) {
    if (!(error instanceof AimaqError)) throw error;
    const { snapshot, layout } = table;
    const { row, column, actual } = error.details;
    const address =
      row === undefined || column === undefined || !indicators[column]
        ? ""
        : `${snapshot.sheet}!${cellAddress(snapshot.row + layout.unitRows[row], snapshot.column + indicators[column].column)}`;
    if (error.code === "value.outOfRange")
      throw new PaneError({ id: "outOfRange", params: { address, value: String(actual ?? "") } });
    if (error.code === "value.negative")
      throw new PaneError({ id: "negative", params: { address, value: String(actual ?? "") } });
    if (error.code === "data.allDegenerate") throw new PaneError({ id: "allDegenerate" });
    throw error;
  }
}

/**
 * A message for any error of a run or of writing the output, in the user's
 * language, saying what went wrong and how to fix it.
 */
export function describeError(error: unknown, language: Language): string {
  const strings = paneStrings(language);
  if (error instanceof PaneError) return paneMessage(language, error.pane.id, error.pane.params);
  if (error instanceof WorkbookError) {
    const cause = error.cause instanceof Error ? error.cause.message : "";
    return paneMessage(language, error.step === "rollback" ? "workbookRollbackFailed" : "workbookFailed", {
      step: strings.step[error.step],
      sheet: "",
      cause,
    });
  }
  return paneMessage(language, "unknownError", { cause: error instanceof Error ? error.message : String(error) });
}
