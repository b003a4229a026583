/**
 * The production bundle dist/functions.js, loaded in plain Node as Excel loads
 * it: with a stub CustomFunctions global (and Office), it must register every id
 * through CustomFunctions.associate, and the registered functions must compute
 * the published oracles.
 */
import { readFileSync } from "fs";
import { join } from "path";
import { createContext, runInContext } from "vm";
import { FUNCTION_IDS } from "../../src/i18n";
import { buildDist } from "../helpers/build";
import { installRuntime, setDisplayLanguage, StubCustomFunctionError, type StubRuntime } from "./runtime";
import { table15, table45 } from "./data";

let runtime: StubRuntime;

beforeAll(
  async () => {
    const dist = await buildDist();
    runtime = installRuntime("ru-RU");
    // A fresh global like the functions runtime's, holding only what Excel provides.
    const scope = globalThis as unknown as { CustomFunctions: unknown; Office: unknown };
    const context = createContext({ CustomFunctions: scope.CustomFunctions, Office: scope.Office });
    runInContext(readFileSync(join(dist, "functions.js"), "utf8"), context, { filename: "functions.js" });
  },
  20 * 60 * 1000,
);

test("registers all twelve ids through CustomFunctions.associate", () => {
  expect([...runtime.associated.keys()].sort()).toEqual([...FUNCTION_IDS].sort());
});

test("INNOV_INDEX from the bundle recomputes Table 45 (rows 1-4, 8, 9, 15-18, ±0.001)", () => {
  const { partial, integral, rowNo } = table45();
  const result = runtime.associated.get("INNOV_INDEX")?.(partial, "partial", null, null, null) as number[][];
  rowNo.forEach((no, i) => {
    if ([1, 2, 3, 4, 8, 9, 15, 16, 17, 18].includes(no))
      expect(Math.abs(result[i][0] - integral[i])).toBeLessThanOrEqual(0.001);
  });
});

test("INNOV_ACTIVITY from the bundle reproduces Table 15", () => {
  const rows = table15();
  const result = runtime.associated.get("INNOV_ACTIVITY")?.(
    rows.map((r) => [r[1]]),
    rows.map((r) => [r[0]]),
  ) as number[][];
  rows.forEach((row, i) => expect(Math.round(result[i][0] * 10) / 10).toBe(row[2]));
});

test("errors are CustomFunctions.Error values with a message in Office's display language", () => {
  setDisplayLanguage("ru-RU");
  let error: unknown;
  try {
    runtime.associated.get("DEPRESS_RANK")?.(
      [
        [1, 2],
        [3, 4],
      ],
      [[1]],
      null,
      null,
    );
  } catch (thrown) {
    error = thrown;
  }
  expect(error).toBeInstanceOf(StubCustomFunctionError);
  expect(error).toMatchObject({
    code: "#VALUE!",
    message: "«направления»: неверное число значений. Ожидается: 2. Получено: 1.",
  });
});
