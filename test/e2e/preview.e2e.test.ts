/**
 * End to end in headless Chromium: the built preview, Table 40 selected in the
 * grid, the depressivity classification run from the real pane; the result sheet
 * (computed by the preview's formula engine from live AIMAQ formulas) must equal
 * the core's depressivity on data/table40, and the charts the requested ones.
 * Screenshots of the pane and the charts go to test-artifacts/.
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
    await page.screenshot({ path: path.join(ARTIFACTS, "pane-mapping.png") });

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

    await page.screenshot({ path: path.join(ARTIFACTS, "preview-result.png") });
    await page.locator("[data-testid=charts]").screenshot({ path: path.join(ARTIFACTS, "charts.png") });
    await page.locator("aside").screenshot({ path: path.join(ARTIFACTS, "pane-result.png") });
  }, 180000);
});
