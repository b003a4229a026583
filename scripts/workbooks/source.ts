import { TABLE40_COLUMNS, TABLE45_COLUMNS } from "../../src/workbook/csv";
import { readCsv } from "./csv";

/** A printed number with the count of decimals it was printed with (the precision a comparison must use). */
export interface Printed {
  value: number;
  decimals: number;
}

/** A number as printed in a CSV cell ("25.0" → 25 with 1 decimal). */
export function printed(text: string): Printed {
  const dot = text.indexOf(".");
  return { value: Number(text), decimals: dot < 0 ? 0 : text.length - dot - 1 };
}

/** Unit keys of districts.md; `ekr` is the region total, never a unit of a min/max. */
export const REGION = "ekr";

export interface ActivityRow {
  unit: string;
  enterprises: number;
  innovating: number;
  level: Printed;
  employees: number;
  /** Printed `-` kept as the marker. */
  cooperating: number | string;
}

export interface ResourceRow {
  unit: string;
  active: number;
  employed: number;
  fixedAssets: number;
  enterprises: number;
}

export interface ShareRow {
  unit: string;
  /** 2019 shares of Table 26: economically active, employed, fixed assets, enterprises. */
  shares2019: [Printed, Printed, Printed, Printed];
}

export interface IndicatorRow {
  unit: string;
  values: number[];
}

export interface GroupingRow {
  unit: string;
  /** Published groups of Tables 41, 42, 43 (null: the unit is not listed). */
  groups: [number | null, number | null, number | null];
}

export interface IndexRow {
  unit: string;
  rowNumber: number;
  partial: number[];
  integral: number;
}

export interface NationalSeries {
  years: number[];
  /** Column codes as in the CSV: X1..X5, E1..E5. */
  codes: string[];
  /** values[year][indicator]. */
  values: number[][];
}

/** Table 37 as printed: chain growth rates (%) per period ("2013-2014") and per column of Table 36. */
export interface GrowthRates {
  periods: string[];
  /** values[period][indicator], indicators in the order of {@link NationalSeries.codes}. */
  values: Printed[][];
}

/** Indicator codes of Table 38 as printed (R1..R5 are the E1..E5 of Tables 36 and 37). */
export const T38_CODES = ["X1", "X2", "X3", "X4", "X5", "R1", "R2", "R3", "R4", "R5"];

/**
 * Tables of the dissertation the workbooks carry (as data or recomputed on a
 * worked sheet): every erratum of docs/errata.md on one of them has a row on the
 * "published vs recomputed" sheet.
 */
export const WORKBOOK_TABLES = [15, 25, 26, 36, 37, 38, 40, 41, 42, 43, 45];

/** Table 38 as printed: T, O, I_T, I_O, I per indicator. */
export type Table38 = Record<"T" | "O" | "I_T" | "I_O" | "I", Printed[]>;

export interface SourceTables {
  t15: ActivityRow[];
  t25: ResourceRow[];
  t26: ShareRow[];
  t36: NationalSeries;
  t37: GrowthRates;
  t38: Table38;
  t40: IndicatorRow[];
  t41to43: GroupingRow[];
  t45: IndexRow[];
}

function groupOrNull(text: string): number | null {
  return text === "" ? null : Number(text);
}

/** Loads the tables the workbooks teach from data/ (rows in the order the source prints them). */
export function loadSourceTables(): SourceTables {
  const t15 = readCsv("table15_innovation_activity_2020.csv").map((r) => ({
    unit: r.unit_id,
    enterprises: Number(r.enterprises),
    innovating: Number(r.enterprises_with_innovations),
    level: printed(r.activity_level_pct),
    employees: Number(r.employees_end_of_period),
    cooperating:
      r.enterprises_cooperating_on_innovation === "-" ? "-" : Number(r.enterprises_cooperating_on_innovation),
  }));
  const t25 = readCsv("table25_resources_2020.csv").map((r) => ({
    unit: r.unit_id,
    active: Number(r.econ_active_population_thous),
    employed: Number(r.employed_population_thous),
    fixedAssets: Number(r.fixed_assets_mln_kzt),
    enterprises: Number(r.enterprises_organisations),
  }));
  const t26 = readCsv("table26_resource_shares_2010_2019.csv").map((r) => ({
    unit: r.unit_id,
    shares2019: [
      printed(r.econ_active_share_2019_pct),
      printed(r.employed_share_2019_pct),
      printed(r.fixed_assets_share_2019_pct),
      printed(r.enterprises_share_2019_pct),
    ] as [Printed, Printed, Printed, Printed],
  }));
  const series = readCsv("table36_national_innovation_series.csv");
  const codes = Object.keys(series[0]).filter((k) => k !== "year");
  const t36 = {
    years: series.map((r) => Number(r.year)),
    codes,
    values: series.map((r) => codes.map((c) => Number(r[c]))),
  };
  const rates = readCsv("table37_growth_rates.csv");
  const t37 = { periods: rates.map((r) => r.period), values: rates.map((r) => codes.map((c) => printed(r[c]))) };
  const t38Rows = readCsv("table38_partial_indices.csv");
  const t38 = Object.fromEntries(t38Rows.map((r) => [r.statistic, T38_CODES.map((c) => printed(r[c]))])) as Table38;
  const t40 = readCsv("table40_socioeconomic_indicators.csv").map((r) => ({
    unit: r.unit_id,
    values: TABLE40_COLUMNS.map((c) => Number(r[c])),
  }));
  const t41to43 = readCsv("table41_43_groupings.csv").map((r) => ({
    unit: r.unit_id,
    groups: [groupOrNull(r.t41_wage_group), groupOrNull(r.t42_industry_group), groupOrNull(r.t43_investment_group)] as [
      number | null,
      number | null,
      number | null,
    ],
  }));
  const t45 = readCsv("table45_innovation_indices.csv").map((r) => ({
    unit: r.unit_id,
    rowNumber: Number(r.row_no_as_printed),
    partial: TABLE45_COLUMNS.map((c) => Number(r[c])),
    integral: Number(r.integral_index),
  }));
  return { t15, t25, t26, t36, t37, t38, t40, t41to43, t45 };
}
