/**
 * Lays a computed result out as an OutputPlan: the results table (live AIMAQ.*
 * formulas referring to the source, or values), the provenance block, the rank
 * stability table, the chart data and the chart requests.
 */
import { version as addInVersion } from "../../../package.json";
import { policyForLevel } from "../../i18n/common/policy";
import { levelLabel } from "../../i18n/common/levels";
import { paneMessage, paneStrings } from "../../i18n/pane";
import { cellAddress, parseCellAddress, sheetReference, type RangeBox } from "../../workbook/a1";
import type { CellWrite, ChartRequest, OutputPlan, WriteBlock } from "../../workbook/types";
import { classColor, quadrantLabels, type Computed } from "./run";
import type { DetectedTable, PaneMessage, RankStability, RunOptions } from "./types";

/** Longest formula Excel accepts. */
const MAX_FORMULA_LENGTH = 8192;

/** A number as formula text (en-US, as Office.js formulas are written). */
function formulaNumber(n: number): string {
  return String(n).toUpperCase();
}

/** Reference to the units' cells of snapshot columns: a plain absolute range when rows and columns are contiguous, else CHOOSEROWS/CHOOSECOLS of their bounding box. */
export function sourceReference(table: DetectedTable, columns: readonly number[]): string {
  const { snapshot, layout } = table;
  const rows = layout.unitRows;
  const top = Math.min(...rows);
  const left = Math.min(...columns);
  const box: RangeBox = {
    row: snapshot.row + top,
    column: snapshot.column + left,
    rows: Math.max(...rows) - top + 1,
    columns: Math.max(...columns) - left + 1,
  };
  let ref = sheetReference(snapshot.sheet, box);
  if (rows.length !== box.rows) ref = `CHOOSEROWS(${ref},${rows.map((r) => r - top + 1).join(",")})`;
  if (columns.length !== box.columns) ref = `CHOOSECOLS(${ref},${columns.map((c) => c - left + 1).join(",")})`;
  return ref;
}

/** Absolute reference to one unit's cell of a snapshot column. */
function sourceCell(table: DetectedTable, unit: number, column: number): string {
  const { snapshot, layout } = table;
  return sheetReference(snapshot.sheet, {
    row: snapshot.row + layout.unitRows[unit],
    column: snapshot.column + column,
    rows: 1,
    columns: 1,
  });
}

const arrayConstant = (values: readonly number[]) => `{${values.map(formulaNumber).join(",")}}`;
const text = (value: string, format?: CellWrite["format"]): CellWrite => ({ text: value, format });
const numberOrNa = (value: number | null, numberFormat?: string): CellWrite =>
  value === null ? { formula: "=NA()" } : { value, format: numberFormat ? { numberFormat } : undefined };
const blankOr = (value: number | null): CellWrite => ({ value });

interface OutColumn {
  header: string;
  width: number;
  cell: (i: number) => CellWrite;
}

/** Builds the output plan of a computed run. */
export function buildPlan(
  table: DetectedTable,
  computed: Computed,
  stability: RankStability[],
  options: RunOptions,
  messages: PaneMessage[],
): OutputPlan {
  const formulas = options.mode === "formulas" ? tryFormulas(table, computed, stability, options, messages) : null;
  if (formulas) return formulas;
  return layout(table, computed, stability, { ...options, mode: "values" }, messages);
}

function tryFormulas(
  table: DetectedTable,
  computed: Computed,
  stability: RankStability[],
  options: RunOptions,
  messages: PaneMessage[],
): OutputPlan | null {
  const plan = layout(table, computed, stability, options, messages);
  const tooLong = plan.blocks.some((b) =>
    b.cells.some((row) => row.some((c) => "formula" in c && c.formula.length > MAX_FORMULA_LENGTH)),
  );
  if (!tooLong) return plan;
  messages.push({ id: "valuesFallback", severity: "info" });
  return null;
}

function layout(
  table: DetectedTable,
  computed: Computed,
  stability: RankStability[],
  options: RunOptions,
  messages: PaneMessage[],
): OutputPlan {
  const lang = options.language;
  const s = paneStrings(lang);
  const live = options.mode === "formulas";
  const { units, indicators } = computed;
  const n = units.length;
  const origin =
    options.output.kind === "cell"
      ? (parseCellAddress(options.output.cell) ?? { row: 0, column: 0 })
      : { row: 0, column: 0 };
  const firstRow = origin.row + 1;
  const lastRow = origin.row + n;
  const unitNumber = (i: number) => i + 1;
  const columnRange = (j: number) =>
    `${cellAddress(firstRow, origin.column + j, true)}:${cellAddress(lastRow, origin.column + j, true)}`;
  const here = (i: number, j: number) => cellAddress(firstRow + i, origin.column + j);

  const directions = arrayConstant(indicators.map((m) => m.direction));
  const weights = arrayConstant(indicators.map((m) => m.weight));
  const method = options.method;
  const valueFormat = method === "productivity" || method === "classify" ? "#,##0.00" : "0.000";

  const columns: OutColumn[] = [{ header: s.output.unit, width: 28, cell: (i) => text(units[i].name) }];
  const partialHeaders =
    method === "productivity"
      ? units[0].partial.length > 0
        ? [s.output.capitalProductivity, s.output.capitalLaborRatio]
        : []
      : computed.usable.map((c) => `${s.output.partialPrefix}${indicators[c].header}`);

  const valueHeader =
    method === "depressivity" || method === "typology"
      ? s.output.depressivityScore
      : method === "innovation"
        ? s.output.innovationIndex
        : method === "productivity"
          ? s.output.laborProductivity
          : indicators[0].header || s.output.value;

  if (method === "productivity") {
    const [output, employed, fixedAssets] = indicators;
    columns.push({
      header: valueHeader,
      width: 14,
      cell: (i) =>
        live
          ? {
              formula: `=AIMAQ.LABOR_PRODUCTIVITY(${sourceCell(table, i, output.column)},${sourceCell(table, i, employed.column)})`,
              format: { numberFormat: valueFormat },
            }
          : numberOrNa(units[i].value, valueFormat),
    });
    if (fixedAssets) {
      columns.push({
        header: partialHeaders[0],
        width: 14,
        cell: (i) =>
          live
            ? {
                formula: `=AIMAQ.CAPITAL_PRODUCTIVITY(${sourceCell(table, i, output.column)},${sourceCell(table, i, fixedAssets.column)})`,
                format: { numberFormat: "0.000" },
              }
            : numberOrNa(units[i].partial[0], "0.000"),
      });
      columns.push({
        header: partialHeaders[1],
        width: 14,
        cell: (i) =>
          live
            ? {
                formula: `=AIMAQ.CAPITAL_LABOR_RATIO(${sourceCell(table, i, fixedAssets.column)},${sourceCell(table, i, employed.column)})`,
                format: { numberFormat: valueFormat },
              }
            : numberOrNa(units[i].partial[1], valueFormat),
      });
    }
  } else {
    computed.usable.forEach((c, p) => {
      const indicator = indicators[c];
      const normalised = method === "depressivity" || options.innovationInput === "raw";
      columns.push({
        header: partialHeaders[p],
        width: 12,
        cell: (i) =>
          live && normalised
            ? {
                formula: `=INDEX(AIMAQ.NORMALIZE(${sourceReference(table, [indicator.column])},${indicator.direction}),${unitNumber(i)})`,
                format: { numberFormat: "0.000" },
              }
            : numberOrNa(units[i].partial[p], "0.000"),
      });
    });
    const table0 = () =>
      sourceReference(
        table,
        indicators.map((m) => m.column),
      );
    const innovationArgs = () =>
      `"${options.innovationInput}","${options.aggregation}",${formulaNumber(options.zeroFloor)}`;
    // INNOV_INDEX takes no weights: unequal weights are written as values.
    const equalWeights = indicators.every((m) => m.weight === indicators[0].weight);
    columns.push({
      header: valueHeader,
      width: 14,
      cell: (i) => {
        if (!live || method === "classify" || (method === "innovation" && !equalWeights)) {
          return numberOrNa(units[i].value, valueFormat);
        }
        if (method === "innovation") {
          return {
            formula: `=AIMAQ.INNOV_INDEX(${table0()},${innovationArgs()},${unitNumber(i)})`,
            format: { numberFormat: "0.000" },
          };
        }
        return {
          formula: `=AIMAQ.DEPRESS_SCORE(${table0()},${directions},${weights},${unitNumber(i)})`,
          format: { numberFormat: "0.000" },
        };
      },
    });
    if (method === "typology") {
      const second = computed.secondIndicators;
      columns.push({
        header: s.output.innovationIndex,
        width: 14,
        cell: (i) =>
          live
            ? {
                formula: `=AIMAQ.INNOV_INDEX(${sourceReference(
                  table,
                  second.map((m) => m.column),
                )},"${options.innovationInput}","${options.aggregation}",${formulaNumber(options.zeroFloor)},${unitNumber(i)})`,
                format: { numberFormat: "0.000" },
              }
            : numberOrNa(units[i].secondValue, "0.000"),
      });
    }
  }

  const valueColumn = columns.findIndex((c) => c.header === valueHeader);
  columns.push({
    header: s.output.rank,
    width: 8,
    cell: (i) => {
      if (!live) return blankOr(units[i].rank);
      const x = here(i, valueColumn);
      const range = columnRange(valueColumn);
      const above = `COUNTIF(${range},">"&${x})`;
      const rankText = options.ties === "average" ? `${above}+(COUNTIF(${range},${x})+1)/2` : `${above}+1`;
      return { formula: `=IF(ISNUMBER(${x}),${rankText},"")` };
    },
  });

  // Typology thresholds live in the provenance block; their cells are known once it is laid out.
  const provenanceTop = lastRow + 2;
  const thresholdRow = provenanceTop + 1 + provenanceRowsBeforeThresholds(method);
  const thresholdCell = (k: number) => cellAddress(thresholdRow, origin.column + 1 + k, true);

  const levelColumn = columns.length;
  const labels =
    method === "typology"
      ? quadrantLabels(lang)
      : Array.from({ length: computed.k }, (_, l) => levelLabel(l + 1, computed.k, lang));
  const colorOf = (i: number) => classColor(method, units[i].level, computed.k);
  columns.push({
    header: method === "typology" ? s.output.quadrant : s.output.level,
    width: 8,
    cell: (i) => {
      const format = { fill: colorOf(i).fill, fontColor: colorOf(i).font };
      if (!live) return { value: units[i].level, format };
      if (method === "typology") {
        const x = here(i, valueColumn);
        const y = here(i, valueColumn + 1);
        return {
          formula: `=IF(AND(ISNUMBER(${x}),ISNUMBER(${y})),IF(${x}>=${thresholdCell(0)},IF(${y}>=${thresholdCell(1)},2,1),IF(${y}>=${thresholdCell(1)},4,3)),"")`,
          format,
        };
      }
      if (method === "classify") {
        return {
          formula: `=INDEX(AIMAQ.CLASSIFY(${sourceReference(table, [indicators[0].column])},${options.k},"${options.classifyMethod}"),${unitNumber(i)})`,
          format,
        };
      }
      return {
        formula: `=INDEX(AIMAQ.CLASSIFY(IFERROR(${columnRange(valueColumn)},""),${options.k},"ckmeans"),${unitNumber(i)})`,
        format,
      };
    },
  });
  columns.push({
    header: s.output.label,
    width: 18,
    cell: (i) => {
      const format = { fill: colorOf(i).fill, fontColor: colorOf(i).font };
      if (!live) return text(units[i].label, format);
      const level = here(i, levelColumn);
      const choices = labels.map((l) => `"${l.replace(/"/g, '""')}"`).join(",");
      return { formula: `=IF(ISNUMBER(${level}),CHOOSE(${level},${choices}),"")`, format };
    },
  });
  if (method !== "classify") {
    columns.push({ header: s.output.coverage, width: 10, cell: (i) => ({ value: units[i].coverage }) });
  }
  if (method === "depressivity") {
    columns.push({
      header: s.output.policy,
      width: 60,
      cell: (i) => text(units[i].level === null ? "" : policyForLevel(units[i].level as number, computed.k, lang)),
    });
  }

  const mainBlock: WriteBlock = {
    topLeft: cellAddress(origin.row, origin.column),
    cells: [columns.map((c) => text(c.header, { bold: true })), ...units.map((_, i) => columns.map((c) => c.cell(i)))],
    columnWidths: columns.map((c) => c.width),
  };

  // Provenance.
  const p = s.provenance;
  const usedIndicators = (list: typeof indicators) =>
    list.map((m) => `${m.header} (${m.direction === 1 ? "↑" : "↓"}, ${m.weight})`).join("; ");
  const provenanceRows: CellWrite[][] = [[text(p.title, { bold: true })]];
  const row = (label: string, ...values: CellWrite[]) => provenanceRows.push([text(label), ...values]);
  row(p.method, text(s.method[method]));
  row(
    p.source,
    text(
      `${sheetReference(table.snapshot.sheet, { row: table.snapshot.row, column: table.snapshot.column, rows: table.snapshot.values.length, columns: table.snapshot.values[0]?.length ?? 1 }).replace(/\$/g, "")}`,
    ),
  );
  row(p.units, { value: n });
  if (method === "typology") {
    row(
      p.thresholds,
      live && options.depressivityThreshold === null
        ? { formula: `=AGGREGATE(12,6,${columnRange(valueColumn)})`, format: { numberFormat: "0.000" } }
        : { value: computed.thresholds?.depressivity ?? 0, format: { numberFormat: "0.000" } },
      live && options.innovationThreshold === null
        ? { formula: `=AGGREGATE(12,6,${columnRange(valueColumn + 1)})`, format: { numberFormat: "0.000" } }
        : { value: computed.thresholds?.innovation ?? 0, format: { numberFormat: "0.000" } },
      text(
        [options.depressivityThreshold, options.innovationThreshold]
          .map((t) => (t === null ? p.median : formulaNumber(t)))
          .join("; "),
      ),
    );
  }
  row(
    p.excluded,
    text(
      table.layout.excludedRows
        .filter((r) => r.name)
        .map((r) => r.name)
        .join("; ") || "—",
    ),
  );
  row(p.indicators, text(usedIndicators(indicators)));
  if (method === "typology") row(p.indicators, text(usedIndicators(computed.secondIndicators)));
  row(p.k, { value: method === "typology" ? 4 : computed.k });
  if (method === "innovation" || method === "typology") {
    row(p.aggregation, text(p[options.aggregation]));
    row(p.zeroFloor, { value: options.zeroFloor });
    row(p.input, text(p[options.innovationInput]));
  }
  if (method === "classify") row(p.classifyMethod, text(p[options.classifyMethod]));
  row(p.ties, text(p[options.ties]));
  row(p.mode, text(live ? p.formulas : p.values));
  row(p.version, text(addInVersion));
  row(p.date, text((options.date ?? new Date()).toISOString().slice(0, 10)));
  provenanceRows.push([text(p.colorsNote, { italic: true })]);
  if (method === "depressivity") provenanceRows.push([text(p.policyNote, { italic: true })]);
  for (const m of messages) provenanceRows.push([text(paneMessage(lang, m.id, m.params), { italic: true })]);
  const provenanceBlock: WriteBlock = { topLeft: cellAddress(provenanceTop, origin.column), cells: provenanceRows };

  let nextRow = provenanceTop + provenanceRows.length + 1;
  const blocks: WriteBlock[] = [mainBlock, provenanceBlock];

  if (stability.length > 0) {
    const cells: CellWrite[][] = [
      [text(s.output.stabilityTitle, { bold: true })],
      [
        text(s.output.unit, { bold: true }),
        text(s.output.minRank, { bold: true }),
        text(s.output.maxRank, { bold: true }),
        text(s.output.rankRange, { bold: true }),
      ],
      ...stability.map((st) => [
        text(st.name),
        blankOr(st.minRank),
        blankOr(st.maxRank),
        blankOr(st.minRank === null || st.maxRank === null ? null : st.maxRank - st.minRank),
      ]),
      [text(s.output.stabilityNote, { italic: true })],
    ];
    blocks.push({ topLeft: cellAddress(nextRow, origin.column), cells });
    nextRow += cells.length + 1;
  }

  // Chart data: values of the run, in rank order (the charts are a picture of this run, like the colours).
  const sheetCell = (r: number, c: number) => cellAddress(r, origin.column + c, true);
  const charts: ChartRequest[] = [];
  const chartColumn = origin.column + columns.length + 1;
  const anchor = (k: number) => cellAddress(origin.row + k * 22, chartColumn);
  const chartData: CellWrite[][] = [[text(s.output.chartData, { bold: true })]];
  const dataTop = nextRow;
  const ranked = units
    .map((u, i) => ({ u, i }))
    .filter(({ u }) => u.value !== null)
    .sort((a, b) => (a.u.rank as number) - (b.u.rank as number) || a.i - b.i);
  const rankedStart = dataTop + chartData.length;
  for (const { u } of ranked)
    chartData.push([text(u.name), { value: u.value }, ...(method === "typology" ? [{ value: u.secondValue }] : [])]);
  const rankedEnd = rankedStart + ranked.length - 1;
  const rangeOf = (col: number, from: number, to: number) => `${sheetCell(from, col)}:${sheetCell(to, col)}`;
  if (ranked.length > 0) {
    charts.push({
      kind: "bar",
      title: s.chart.ranked.replace("{value}", valueHeader),
      yAxisTitle: valueHeader,
      series: [
        {
          name: valueHeader,
          xRange: rangeOf(0, rankedStart, rankedEnd),
          yRange: rangeOf(1, rankedStart, rankedEnd),
          pointColors: ranked.map(({ i }) => colorOf(i).fill),
        },
      ],
      anchor: anchor(0),
      width: 480,
      height: Math.max(300, 16 * ranked.length + 80),
    });
  }
  if (method === "typology" && computed.thresholds) {
    const both = ranked.filter(({ u }) => u.secondValue !== null);
    const lineStart = dataTop + chartData.length;
    const t = computed.thresholds;
    chartData.push(
      [text(s.output.thresholdLine), { value: t.depressivity }, { value: 0 }],
      [text(s.output.thresholdLine), { value: t.depressivity }, { value: 1 }],
      [text(s.output.thresholdLine), { value: 0 }, { value: t.innovation }],
      [text(s.output.thresholdLine), { value: 1 }, { value: t.innovation }],
    );
    charts.push({
      kind: "scatter",
      title: s.chart.typology,
      xAxisTitle: s.chart.axisScore,
      yAxisTitle: s.chart.axisIndex,
      series: [
        {
          name: s.output.unit,
          xRange: rangeOf(1, rankedStart, rankedStart + both.length - 1),
          yRange: rangeOf(2, rankedStart, rankedStart + both.length - 1),
          pointColors: both.map(({ i }) => colorOf(i).fill),
          pointLabels: both.map(({ u }) => u.name),
        },
        {
          name: s.output.thresholdLine,
          xRange: rangeOf(1, lineStart, lineStart + 1),
          yRange: rangeOf(2, lineStart, lineStart + 1),
          line: true,
          color: "#7F7F7F",
        },
        {
          name: s.output.thresholdLine,
          xRange: rangeOf(1, lineStart + 2, lineStart + 3),
          yRange: rangeOf(2, lineStart + 2, lineStart + 3),
          line: true,
          color: "#7F7F7F",
        },
      ],
      anchor: anchor(1),
      width: 480,
      height: 360,
    });
  }
  const partialCount = computed.usable.length;
  if (partialCount > 0 && (method === "depressivity" || method === "innovation")) {
    const selected = options.selectedUnit ?? ranked[0]?.i ?? 0;
    const unit = units[selected];
    const start = dataTop + chartData.length + 1;
    chartData.push([text(unit.name, { bold: true })]);
    computed.usable.forEach((c, p) => chartData.push([text(indicators[c].header), { value: unit.partial[p] }]));
    charts.push({
      kind: "column",
      title: s.chart.partial.replace("{name}", unit.name),
      xAxisTitle: s.chart.axisIndicator,
      series: [
        {
          name: unit.name,
          xRange: rangeOf(0, start, start + partialCount - 1),
          yRange: rangeOf(1, start, start + partialCount - 1),
          color: colorOf(selected).fill,
        },
      ],
      anchor: anchor(1),
      width: 480,
      height: 300,
    });
  }
  blocks.push({ topLeft: cellAddress(dataTop, origin.column), cells: chartData });

  const sheet =
    options.output.kind === "cell" ? options.output.sheet : (options.output.sheetName ?? s.output.defaultSheet);
  return {
    sheet,
    createSheet: options.output.kind === "newSheet",
    blocks,
    charts,
    activate: true,
  };
}

/** Rows of the provenance block above the thresholds row (title excluded): method, source, units. */
function provenanceRowsBeforeThresholds(method: RunOptions["method"]): number {
  return method === "typology" ? 3 : 0;
}
