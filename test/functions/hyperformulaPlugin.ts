/**
 * The AIMAQ.* custom functions as a HyperFormula function plugin, so that a real
 * formula engine evaluates them as users type them (`=AIMAQ.INNOV_INDEX(B2:G20,"partial")`),
 * with ranges, omitted arguments, spilling, #SPILL! and error values. Test code
 * only: HyperFormula is GPL-3.0 and a devDependency, never bundled.
 *
 * The plugin calls the same exported functions Excel calls (src/functions/functions.ts).
 * HyperFormula's lexer accepts "." inside function names (as in NORM.DIST), so the
 * ids are the names users type, "AIMAQ.INNOV_INDEX"; they are registered with an
 * English translation only, because HyperFormula's names allow Latin letters only
 * (the Kazakh and Russian names are checked in the metadata tests instead).
 *
 * @example
 *   registerAimaqPlugin();
 *   const hf = HyperFormula.buildFromArray([[1, 2], ["=AIMAQ.NORMALIZE(A1:B1)"]], { licenseKey: "gpl-v3" });
 */
import {
  ArraySize,
  CellError,
  EmptyValue,
  ErrorType,
  FunctionPlugin,
  HyperFormula,
  SimpleRangeValue,
  type ImplementedFunctions,
} from "hyperformula";
import * as excel from "../../src/functions/functions";
import { FUNCTION_IDS, FUNCTION_NAMESPACE, type FunctionId } from "../../src/i18n";

import type { Ast } from "hyperformula/typings/parser";
import type { InterpreterState as State } from "hyperformula/typings/interpreter/InterpreterState";
type Implementation = (...args: unknown[]) => unknown[][];

/** The exported function of functions.ts behind each id. */
export const IMPLEMENTATIONS: Record<FunctionId, Implementation> = {
  INNOV_INDEX: excel.innovIndex,
  DEPRESS_RANK: excel.depressRank,
  DEPRESS_SCORE: excel.depressScore,
  DEPRESS_CLASS: excel.depressClass,
  CLASSIFY: excel.classifyValues,
  NORMALIZE: excel.normalizeValues,
  LABOR_PRODUCTIVITY: excel.laborProductivity,
  CAPITAL_PRODUCTIVITY: excel.capitalProductivity,
  CAPITAL_LABOR_RATIO: excel.capitalLaborRatio,
  PRODUCTIVITY_CHANGE: excel.productivityChange,
  INNOV_ACTIVITY: excel.innovActivity,
  INNOV_COMPLEX: excel.innovComplex,
} as Record<FunctionId, Implementation>;

const ERROR_TYPES: Record<string, ErrorType> = {
  "#VALUE!": ErrorType.VALUE,
  "#N/A": ErrorType.NA,
  "#DIV/0!": ErrorType.DIV_BY_ZERO,
  "#NUM!": ErrorType.NUM,
};

/** An error value of ours (CustomFunctions.Error or its fallback) as a HyperFormula error. */
function toCellError(value: unknown): CellError | undefined {
  if (value && typeof value === "object" && "code" in value && typeof value.code === "string") {
    const type = ERROR_TYPES[value.code];
    if (type) return new CellError(type, (value as { message?: string }).message);
  }
  return undefined;
}

/** One cell as Excel passes it to an `any` argument: blanks are null. */
function excelCell(value: unknown): unknown {
  if (value === EmptyValue || typeof value === "symbol") return null;
  if (value && typeof value === "object" && "val" in value) return (value as { val: unknown }).val;
  return value;
}

/** The outcome of one call: the matrix, or the error Excel would show. */
type Outcome = { values: unknown[][] } | { error: CellError };

export class AimaqPlugin extends FunctionPlugin {
  static implementedFunctions: ImplementedFunctions = Object.fromEntries(
    FUNCTION_IDS.map((id) => [
      `${FUNCTION_NAMESPACE}.${id}`,
      { method: "aimaq", sizeOfResultArrayMethod: "aimaqSize", vectorizationForbidden: true },
    ]),
  );

  /** Evaluates the arguments as Excel passes them and calls the function. */
  private call(ast: Ast, state: State): Outcome {
    const procedure = ast as Ast & { procedureName: string; args: Ast[] };
    const id = procedure.procedureName.slice(FUNCTION_NAMESPACE.length + 1) as FunctionId;
    const args: unknown[] = [];
    for (const argument of procedure.args) {
      if ((argument as { type: string }).type === "EMPTY") {
        args.push(null);
        continue;
      }
      const value = this.evaluateAst(argument, state);
      if (value instanceof CellError) return { error: value };
      if (value instanceof SimpleRangeValue) {
        const data = value.rawData();
        const failed = data.flat().find((cell) => cell instanceof CellError);
        if (failed) return { error: failed as CellError };
        args.push(data.map((row) => row.map(excelCell)));
      } else {
        args.push(excelCell(value));
      }
    }
    try {
      return { values: IMPLEMENTATIONS[id](...args) };
    } catch (thrown) {
      return { error: toCellError(thrown) ?? new CellError(ErrorType.ERROR, String(thrown)) };
    }
  }

  aimaq(ast: Ast, state: State) {
    const outcome = this.call(ast, state);
    if ("error" in outcome) return outcome.error;
    const data = outcome.values.map((row) => row.map((cell) => toCellError(cell) ?? cell));
    if (data.length === 1 && data[0].length === 1) return data[0][0] as never;
    return SimpleRangeValue.onlyValues(data as never);
  }

  /**
   * The spill size, from the arguments' shapes in the formula: HyperFormula asks
   * before the cells the ranges cover are loaded, so the values cannot be used
   * (INNOV_COMPLEX, whose shape depends on its values, is computed).
   */
  aimaqSize(ast: Ast, state: State): ArraySize {
    const procedure = ast as Ast & { procedureName: string; args: Ast[] };
    const id = procedure.procedureName.slice(FUNCTION_NAMESPACE.length + 1) as FunctionId;
    const shapes = procedure.args.map(shapeOf);
    const given = (i: number) => i < procedure.args.length && (procedure.args[i] as { type: string }).type !== "EMPTY";
    const [rows, columns] = shapes[0] ?? [1, 1];
    const unitIndex: Partial<Record<FunctionId, number>> = {
      INNOV_INDEX: 4,
      DEPRESS_RANK: 3,
      DEPRESS_SCORE: 3,
      DEPRESS_CLASS: 4,
    };
    const unit = unitIndex[id];
    if (unit !== undefined) return given(unit) ? ArraySize.scalar() : new ArraySize(1, rows);
    if (id === "CLASSIFY" || id === "NORMALIZE") return new ArraySize(columns, rows);
    if (id === "PRODUCTIVITY_CHANGE") return new ArraySize(3, columns === 3 ? rows : 1);
    if (id === "INNOV_COMPLEX") {
      const outcome = this.call(ast, state);
      return "error" in outcome ? ArraySize.scalar() : new ArraySize(outcome.values[0].length, outcome.values.length);
    }
    const largest = shapes.reduce((a, b) => (b[0] * b[1] > a[0] * a[1] ? b : a), [1, 1]);
    return new ArraySize(largest[1], largest[0]);
  }
}

/** [rows, columns] of an argument as written: a range, an array constant, or one value. */
function shapeOf(argument: Ast): [number, number] {
  const node = argument as {
    type: string;
    start?: { row: number; col: number };
    end?: { row: number; col: number };
    args?: unknown[][];
  };
  if (node.type === "CELL_RANGE" && node.start && node.end) {
    return [node.end.row - node.start.row + 1, node.end.col - node.start.col + 1];
  }
  if (node.type === "ARRAY" && node.args) return [node.args.length, node.args[0]?.length ?? 1];
  return [1, 1];
}

let registered = false;

/** Registers the plugin once (HyperFormula's registry is global). */
export function registerAimaqPlugin(): void {
  if (registered) return;
  const names = Object.fromEntries(Object.keys(AimaqPlugin.implementedFunctions).map((name) => [name, name]));
  HyperFormula.registerFunctionPlugin(AimaqPlugin, { enGB: names });
  registered = true;
}
