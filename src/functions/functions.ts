/**
 * The AIMAQ.* custom functions as Excel sees them. custom-functions-metadata
 * reads only these top-level function declarations and their JSDoc (English
 * strings; the same words as src/i18n/functions, which also gives the Kazakh and
 * Russian metadata) and appends the CustomFunctions.associate calls at build.
 *
 * Conventions: a table is the whole block of indicators (rows = units, columns =
 * indicators, no names or headers); every argument is `any` so that text,
 * blanks and markers reach the parser; an omitted optional argument is null;
 * table functions spill one value per unit, or one value with `unit`.
 */
import {
  capitalLaborRatioCells,
  capitalProductivityCells,
  classifyCells,
  depressClassCells,
  depressRankCells,
  depressScoreCells,
  innovActivityCells,
  innovComplexCells,
  innovIndexCells,
  laborProductivityCells,
  normalizeCells,
  productivityChangeCells,
} from "./methods";
import { respond } from "./errors";
import { displayLanguage } from "./language";

/**
 * Integral innovation index of districts (Tables 44-45), 0..1 per unit.
 * @customfunction INNOV_INDEX INNOV_INDEX
 * @param table The whole table: rows = territorial units, columns = indicators (without names and headers).
 * @param [input] "raw" = raw indicators (default; min-max first), "partial" = partial indices on 0..1 (as printed in Table 45).
 * @param [aggregation] "geometric" (default) or "arithmetic" mean.
 * @param [zero_floor] Small number ε used instead of zero in the geometric mean (default 0.00001).
 * @param [unit] Row number within the table (from 1); when given, only that unit's value is returned, so the formula can be filled down.
 * @returns One index per unit (a column), or one value.
 * @example =AIMAQ.INNOV_INDEX(B2:G20;"partial") spills 19 values; Oskemen 0.414
 */
export function innovIndex(table: any[][], input?: any, aggregation?: any, zero_floor?: any, unit?: any): any[][] {
  const context = { id: "INNOV_INDEX", language: displayLanguage() } as const;
  return respond(context, () => innovIndexCells(context, table, input, aggregation, zero_floor, unit));
}

/**
 * Depressivity rank (formulas 10-11): 1 = the most depressed unit.
 * @customfunction DEPRESS_RANK DEPRESS_RANK
 * @param table The whole table: rows = territorial units, columns = indicators (without names and headers).
 * @param [directions] One per column: 1 (higher is better) or -1 (lower is better, e.g. unemployment), e.g. {-1,-1,1,1,1,1} or "--++++". Default: all 1.
 * @param [ties] Rank of equal values: "competition" (like RANK.EQ, default), "average" (RANK.AVG) or "dense".
 * @param [unit] Row number within the table (from 1); when given, only that unit's value is returned, so the formula can be filled down.
 * @returns One rank per unit (a column), or one value.
 * @example =AIMAQ.DEPRESS_RANK($B$2:$G$20;"--++++";;A2) filled down gives each unit's rank
 */
export function depressRank(table: any[][], directions?: any[][], ties?: any, unit?: any): any[][] {
  const context = { id: "DEPRESS_RANK", language: displayLanguage() } as const;
  return respond(context, () => depressRankCells(context, table, directions, ties, unit));
}

/**
 * Composite depressivity 1 − mean(Y), 0..1: higher = more depressed.
 * @customfunction DEPRESS_SCORE DEPRESS_SCORE
 * @param table The whole table: rows = territorial units, columns = indicators (without names and headers).
 * @param [directions] One per column: 1 (higher is better) or -1 (lower is better, e.g. unemployment), e.g. {-1,-1,1,1,1,1} or "--++++". Default: all 1.
 * @param [weights] One non-negative weight per column, e.g. {1,1,2,1,1,1}. Default: equal.
 * @param [unit] Row number within the table (from 1); when given, only that unit's value is returned, so the formula can be filled down.
 * @returns One score per unit (a column), or one value.
 * @example =AIMAQ.DEPRESS_SCORE(B2:G20;{-1,-1,1,1,1,1})
 */
export function depressScore(table: any[][], directions?: any[][], weights?: any[][], unit?: any): any[][] {
  const context = { id: "DEPRESS_SCORE", language: displayLanguage() } as const;
  return respond(context, () => depressScoreCells(context, table, directions, weights, unit));
}

/**
 * Depression level: optimal k-means groups of the score, 1 "Lowest" … 5 "Very high".
 * @customfunction DEPRESS_CLASS DEPRESS_CLASS
 * @param table The whole table: rows = territorial units, columns = indicators (without names and headers).
 * @param [directions] One per column: 1 (higher is better) or -1 (lower is better, e.g. unemployment), e.g. {-1,-1,1,1,1,1} or "--++++". Default: all 1.
 * @param [k] Number of groups (default 5).
 * @param [labels] TRUE = the level's name ("Medium") instead of its number; default FALSE.
 * @param [unit] Row number within the table (from 1); when given, only that unit's value is returned, so the formula can be filled down.
 * @returns One level (number or name) per unit (a column), or one value.
 * @example =AIMAQ.DEPRESS_CLASS(B2:G20;"--++++";5;TRUE)
 */
export function depressClass(table: any[][], directions?: any[][], k?: any, labels?: any, unit?: any): any[][] {
  const context = { id: "DEPRESS_CLASS", language: displayLanguage() } as const;
  return respond(context, () => depressClassCells(context, table, directions, k, labels, unit));
}

/**
 * Groups of one indicator (Tables 41-43): 1..k, 1 = lowest values.
 * @customfunction CLASSIFY CLASSIFY
 * @param values Values of one indicator (a column or a row).
 * @param [k] Number of groups (default 5).
 * @param [method] "ckmeans" (optimal 1-D k-means, default), "quantile" (equal counts) or "equal" (equal intervals).
 * @returns One group per value, in the shape of `values`.
 * @example =AIMAQ.CLASSIFY(D2:D20;5)
 */
export function classifyValues(values: any[][], k?: any, method?: any): any[][] {
  const context = { id: "CLASSIFY", language: displayLanguage() } as const;
  return respond(context, () => classifyCells(context, values, k, method));
}

/**
 * Min-max partial score (formulas 10-11): 0..1, 1 = best.
 * @customfunction NORMALIZE NORMALIZE
 * @param values Values of one indicator (a column or a row).
 * @param [direction] 1 = higher is better (default), -1 = lower is better.
 * @returns One score per value, in the shape of `values`.
 * @example =AIMAQ.NORMALIZE(B2:B20;-1)
 */
export function normalizeValues(values: any[][], direction?: any): any[][] {
  const context = { id: "NORMALIZE", language: displayLanguage() } as const;
  return respond(context, () => normalizeCells(context, values, direction));
}

/**
 * Labour productivity (formula 1): output / employed; ranges element by element.
 * @customfunction LABOR_PRODUCTIVITY LABOR_PRODUCTIVITY
 * @param output Gross regional product (or output); a cell or a range.
 * @param employed Number of employed persons (positive); a cell or a range.
 * @returns Output per employed person, in the shape of the ranges.
 * @example =AIMAQ.LABOR_PRODUCTIVITY(500;20) gives 25
 */
export function laborProductivity(output: any[][], employed: any[][]): any[][] {
  const context = { id: "LABOR_PRODUCTIVITY", language: displayLanguage() } as const;
  return respond(context, () => laborProductivityCells(context, output, employed));
}

/**
 * Capital productivity (first factor of formula 2): output / fixed assets.
 * @customfunction CAPITAL_PRODUCTIVITY CAPITAL_PRODUCTIVITY
 * @param output Gross regional product (or output); a cell or a range.
 * @param fixed_assets Value of fixed assets (positive); a cell or a range.
 * @returns Output per unit of fixed assets, in the shape of the ranges.
 * @example =AIMAQ.CAPITAL_PRODUCTIVITY(500;1000) gives 0.5
 */
export function capitalProductivity(output: any[][], fixed_assets: any[][]): any[][] {
  const context = { id: "CAPITAL_PRODUCTIVITY", language: displayLanguage() } as const;
  return respond(context, () => capitalProductivityCells(context, output, fixed_assets));
}

/**
 * Capital-labour ratio (second factor of formula 2): fixed assets / employed.
 * @customfunction CAPITAL_LABOR_RATIO CAPITAL_LABOR_RATIO
 * @param fixed_assets Value of fixed assets (positive); a cell or a range.
 * @param employed Number of employed persons (positive); a cell or a range.
 * @returns Fixed assets per employed person, in the shape of the ranges.
 * @example =AIMAQ.CAPITAL_LABOR_RATIO(1000;20) gives 50
 */
export function capitalLaborRatio(fixed_assets: any[][], employed: any[][]): any[][] {
  const context = { id: "CAPITAL_LABOR_RATIO", language: displayLanguage() } as const;
  return respond(context, () => capitalLaborRatioCells(context, fixed_assets, employed));
}

/**
 * Change of labour productivity and its parts (formula 2): total, capital-productivity part, capital-labour part.
 * @customfunction PRODUCTIVITY_CHANGE PRODUCTIVITY_CHANGE
 * @param before Earlier period: output, employed, fixed assets (3 cells), or one such row per unit.
 * @param after Later period: output, employed, fixed assets (3 cells), or one such row per unit.
 * @returns One row per period pair: total change, capital-productivity part, capital-labour part.
 * @example =AIMAQ.PRODUCTIVITY_CHANGE({100,10,200};{150,10,300}) gives 0.5, 0, 0.5
 */
export function productivityChange(before: any[][], after: any[][]): any[][] {
  const context = { id: "PRODUCTIVITY_CHANGE", language: displayLanguage() } as const;
  return respond(context, () => productivityChangeCells(context, before, after));
}

/**
 * Level of innovation activity (formula 3): share of enterprises with innovations, %.
 * @customfunction INNOV_ACTIVITY INNOV_ACTIVITY
 * @param innovating Number of enterprises with innovations; a cell or a range.
 * @param total Total number of surveyed enterprises (positive); a cell or a range.
 * @returns Percent, in the shape of the ranges.
 * @example =AIMAQ.INNOV_ACTIVITY(236;1831) gives 12.89 (Table 15)
 */
export function innovActivity(innovating: any[][], total: any[][]): any[][] {
  const context = { id: "INNOV_ACTIVITY", language: displayLanguage() } as const;
  return respond(context, () => innovActivityCells(context, innovating, total));
}

/**
 * Complex coefficient of innovation activity K (formulas 5-9), 0..1.
 * @customfunction INNOV_COMPLEX INNOV_COMPLEX
 * @param series One territory: rows = years (oldest first), columns = X1-X5, R1-R5. Or a long table with the territory name in the first column.
 * @param [window] Assessment window in years (default 3, as 2016-2018 in the worked example).
 * @param [detail] TRUE = a table of T, O, I_T, I_O, I per indicator; default FALSE (K only).
 * @returns K; or one row per territory (name, K); or with detail one row per indicator.
 * @example =AIMAQ.INNOV_COMPLEX(B2:K7)
 */
export function innovComplex(series: any[][], window?: any, detail?: any): any[][] {
  const context = { id: "INNOV_COMPLEX", language: displayLanguage() } as const;
  return respond(context, () => innovComplexCells(context, series, window, detail));
}
