/**
 * End to end in headless Chromium: the built preview, Table 40 selected in the
 * grid, the depressivity classification run from the real pane; the result sheet
 * (computed by the preview's formula engine from live AIMAQ formulas) must equal
 * the core's depressivity on data/table40, and the charts the requested ones; then
 * the typology on the sample sheet joining Tables 40 and 45 (scatter with labels
 * and quadrant lines), and the pane in Kazakh and Russian. Screenshots of the pane
 * (one per language: pane-<lang>-….png, for that language's guide) and of the
 * charts go to test-artifacts/; one webpack build serves every test.
 */
import * as fs from "fs";
import * as path from "path";
import { chromium, type Browser, type Page } from "playwright-core";
import { depressivity, parseTable } from "../../src/core";
import type { ChartRequest, CellValue } from "../../src/workbook/types";
import { ARTIFACTS, CHROMIUM, CHROMIUM_ARGS, ROOT, buildWithWebpack, chromiumAvailable, serveFolder } from "./harness";

const available = chromiumAvailable();
const describeWithBrowser = available ? describe : describe.skip;

/** Table 40 as published: the 19 units (region total left out), English names, six indicators. */
function table40() {
  const lines = fs
    .readFileSync(path.join(ROOT, "data/table40_socioeconomic_indicators.csv"), "utf8")
    .trim()
    .split("\n");
  const header = lines[0].split(",");
  const records = lines.slice(1).map((line) => Object.fromEntries(line.split(",").map((v, i) => [header[i], v])));
  const units = records.filter((r) => r.unit_type !== "region");
  const columns = header.filter((h) => /^X\d_/.test(h));
  return { names: units.map((r) => r.name_en), values: parseTable(units.map((r) => columns.map((c) => r[c]))) };
}

describeWithBrowser("preview in headless Chromium", () => {
  let server: Awaited<ReturnType<typeof serveFolder>>;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    const folder = await buildWithWebpack({ preview: true }, "development");
    server = await serveFolder(folder);
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
    page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    fs.mkdirSync(ARTIFACTS, { recursive: true });
  }, 600000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  test("select Table 40, run the depressivity classification, get the core's ranks and the charts", async () => {
    const errors: string[] = [];
    page.on("pageerror", (error) => errors.push(error.message));
    await page.goto(`${server.url}/preview.html?lang=en`);
    await page.getByRole("tab", { name: "Table 40" }).click();
    await page.getByTestId("address-box").fill("A1:G21");
    await page.getByTestId("address-box").press("Enter");
    await page.getByTestId("read").click();
    await page.getByTestId("detected").waitFor();
    expect(await page.getByTestId("detected").textContent()).toBe("19 districts, 6 indicator columns");
    await page.locator("aside").screenshot({ path: path.join(ARTIFACTS, "pane-en-1-mapping.png") });

    await page.getByTestId("run").click();
    await page.getByTestId("notice-success").waitFor({ timeout: 60000 });
    // The formula engine recomputes after the write; wait until the rank column has numbers.
    await page.waitForFunction(() => {
      const wb = (
        window as unknown as { aimaqPreview: { workbook: { displayValue(s: string, r: number, c: number): unknown } } }
      ).aimaqPreview.workbook;
      return typeof wb.displayValue("Aimaq", 1, 8) === "number";
    });

    const sheet = await page.evaluate(() => {
      const wb = (
        window as unknown as {
          aimaqPreview: {
            workbook: {
              displayValue(s: string, r: number, c: number): unknown;
              chartsOf(s: string): unknown[];
            };
          };
        }
      ).aimaqPreview.workbook;
      const rows: unknown[][] = [];
      for (let r = 0; r < 20; r++) rows.push(Array.from({ length: 12 }, (_, c) => wb.displayValue("Aimaq", r, c)));
      return { rows, charts: wb.chartsOf("Aimaq") };
    });
    const rows = sheet.rows as CellValue[][];
    const charts = sheet.charts as ChartRequest[];
    const header = rows[0];
    const score = header.indexOf("Depressivity score");
    const rank = header.indexOf("Rank");
    const label = header.indexOf("Class label");
    const { names, values } = table40();
    const core = depressivity(values, { directions: [-1, -1, 1, 1, 1, 1] });
    const labels = ["Lowest", "Low", "Medium", "High", "Very high"];
    names.forEach((name, i) => {
      const row = rows.find((r) => r[0] === name);
      expect(row).toBeDefined();
      expect(row?.[score] as number).toBeCloseTo(core.score[i] as number, 9);
      expect(row?.[rank]).toBe(core.rank[i]);
      expect(row?.[label]).toBe(labels[(core.level[i] as number) - 1]);
    });

    const bar = charts.find((c) => c.kind === "bar");
    expect(bar?.series[0].pointColors).toHaveLength(19);
    expect(charts.map((c) => c.kind).sort()).toEqual(["bar", "column"]);
    expect(await page.locator("[data-testid=charts] svg").count()).toBe(charts.length);
    expect(errors).toEqual([]);

    await page.locator("[data-testid=charts]").screenshot({ path: path.join(ARTIFACTS, "results-charts.png") });
    await page.locator("[data-testid=result]").screenshot({ path: path.join(ARTIFACTS, "pane-en-2-result.png") });
  }, 180000);

  test("typology on Tables 40+45: a scatter of the 19 districts with labels and quadrant lines", async () => {
    await page.getByRole("tab", { name: "Tables 40+45" }).click();
    await page.getByTestId("address-box").fill("A1:M21");
    await page.getByTestId("address-box").press("Enter");
    await page.getByTestId("read").click();
    await page.getByText("19 districts, 12 indicator columns").waitFor();
    await page.getByTestId("method-typology").click();
    await page.getByTestId("sheet-name").fill("Typology");
    await page.getByTestId("run").click();
    await page.getByText("Written to sheet “Typology”", { exact: false }).waitFor({ timeout: 60000 });
    const charts = (await page.evaluate(() =>
      (
        window as unknown as { aimaqPreview: { workbook: { chartsOf(s: string): unknown[] } } }
      ).aimaqPreview.workbook.chartsOf("Typology"),
    )) as ChartRequest[];
    const scatter = charts.find((c) => c.kind === "scatter");
    expect(scatter).toBeDefined();
    const points = (scatter as ChartRequest).series.filter((series) => !series.line);
    expect(points.flatMap((series) => series.pointLabels ?? [])).toHaveLength(19);
    expect(points.flatMap((series) => series.pointLabels ?? [])).toContain("Tarbagatai district");
    expect((scatter as ChartRequest).series.filter((series) => series.line)).toHaveLength(2);
    const svg = page.locator(`[data-testid=charts] svg[aria-label="${(scatter as ChartRequest).title}"]`);
    expect(await svg.locator("circle").count()).toBe(19);
    // Point labels inside the chart, none overlapping another; most districts keep theirs.
    const boxes = await svg.evaluate((element) => {
      const frame = element.getBoundingClientRect();
      return Array.from(element.querySelectorAll("g[data-series] text"), (text) => {
        const box = text.getBoundingClientRect();
        return {
          left: box.left - frame.left,
          top: box.top - frame.top,
          right: box.right - frame.left,
          bottom: box.bottom - frame.top,
          width: frame.width,
        };
      });
    });
    expect(boxes.length).toBeGreaterThanOrEqual(12);
    for (const [i, a] of boxes.entries()) {
      expect(a.left).toBeGreaterThanOrEqual(0);
      expect(a.right).toBeLessThanOrEqual(a.width);
      for (const b of boxes.slice(i + 1)) {
        const overlap =
          a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5;
        expect(overlap).toBe(false);
      }
    }
    await svg.screenshot({ path: path.join(ARTIFACTS, "typology.png") });
  }, 180000);

  test.each([
    ["kk", "40-кесте"],
    ["ru", "Таблица 40"],
  ])(
    "the pane in %s, for that language's guide",
    async (language, sheet) => {
      await page.goto(`${server.url}/preview.html?lang=${language}`);
      await page.getByRole("tab", { name: sheet }).click();
      await page.getByTestId("address-box").fill("A1:G21");
      await page.getByTestId("address-box").press("Enter");
      await page.getByTestId("read").click();
      await page.getByTestId("detected").waitFor();
      await page.locator("aside").screenshot({ path: path.join(ARTIFACTS, `pane-${language}-1-mapping.png`) });
    },
    60000,
  );
});
