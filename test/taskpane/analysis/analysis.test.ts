import { MemoryWorkbook } from "../../../src/workbook/memory";
import { loadSampleWorkbook } from "../../../src/workbook/sampleData";
import type { CellValue, RangeSnapshot } from "../../../src/workbook/types";
import { detectTable, isRegionTotal } from "../../../src/taskpane/analysis/detect";
import { proposeRole, proposeRoles, suggestInnovationInput } from "../../../src/taskpane/analysis/roles";
import {
  defaultRunOptions,
  describeError,
  runAnalysis,
  PaneError,
  typologyQuadrant,
} from "../../../src/taskpane/analysis/run";
import { sourceReference } from "../../../src/taskpane/analysis/plan";

function snapshot(values: CellValue[][], sheet = "Table 40", row = 0, column = 0): RangeSnapshot {
  return {
    sheet,
    address: "",
    row,
    column,
    values,
    text: values.map((r) => r.map((v) => String(v ?? ""))),
    formulas: values,
  };
}

async function sample(language: "kk" | "ru" | "en", sheetIndex = 0) {
  const workbook = new MemoryWorkbook();
  loadSampleWorkbook(workbook, language);
  const sheets = await workbook.listSheets();
  if (sheetIndex > 0) workbook.select(sheets[sheetIndex], "A1:H21");
  return { workbook, table: detectTable(await workbook.readSelection()) };
}

describe("detectTable", () => {
  test("Table 40: header row 0, names in column A, the region total excluded", async () => {
    const { table } = await sample("ru");
    expect(table.layout.headerRow).toBe(0);
    expect(table.layout.nameColumn).toBe(0);
    expect(table.layout.unitRows).toHaveLength(19);
    expect(table.layout.excludedRows).toEqual([
      { row: 20, name: "Восточно-Казахстанская область (всего)", reason: "total" },
    ]);
    expect(table.layout.dataColumns).toEqual([1, 2, 3, 4, 5, 6]);
  });

  test("a messy table: title rows, names in the second column, decimal commas, x and -, a total row in the middle", () => {
    const table = detectTable(
      snapshot([
        ["Table 13", null, null, null],
        [null, null, null, null],
        ["№", "Аудан", "Жұмыссыздық, %", "Жалақы"],
        [1, "Абай ауданы", "4,8", "92 016"],
        [2, "Облыс бойынша барлығы", "4,8", "140 126"],
        [3, "Алтай ауданы", "x", "128 842"],
        [4, "Аягөз ауданы", "-", "158 913"],
      ]),
    );
    expect(table.layout.headerRow).toBe(2);
    expect(table.layout.nameColumn).toBe(1);
    expect(table.names).toEqual(["Абай ауданы", "Алтай ауданы", "Аягөз ауданы"]);
    expect(table.unitIds).toEqual(["abai", "altai", "ayagoz"]);
    expect(table.layout.excludedRows.map((r) => r.reason)).toEqual(["total"]);
    expect(proposeRoles(table).map((m) => m.role)).toEqual(["ignore", "ignore", "depressivity", "depressivity"]);
  });

  test("region totals in three languages, districts not", () => {
    for (const name of [
      "ШҚО",
      "Облыс бойынша барлығы",
      "ВКО",
      "East Kazakhstan Region (total)",
      "Итого",
      "Шығыс Қазақстан",
    ])
      expect(isRegionTotal(name)).toBe(true);
    for (const name of ["Абай ауданы", "район Алтай", "Ulan district", "г. Семей"])
      expect(isRegionTotal(name)).toBe(false);
  });
});

describe("proposeRole", () => {
  test.each([
    ["Тіркелген жұмыссыздық деңгейі, %", "depressivity", -1],
    ["Уровень безработицы", "depressivity", -1],
    ["Unemployment rate", "depressivity", -1],
    ["Жалпы өлім коэффициенті", "depressivity", -1],
    ["Смертность", "depressivity", -1],
    ["Орташа айлық жалақы", "depressivity", 1],
    ["Среднемесячная заработная плата", "depressivity", 1],
    ["Investment in fixed capital", "depressivity", 1],
    ["Industrial output per 1000", "depressivity", 1],
    ["I_T share of innovative products", "innovation", 1],
    ["Патенты на изобретения", "innovation", 1],
    ["Integral index (published)", "ignore", 1],
    ["ЖӨӨ, млн теңге", "output", 1],
    ["Занятое население, тыс.", "employed", 1],
    ["Fixed assets, mln KZT", "fixedAssets", 1],
  ])("%s → %s %d", (header, role, direction) => {
    expect(proposeRole(header)).toMatchObject({ role, direction });
  });

  test("unknown headers: depressivity ↑ with low confidence", () => {
    expect(proposeRole("Something")).toEqual({ role: "depressivity", direction: 1, confidence: "low" });
  });
});

describe("runAnalysis on Table 40", () => {
  test("depressivity: partial scores match the methodology's R-check table and the score is 1 − their mean", async () => {
    const { table } = await sample("en");
    const result = await runAnalysis(table, proposeRoles(table), {
      ...defaultRunOptions("depressivity", "en"),
      mode: "values",
    });
    const abai = result.units[0];
    // R-check of M5 inputs: Abai Y1..Y6 = 0.556 0.812 0.078 0.014 0.044 0.045.
    expect(abai.partial.map((y) => Number((y as number).toFixed(3)))).toEqual([
      0.556, 0.812, 0.078, 0.014, 0.044, 0.045,
    ]);
    for (const unit of result.units) {
      const mean = unit.partial.reduce((a, y) => (a as number) + (y as number), 0) as number;
      expect(unit.value).toBeCloseTo(1 - mean / 6, 12);
    }
    // Hand check of the extremes: Tarbagatai (Y = 0, 0.740, 0.001, 0.007, 0.026, 0.158) is the most depressed, Ayagoz the least.
    const byRank = [...result.units].sort((a, b) => (a.rank as number) - (b.rank as number));
    expect(byRank[0].name).toBe("Tarbagatai district");
    expect(byRank[18].name).toBe("Ayagoz district");
    expect(byRank[0].label).toBe("Very high");
    // Under the geometric variants Urzhar, with two zero partial scores (Y4 = Y5 = 0) floored at ε, overtakes Tarbagatai (one zero).
    expect(result.stability.find((s) => s.name === "Tarbagatai district")).toEqual({
      name: "Tarbagatai district",
      minRank: 1,
      maxRank: 2,
    });
    expect(result.stability.find((s) => s.name === "Urzhar (Urdzhar) district")?.minRank).toBe(1);
  });

  test("formula mode writes AIMAQ formulas with sheet-quoted absolute references and unit numbers, names as text", async () => {
    const { table } = await sample("kk");
    const result = await runAnalysis(table, proposeRoles(table), defaultRunOptions("depressivity", "kk"));
    const row = result.plan.blocks[0].cells[3];
    expect(row[0]).toEqual({ text: "Аягөз ауданы" });
    expect(row[7]).toMatchObject({
      formula: "=AIMAQ.DEPRESS_SCORE('40-кесте'!$B$2:$G$20,{-1,-1,1,1,1,1},{1,1,1,1,1,1},3)",
    });
    expect(row[1]).toMatchObject({ formula: "=INDEX(AIMAQ.NORMALIZE('40-кесте'!$B$2:$B$20,-1),3)" });
    expect(result.plan.createSheet).toBe(true);
    expect(result.plan.charts.map((c) => c.kind)).toEqual(["bar", "column"]);
  });

  test("rows that are not contiguous are chosen with CHOOSEROWS", () => {
    const table = detectTable(
      snapshot(
        [
          ["Name", "X"],
          ["A", 1],
          ["Total", 2],
          ["B", 3],
        ],
        "O'Brien data",
        4,
        1,
      ),
    );
    expect(sourceReference(table, [1])).toBe("CHOOSEROWS('O''Brien data'!$C$6:$C$8,1,3)");
  });

  test("names beginning with =, +, -, @ are written as text", async () => {
    const names = ["=cmd|' /C calc'!A0", "+1", "-2", "@SUM(A1)"];
    const table = detectTable(
      snapshot([["Name", "Unemployment", "Wage"], ...names.map((n, i) => [n, i + 1, 10 * (i + 1)])]),
    );
    expect(table.names).toEqual(names);
    const result = await runAnalysis(table, proposeRoles(table), defaultRunOptions("depressivity", "en"));
    expect(result.plan.blocks[0].cells.slice(1).map((r) => r[0])).toEqual(names.map((text) => ({ text })));
  });

  test("a bad cell is reported with its address and how to fix it", async () => {
    const table = detectTable(
      snapshot([
        ["Name", "Wage"],
        ["A", 1],
        ["B", "abc"],
        ["C", 3],
      ]),
    );
    const error = await runAnalysis(table, proposeRoles(table), defaultRunOptions("depressivity", "ru")).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(PaneError);
    expect(describeError(error, "ru")).toBe(
      "В ячейке Table 40!B3 «abc» — это не число. Исправьте или очистите её; x, -, н/д допускаются.",
    );
  });
});

describe("other methods", () => {
  test("innovation index of Table 45's partial indices reproduces the published rows (geometric mean, ε = 1e-5)", async () => {
    const { table } = await sample("en", 1);
    const mapping = proposeRoles(table);
    expect(suggestInnovationInput(table, mapping)).toBe("partial");
    const result = await runAnalysis(table, mapping, {
      ...defaultRunOptions("innovation", "en"),
      innovationInput: "partial",
    });
    const published: Record<string, number> = {
      "Oskemen (Ust-Kamenogorsk) city": 0.414,
      "Kurchatov city": 0.083,
      "Ridder city": 0.005,
      "Urzhar (Urdzhar) district": 0.265,
    };
    for (const [name, value] of Object.entries(published)) {
      expect(Math.abs((result.units.find((u) => u.name === name)?.value as number) - value)).toBeLessThanOrEqual(0.001);
    }
  });

  test("labour productivity from Table 25 columns mapped by hand", async () => {
    const table = detectTable(
      snapshot([
        ["Unit", "GRP", "Employed"],
        ["A", 500, 20],
        ["B", 300, 0],
        ["C", 90, 3],
      ]),
    );
    const result = await runAnalysis(table, proposeRoles(table), {
      ...defaultRunOptions("productivity", "en"),
      mode: "values",
    });
    expect(result.units.map((u) => u.value)).toEqual([25, null, 30]);
    expect(result.units.map((u) => u.rank)).toEqual([2, null, 1]);
    expect(result.messages.map((m) => m.id)).toContain("notPositive");
    expect(result.plan.blocks[0].cells[2][1]).toEqual({ formula: "=NA()" });
  });

  test("typology quadrants at the thresholds", () => {
    const t = { depressivity: 0.5, innovation: 0.3 };
    expect([
      typologyQuadrant(0.8, 0.1, t),
      typologyQuadrant(0.5, 0.3, t),
      typologyQuadrant(0.2, 0.1, t),
      typologyQuadrant(0.2, 0.9, t),
    ]).toEqual([1, 2, 3, 4]);
  });

  test("a 2,000 × 20 table runs to the end with progress reports", async () => {
    const rows: CellValue[][] = [["Name", ...Array.from({ length: 20 }, (_, c) => `Wage ${c}`)]];
    for (let r = 0; r < 2000; r++)
      rows.push([`Unit ${r}`, ...Array.from({ length: 20 }, (_, c) => ((r * 7919 + c * 104729) % 1000) + 1)]);
    const table = detectTable(snapshot(rows));
    const progress: number[] = [];
    const result = await runAnalysis(table, proposeRoles(table), defaultRunOptions("depressivity", "en"), (f) =>
      progress.push(f),
    );
    expect(result.units).toHaveLength(2000);
    expect(progress[progress.length - 1]).toBe(1);
    expect(progress.length).toBeGreaterThanOrEqual(3);
    expect(result.units.every((u) => u.value !== null && Number.isFinite(u.value))).toBe(true);
  });
});
