import * as React from "react";
import type { CellValue, ChartRequest, ChartSeries } from "../workbook/types";
import type { RangeResolver } from "./types";

export interface ChartViewProps {
  chart: ChartRequest;
  resolve: RangeResolver;
}

const DEFAULT_WIDTH = 480;
const DEFAULT_HEIGHT = 300;
const SERIES_COLOR = "#2F5597";
const FONT = "Segoe UI, system-ui, sans-serif";

interface Scale {
  min: number;
  max: number;
  ticks: number[];
}

/**
 * A readable axis over [min, max]: a "nice" step of 1, 2 or 5 × 10^n and about five ticks.
 *
 * @example niceScale(0, 0.93).ticks // [0, 0.2, 0.4, 0.6, 0.8, 1]
 */
export function niceScale(min: number, max: number): Scale {
  if (min === max) {
    const pad = min === 0 ? 1 : Math.abs(min) / 2;
    return niceScale(min - pad, max + pad);
  }
  const rough = (max - min) / 5;
  const magnitude = Math.pow(10, Math.floor(Math.log10(rough)));
  const step = [1, 2, 5, 10].map((m) => m * magnitude).find((s) => s >= rough) ?? 10 * magnitude;
  const low = Math.floor(min / step) * step;
  const high = Math.ceil(max / step) * step;
  const ticks: number[] = [];
  for (let t = low; t <= high + step / 2; t += step) ticks.push(Number(t.toPrecision(12)));
  return { min: low, max: high, ticks };
}

function numeric(value: CellValue | undefined): number | null {
  return typeof value === "number" && Number.isFinite(value) ? value : null;
}

/** Longest category label drawn in full; longer ones are cut with an ellipsis (the tooltip keeps them whole). */
const MAX_LABEL = 26;

function label(value: CellValue | undefined): string {
  const text = value === null || value === undefined ? "" : String(value);
  return text.length > MAX_LABEL ? `${text.slice(0, MAX_LABEL - 1)}…` : text;
}

/** Font size of point labels on the scatter, and an estimate of a character's width at that size (no text metrics in SVG before layout). */
const POINT_LABEL_SIZE = 8;
const CHARACTER_WIDTH = 0.56 * POINT_LABEL_SIZE;

interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface PlacedLabel {
  /** Anchor point of the text (SVG x, baseline y). */
  x: number;
  y: number;
  anchor: "start" | "end";
}

/**
 * Places point labels so that none overlaps another label, a marker, or leaves
 * the plot: for each point in turn, the first free spot of right-above,
 * right-below, left-above, left-below, above, below; a label with no free spot is
 * left out (the marker's tooltip keeps the name). Greedy, O(n²) for n points.
 *
 * @example placeLabels([{ x: 10, y: 10, label: "A" }], { left: 0, top: 0, right: 100, bottom: 100 })[0] // { x: 16, y: 7, anchor: "start" }
 */
export function placeLabels(
  points: readonly { x: number; y: number; label: string }[],
  plot: Box,
): (PlacedLabel | null)[] {
  const marker = 4;
  const taken: Box[] = points.map((p) => ({
    left: p.x - marker,
    right: p.x + marker,
    top: p.y - marker,
    bottom: p.y + marker,
  }));
  const overlaps = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
  return points.map((p) => {
    if (!p.label) return null;
    const width = p.label.length * CHARACTER_WIDTH;
    const h = POINT_LABEL_SIZE;
    const candidates: PlacedLabel[] = [
      { x: p.x + 6, y: p.y - 3, anchor: "start" },
      { x: p.x + 6, y: p.y + h + 1, anchor: "start" },
      { x: p.x - 6, y: p.y - 3, anchor: "end" },
      { x: p.x - 6, y: p.y + h + 1, anchor: "end" },
      { x: p.x - width / 2, y: p.y - marker - 3, anchor: "start" },
      { x: p.x - width / 2, y: p.y + marker + h + 1, anchor: "start" },
    ];
    for (const c of candidates) {
      const left = c.anchor === "start" ? c.x : c.x - width;
      const box = { left, right: left + width, top: c.y - h + 1, bottom: c.y + 2 };
      const inside = box.left >= plot.left && box.right <= plot.right && box.top >= plot.top && box.bottom <= plot.bottom;
      if (inside && !taken.some((t) => overlaps(t, box))) {
        taken.push(box);
        return c;
      }
    }
    return null;
  });
}

function tickText(value: number): string {
  return Math.abs(value) >= 10000 ? value.toLocaleString("en-US").replace(/,/g, " ") : String(value);
}

/**
 * Draws a ChartRequest as SVG the way Excel would show it: "bar" = horizontal bars
 * in range order top to bottom, "column" = vertical bars, "scatter" = points with
 * labels and line series (the typology's quadrant lines). Data come from the
 * ranges, so the chart shows what the sheet's formulas compute.
 */
export function ChartView({ chart, resolve }: ChartViewProps): React.JSX.Element {
  const width = chart.width ?? DEFAULT_WIDTH;
  const height = chart.height ?? DEFAULT_HEIGHT;
  const body =
    chart.kind === "scatter" ? (
      <ScatterBody chart={chart} resolve={resolve} width={width} height={height} />
    ) : (
      <BarBody chart={chart} resolve={resolve} width={width} height={height} />
    );
  return (
    <svg
      role="img"
      aria-label={chart.title}
      data-chart-kind={chart.kind}
      width={width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
      style={{ background: "#ffffff", border: "1px solid #d0d0d0", fontFamily: FONT }}
    >
      <text x={width / 2} y={18} textAnchor="middle" fontSize={13} fontWeight={600}>
        {chart.title}
      </text>
      {body}
    </svg>
  );
}

interface BodyProps extends ChartViewProps {
  width: number;
  height: number;
}

function BarBody({ chart, resolve, width, height }: BodyProps): React.JSX.Element {
  const series = chart.series[0];
  if (!series) return <g />;
  const categories = resolve(series.xRange).map(label);
  const values = resolve(series.yRange).map(numeric);
  const present = values.filter((v): v is number => v !== null);
  const scale = niceScale(Math.min(0, ...present), Math.max(0, ...present));
  const horizontal = chart.kind === "bar";
  const longest = Math.max(0, ...categories.map((c) => c.length));
  const categoryRoom = Math.min(170, 12 + longest * 6);
  const plot = horizontal
    ? { left: categoryRoom, top: 30, right: width - 16, bottom: height - (chart.xAxisTitle ? 40 : 26) }
    : { left: Math.max(54, longest * 3.2), top: 30, right: width - 12, bottom: height - (chart.xAxisTitle ? 22 : 8) - Math.min(100, 10 + longest * 4.2) };
  const along = (v: number) =>
    horizontal
      ? plot.left + ((v - scale.min) / (scale.max - scale.min)) * (plot.right - plot.left)
      : plot.bottom - ((v - scale.min) / (scale.max - scale.min)) * (plot.bottom - plot.top);
  const slots = Math.max(1, categories.length);
  const slot = ((horizontal ? plot.bottom - plot.top : plot.right - plot.left) as number) / slots;
  const thickness = Math.max(1, slot * 0.7);
  const fontSize = Math.max(7, Math.min(11, slot * 0.8));
  return (
    <g fontSize={10}>
      {scale.ticks.map((t) => (
        <g key={t}>
          {horizontal ? (
            <>
              <line x1={along(t)} x2={along(t)} y1={plot.top} y2={plot.bottom} stroke="#e4e4e4" />
              <text x={along(t)} y={plot.bottom + 12} textAnchor="middle">
                {tickText(t)}
              </text>
            </>
          ) : (
            <>
              <line x1={plot.left} x2={plot.right} y1={along(t)} y2={along(t)} stroke="#e4e4e4" />
              <text x={plot.left - 4} y={along(t) + 3} textAnchor="end">
                {tickText(t)}
              </text>
            </>
          )}
        </g>
      ))}
      {values.map((v, i) => {
        if (v === null) return null;
        const start = along(Math.max(scale.min, 0));
        const end = along(v);
        const offset = (horizontal ? plot.top : plot.left) + i * slot + (slot - thickness) / 2;
        const fill = series.pointColors?.[i] ?? series.color ?? SERIES_COLOR;
        return horizontal ? (
          <rect key={i} x={Math.min(start, end)} y={offset} width={Math.abs(end - start)} height={thickness} fill={fill}>
            <title>{`${categories[i]}: ${v}`}</title>
          </rect>
        ) : (
          <rect key={i} x={offset} y={Math.min(start, end)} width={thickness} height={Math.abs(end - start)} fill={fill}>
            <title>{`${categories[i]}: ${v}`}</title>
          </rect>
        );
      })}
      {categories.map((c, i) => {
        const middle = (horizontal ? plot.top : plot.left) + (i + 0.5) * slot;
        return horizontal ? (
          <text key={i} x={plot.left - 4} y={middle + fontSize / 3} textAnchor="end" fontSize={fontSize}>
            {c}
          </text>
        ) : (
          <text
            key={i}
            x={middle}
            y={plot.bottom + 8}
            textAnchor="end"
            fontSize={fontSize}
            transform={`rotate(-45 ${middle} ${plot.bottom + 8})`}
          >
            {c}
          </text>
        );
      })}
      <line x1={plot.left} x2={plot.left} y1={plot.top} y2={plot.bottom} stroke="#808080" />
      <line x1={plot.left} x2={plot.right} y1={plot.bottom} y2={plot.bottom} stroke="#808080" />
      <AxisTitles chart={chart} width={width} height={height} />
    </g>
  );
}

function ScatterBody({ chart, resolve, width, height }: BodyProps): React.JSX.Element {
  const data = chart.series.map((series) => ({ series, points: scatterPoints(series, resolve) }));
  const xs = data.flatMap((d) => d.points.map((p) => p.x));
  const ys = data.flatMap((d) => d.points.map((p) => p.y));
  const xScale = niceScale(Math.min(...xs, 0), Math.max(...xs, 0));
  const yScale = niceScale(Math.min(...ys, 0), Math.max(...ys, 0));
  const plot = { left: 54, top: 30, right: width - 14, bottom: height - 42 };
  const px = (x: number) => plot.left + ((x - xScale.min) / (xScale.max - xScale.min)) * (plot.right - plot.left);
  const py = (y: number) => plot.bottom - ((y - yScale.min) / (yScale.max - yScale.min)) * (plot.bottom - plot.top);
  // Labels of all marker series are placed together, so that they avoid each other.
  const marked = data.flatMap(({ series, points }, s) =>
    series.line ? [] : points.map((p, i) => ({ s, i, x: px(p.x), y: py(p.y), label: label(p.label) })),
  );
  const placed = placeLabels(marked, plot);
  const labels = data.map(() => [] as (PlacedLabel | null)[]);
  marked.forEach((m, k) => (labels[m.s][m.i] = placed[k]));
  return (
    <g fontSize={10}>
      {xScale.ticks.map((t) => (
        <g key={`x${t}`}>
          <line x1={px(t)} x2={px(t)} y1={plot.top} y2={plot.bottom} stroke="#eeeeee" />
          <text x={px(t)} y={plot.bottom + 12} textAnchor="middle">
            {tickText(t)}
          </text>
        </g>
      ))}
      {yScale.ticks.map((t) => (
        <g key={`y${t}`}>
          <line x1={plot.left} x2={plot.right} y1={py(t)} y2={py(t)} stroke="#eeeeee" />
          <text x={plot.left - 4} y={py(t) + 3} textAnchor="end">
            {tickText(t)}
          </text>
        </g>
      ))}
      <line x1={plot.left} x2={plot.left} y1={plot.top} y2={plot.bottom} stroke="#808080" />
      <line x1={plot.left} x2={plot.right} y1={plot.bottom} y2={plot.bottom} stroke="#808080" />
      {data.map(({ series, points }, s) =>
        series.line ? (
          <polyline
            key={s}
            data-series={series.name}
            points={points.map((p) => `${px(p.x)},${py(p.y)}`).join(" ")}
            fill="none"
            stroke={series.color ?? "#7f7f7f"}
            strokeDasharray="5 3"
          />
        ) : (
          <g key={s} data-series={series.name}>
            {points.map((p, i) => {
              const placed = labels[s][i];
              return (
              <g key={i}>
                <circle
                  cx={px(p.x)}
                  cy={py(p.y)}
                  r={4}
                  fill={series.pointColors?.[p.index] ?? series.color ?? SERIES_COLOR}
                  stroke="#ffffff"
                >
                  <title>{`${p.label}: ${p.x}; ${p.y}`}</title>
                </circle>
                {placed && (
                  <text x={placed.x} y={placed.y} textAnchor={placed.anchor} fontSize={POINT_LABEL_SIZE} fill="#404040">
                    {label(p.label)}
                  </text>
                )}
              </g>
              );
            })}
          </g>
        ),
      )}
      <AxisTitles chart={chart} width={width} height={height} />
    </g>
  );
}

function scatterPoints(series: ChartSeries, resolve: RangeResolver) {
  const xs = resolve(series.xRange).map(numeric);
  const ys = resolve(series.yRange).map(numeric);
  const points: { x: number; y: number; label: string; index: number }[] = [];
  xs.forEach((x, i) => {
    const y = ys[i];
    if (x !== null && y !== null && y !== undefined) points.push({ x, y, label: series.pointLabels?.[i] ?? "", index: i });
  });
  return points;
}

function AxisTitles({ chart, width, height }: { chart: ChartRequest; width: number; height: number }) {
  return (
    <>
      {chart.xAxisTitle && (
        <text x={width / 2} y={height - 6} textAnchor="middle" fontSize={11}>
          {chart.xAxisTitle}
        </text>
      )}
      {chart.yAxisTitle && (
        <text x={12} y={height / 2} textAnchor="middle" fontSize={11} transform={`rotate(-90 12 ${height / 2})`}>
          {chart.yAxisTitle}
        </text>
      )}
    </>
  );
}
