/** @jest-environment jsdom */
/**
 * The task pane against the memory workbook: what a user sees and what lands in
 * the workbook, in each language, including failures and hostile names.
 */
import * as fs from "fs";
import * as path from "path";
import { deserialize, serialize } from "v8";
import { act, cleanup, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { webLightTheme } from "@fluentui/react-components";
import { depressivity, innovationIndex, laborProductivity, parseTable } from "../../src/core";
import { LANGUAGES, type Language } from "../../src/i18n/language";
import { paneStrings } from "../../src/i18n/pane";
import { App } from "../../src/taskpane/App";
import { MemoryWorkbook } from "../../src/workbook/memory";
import { loadSampleWorkbook } from "../../src/workbook/sampleData";
import type { CellValue } from "../../src/workbook/types";

/**
 * jsdom lacks two things browsers have: ResizeObserver (Fluent's MessageBar reflows
 * long messages with it) and structuredClone (the memory workbook's rollback copy).
 */
beforeAll(() => {
  Object.assign(window, {
    structuredClone: <T,>(value: T): T => deserialize(serialize(value)),
    ResizeObserver: class {
      observe() {}
      unobserve() {}
      disconnect() {}
    },
  });
});
afterEach(cleanup);

/** Renders the pane over `workbook`, by default a fresh one with the sample sheets (Table 40 selected). */
function setup(language: Language = "en", workbook?: MemoryWorkbook) {
  if (!workbook) {
    workbook = new MemoryWorkbook();
    loadSampleWorkbook(workbook, language);
  }
  render(<App adapter={workbook} initialLanguage={language} theme={webLightTheme} />);
  return workbook;
}

async function readSelection() {
  await act(async () => fireEvent.click(screen.getByTestId("read")));
}

async function runAndWait(kind: "success" | "error") {
  await act(async () => fireEvent.click(screen.getByTestId("run")));
  return waitFor(() => screen.getByTestId(`notice-${kind}`), { timeout: 20000 });
}

/** Every cell of a sheet as a 2-D array of stored values ("" where empty). */
function sheetValues(workbook: MemoryWorkbook, sheet: string): CellValue[][] {
  const cells = workbook.getSheet(sheet)?.cells ?? [];
  return Array.from(cells, (row) => Array.from(row ?? [], (cell) => cell?.value ?? ""));
}

/** Table 40 as published: the 19 units (region total left out) and the six indicators. */
function table40() {
  const lines = fs.readFileSync(path.join(__dirname, "../../data/table40_socioeconomic_indicators.csv"), "utf8").trim().split("\n");
  const header = lines[0].split(",");
  const records = lines.slice(1).map((line) => Object.fromEntries(line.split(",").map((v, i) => [header[i], v])));
  const units = records.filter((r) => r.unit_type !== "region");
  const columns = header.filter((h) => /^X\d_/.test(h));
  return { names: units.map((r) => r.name_en), values: parseTable(units.map((r) => columns.map((c) => r[c]))) };
}

/** Records of a data CSV (no quoted fields), units only (region total left out). */
function csvUnits(file: string): Record<string, string>[] {
  const lines = fs.readFileSync(path.join(__dirname, "../../data", file), "utf8").trim().split("\n");
  const header = lines[0].split(",");
  return lines
    .slice(1)
    .map((line) => Object.fromEntries(line.split(",").map((v, i) => [header[i], v])))
    .filter((r) => r.unit_type !== "region");
}

describe("task pane over the memory workbook", () => {
  test("reads the selected Table 40 and shows what it detected, with the region total left out", async () => {
    setup("en");
    await readSelection();
    expect(screen.getByTestId("source").textContent).toBe("Source: Table 40!A1:G21");
    expect(screen.getByTestId("detected").textContent).toBe("19 districts, 6 indicator columns");
    expect(screen.getByTestId("excluded").textContent).toContain("East Kazakhstan Region (total)");
    expect((screen.getByTestId("header-row") as HTMLSelectElement).value).toBe("0");
  });

  test.each(LANGUAGES)("proposes roles and directions from the %s headers", async (language) => {
    setup(language);
    await readSelection();
    const strings = paneStrings(language);
    // Unemployment and mortality: lower is better; wage, output, investment, turnover: higher is better.
    const expected = [-1, -1, 1, 1, 1, 1];
    expected.forEach((direction, i) => {
      const select = screen.getByTestId(`direction-${i + 1}`) as HTMLSelectElement;
      expect(Number(select.value)).toBe(direction);
      expect(select.selectedOptions[0].textContent).toBe(direction === 1 ? strings.direction.up : strings.direction.down);
      expect((screen.getByTestId(`role-${i + 1}`) as HTMLSelectElement).value).toBe("depressivity");
    });
  });

  test("writes the depressivity classification as values equal to the core's on Table 40", async () => {
    const workbook = setup("en");
    await readSelection();
    fireEvent.click(screen.getByTestId("values-only"));
    const notice = await runAndWait("success");
    expect(notice.textContent).toMatch(/^Written to sheet “Aimaq”/);

    const rows = sheetValues(workbook, "Aimaq");
    const header = rows[0];
    const rankColumn = header.indexOf("Rank");
    const scoreColumn = header.indexOf("Depressivity score");
    expect(rankColumn).toBeGreaterThan(0);
    const { names, values } = table40();
    const core = depressivity(values, { directions: [-1, -1, 1, 1, 1, 1] });
    names.forEach((name, i) => {
      const row = rows.find((r) => r[0] === name);
      expect(row).toBeDefined();
      expect(row?.[rankColumn]).toBe(core.rank[i]);
      expect(row?.[scoreColumn] as number).toBeCloseTo(core.score[i] as number, 12);
    });
    // Tarbagatai is the most depressed unit of Table 40 under this mapping.
    expect(rows.find((r) => r[rankColumn] === 1)?.[0]).toBe("Tarbagatai district");
    expect(workbook.chartsOf("Aimaq").map((c) => c.kind)).toEqual(expect.arrayContaining(["bar"]));
    // The pane lists every district with its class and rank range, and the policy caption.
    expect(within(screen.getByTestId("result")).getAllByRole("row")).toHaveLength(20);
    expect(screen.getByTestId("policy-caption").textContent).toMatch(/^Suggested reading of the methodology/);
  });

  test("writes live AIMAQ formulas by default", async () => {
    const workbook = setup("en");
    await readSelection();
    await runAndWait("success");
    const sheet = workbook.getSheet("Aimaq");
    const formulas = (sheet?.cells ?? []).flatMap((row) => (row ?? []).map((c) => c?.formula ?? ""));
    expect(formulas.some((f) => f.startsWith("=AIMAQ.DEPRESS_SCORE("))).toBe(true);
    expect(formulas.some((f) => f.includes("AIMAQ.CLASSIFY("))).toBe(true);
  });

  test.each(["innovation", "classify"] as const)("writes the %s method to a new sheet", async (method) => {
    const workbook = setup("en");
    if (method === "innovation") workbook.select("Table 45", "A1:G20");
    await readSelection();
    fireEvent.click(screen.getByTestId(`method-${method}`));
    fireEvent.click(screen.getByTestId("values-only"));
    await runAndWait("success");
    expect(workbook.getSheet("Aimaq")).toBeDefined();
    expect(workbook.chartsOf("Aimaq").length).toBeGreaterThan(0);
  });

  test("a selection of one cell gets a message saying to select the whole table", async () => {
    const workbook = setup("en");
    workbook.select("Table 40", "B2");
    await readSelection();
    const run = screen.queryByTestId("run");
    if (run) await runAndWait("error");
    expect(screen.getByTestId("notice-error").textContent).toMatch(/At least two districts are needed|selection is empty/);
    expect(await workbook.listSheets()).toEqual(["Table 40", "Table 45", "Table 15", "Table 25", "Tables 40+45"]);
  });

  test.each(["createSheet", "write", "chart"] as const)(
    "a failure while %s leaves the workbook as it was and says so in the user's language",
    async (step) => {
      const workbook = setup("ru");
      const before = sheetValues(workbook, "Таблица 40");
      const sheets = await workbook.listSheets();
      await readSelection();
      workbook.failAt(step);
      const notice = await runAndWait("error");
      expect(notice.textContent).toContain(paneStrings("ru").step[step]);
      expect(notice.textContent).toContain("книга осталась без изменений");
      expect(await workbook.listSheets()).toEqual(sheets);
      expect(sheetValues(workbook, "Таблица 40")).toEqual(before);
    },
  );

  test("names that begin with =, +, - or @ are written as text, never as formulas", async () => {
    const workbook = new MemoryWorkbook();
    const hostile = ["=HYPERLINK(\"http://x\")", "+1+1", "-2", "@SUM(A1)"];
    workbook.loadSheet("Data", [
      ["District", "Unemployment, %", "Wage"],
      ...hostile.map((name, i): CellValue[] => [name, 4 + i, 100 + 10 * i]),
    ]);
    workbook.select("Data", "A1:C5");
    setup("en", workbook);
    await readSelection();
    fireEvent.click(screen.getByTestId("values-only"));
    await runAndWait("success");
    const sheet = workbook.getSheet("Aimaq");
    for (const name of hostile) {
      const cell = sheet?.cells.flatMap((row) => row ?? []).find((c) => c?.value === name);
      expect(cell).toBeDefined();
      expect(cell?.formula).toBeUndefined();
      expect(cell?.isText).toBe(true);
    }
    // React renders them as text too.
    expect(within(screen.getByTestId("result")).getByText("=HYPERLINK(\"http://x\")")).toBeTruthy();
  });

  test("the language switch changes every string of the pane", async () => {
    setup("en");
    await readSelection();
    expect(screen.getByRole("heading", { name: "1. Table" })).toBeTruthy();
    fireEvent.change(screen.getByTestId("language"), { target: { value: "kk" } });
    const kk = paneStrings("kk");
    expect(screen.getByRole("heading", { name: kk.ui.tableStep })).toBeTruthy();
    expect(screen.getByTestId("run").textContent).toBe(kk.ui.run);
    expect((screen.getByTestId("direction-1") as HTMLSelectElement).selectedOptions[0].textContent).toBe(kk.direction.down);
  });

  test("“Activate formulas” turns the AIMAQ texts of every sheet into formulas and says how many", async () => {
    const workbook = new MemoryWorkbook();
    workbook.loadSheet("M2 Activity", [
      ["District", "Enterprises", "Innovating", "AIMAQ", "Generated"],
      ["Abai", 8, 1, "=AIMAQ.INNOV_ACTIVITY(C2,B2)", 12.5],
      ["=HYPERLINK(\"http://x\")", 10, 2, "=cmd|' /C calc'!A0", 20],
    ]);
    workbook.loadSheet("M5", [["=AIMAQ.NORMALIZE(B2:B3)"]]);
    setup("en", workbook);
    // Shown before any table is read.
    await act(async () => fireEvent.click(screen.getByTestId("activate-formulas")));
    const notice = await waitFor(() => screen.getByTestId("activate-result"));
    expect(notice.textContent).toBe("AIMAQ formulas activated: 2 (sheets: M2 Activity, M5).");
    expect(workbook.cellAt("M2 Activity", 1, 3)?.formula).toBe("=AIMAQ.INNOV_ACTIVITY(C2,B2)");
    expect(workbook.cellAt("M5", 0, 0)?.formula).toBe("=AIMAQ.NORMALIZE(B2:B3)");
    expect(workbook.cellAt("M2 Activity", 2, 0)?.formula).toBeUndefined();
    expect(workbook.cellAt("M2 Activity", 2, 3)?.formula).toBeUndefined();
    expect(workbook.cellAt("M2 Activity", 1, 4)?.value).toBe(12.5);
  });

  test("“Activate formulas” on a workbook without AIMAQ texts says so; a failure says the workbook is unchanged", async () => {
    const workbook = setup("ru");
    const ru = paneStrings("ru").ui;
    expect(screen.getByTestId("activate-formulas").textContent).toBe("Активировать формулы");
    await act(async () => fireEvent.click(screen.getByTestId("activate-formulas")));
    expect((await waitFor(() => screen.getByTestId("activate-result"))).textContent).toBe(ru.nothingToActivate);
    workbook.loadSheet("M5", [["=AIMAQ.NORMALIZE(B2:B3)"]]);
    workbook.failAt("write");
    await act(async () => fireEvent.click(screen.getByTestId("activate-formulas")));
    const error = await waitFor(() => screen.getByTestId("activate-error"));
    expect(error.textContent).toContain("книга осталась без изменений");
    expect(workbook.cellAt("M5", 0, 0)).toEqual({ value: "=AIMAQ.NORMALIZE(B2:B3)" });
  });

  test("the typology through the pane: quadrants of the core's score and index against thresholds typed in", async () => {
    const workbook = setup("en");
    workbook.select("Tables 40+45", "A1:M21");
    await readSelection();
    expect(screen.getByTestId("detected").textContent).toBe("19 districts, 12 indicator columns");
    fireEvent.click(screen.getByTestId("method-typology"));
    fireEvent.click(screen.getByTestId("values-only"));
    fireEvent.change(screen.getByTestId("depressivity-threshold"), { target: { value: "0,6" } });
    fireEvent.change(screen.getByTestId("innovation-threshold"), { target: { value: "0.05" } });
    await runAndWait("success");

    const rows = sheetValues(workbook, "Aimaq");
    const header = rows[0];
    const scoreColumn = header.indexOf("Depressivity score");
    const indexColumn = header.indexOf("Innovation index");
    const typeColumn = header.indexOf("Type");
    expect(Math.min(scoreColumn, indexColumn, typeColumn)).toBeGreaterThan(0);
    const t40 = table40();
    const t45 = new Map(csvUnits("table45_innovation_indices.csv").map((r) => [r.name_en, r]));
    const dep = depressivity(t40.values, { directions: [-1, -1, 1, 1, 1, 1] });
    const partial = parseTable(t40.names.map((n) => ["I_T", "I_O", "I_TO", "I_TP", "I_PO", "I_PP"].map((f) => t45.get(n)?.[f] ?? "")));
    const inn = innovationIndex(partial, { input: "partial", aggregation: "geometric", zeroFloor: 1e-5 });
    const quadrants = paneStrings("en").quadrant;
    const labels = [
      quadrants.depressedNotInnovating,
      quadrants.depressedInnovating,
      quadrants.notDepressedNotInnovating,
      quadrants.notDepressedInnovating,
    ];
    const seen = new Set<number>();
    t40.names.forEach((name, i) => {
      const row = rows.find((r) => r[0] === name);
      const score = dep.score[i] as number;
      const index = inn.index[i] as number;
      expect(row?.[scoreColumn] as number).toBeCloseTo(score, 12);
      expect(row?.[indexColumn] as number).toBeCloseTo(index, 12);
      const quadrant = score >= 0.6 ? (index >= 0.05 ? 2 : 1) : index >= 0.05 ? 4 : 3;
      seen.add(quadrant);
      expect(row).toContain(labels[quadrant - 1]);
    });
    expect(seen.size).toBeGreaterThan(1);
    const scatter = workbook.chartsOf("Aimaq").find((c) => c.kind === "scatter");
    expect(scatter?.series[0].pointLabels).toHaveLength(19);
    expect(scatter?.series.filter((series) => series.line)).toHaveLength(2);
  });

  test("labour productivity through the pane equals the core's output ÷ employed for every district", async () => {
    const workbook = setup("en");
    workbook.select("Table 25", "A1:E21");
    await readSelection();
    // Table 25 has no GRP: fixed assets as the output give the capital-labour ratio (mln KZT per thousand employed).
    fireEvent.change(screen.getByTestId("role-3"), { target: { value: "output" } });
    fireEvent.change(screen.getByTestId("role-1"), { target: { value: "ignore" } });
    fireEvent.change(screen.getByTestId("role-4"), { target: { value: "ignore" } });
    fireEvent.click(screen.getByTestId("method-productivity"));
    fireEvent.click(screen.getByTestId("values-only"));
    await runAndWait("success");
    const rows = sheetValues(workbook, "Aimaq");
    const column = rows[0].indexOf("Labour productivity");
    expect(column).toBeGreaterThan(0);
    const units = csvUnits("table25_resources_2020.csv");
    expect(units).toHaveLength(19);
    for (const unit of units) {
      const row = rows.find((r) => r[0] === unit.name_en);
      const expected = laborProductivity(Number(unit.fixed_assets_mln_kzt), Number(unit.employed_population_thous));
      expect(row?.[column] as number).toBeCloseTo(expected, 12);
    }
    // Abai: 2,848 mln KZT ÷ 6.8 thousand employed.
    expect(rows.find((r) => r[0] === "Abai district")?.[column] as number).toBeCloseTo(2848 / 6.8, 9);
  });
});
