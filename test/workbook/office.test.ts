/**
 * The Office adapter against office-addin-mock objects: a small fake workbook
 * whose ranges, sheets and charts are OfficeMockObjects (so reading a property
 * before load + sync fails as in Office), with a context that counts syncs and
 * can fail at a chosen step.
 */
import { OfficeMockObject } from "office-addin-mock";

// office-addin-mock needs only the OfficeApp names of office-addin-manifest, whose dependencies are ES modules jest cannot load.
jest.mock("office-addin-manifest", () => ({ OfficeApp: { Excel: "excel", Outlook: "outlook", Word: "word" } }));
import { OfficeWorkbook, officeFormula, stepOfLocation } from "../../src/workbook/office";
import { WorkbookError, type WorkbookStep } from "../../src/workbook/types";
import { PLAN, workbookContract } from "./contract";

interface Fake {
  adapter: OfficeWorkbook;
  syncs: number[];
  sheets: string[];
  log: string[];
  writes: Map<string, OfficeMockObject>;
  charts: string[];
}

const DATA = [
  ["District", "X1"],
  ["Abai", 4.8],
  ["Altai", "4,4"],
];

/** A fake Excel with sheet "Data"; `fail` makes the named operation throw (or the second sync reject, for "sync"). */
function fakeExcel(fail?: WorkbookStep | "sync"): Fake {
  const fake: Fake = {
    adapter: null as unknown as OfficeWorkbook,
    syncs: [],
    sheets: ["Data"],
    log: [],
    writes: new Map(),
    charts: [],
  };
  const objects: OfficeMockObject[] = [];
  let syncCount = 0;
  let actionSyncs = 0;
  const mock = (data: object) => {
    const object = new OfficeMockObject(data as never);
    objects.push(object);
    return object;
  };
  const thrower =
    (step: WorkbookStep, name: string, f: (...args: unknown[]) => unknown) =>
    (...args: unknown[]) => {
      fake.log.push(name);
      if (fail === step) throw new Error(`${name} failed`);
      return f(...args);
    };
  const range = (sheet: string, address: string) => {
    const key = `${sheet}!${address}`;
    const r = mock({
      address: key,
      rowIndex: 0,
      columnIndex: 0,
      values: sheet === "Data" ? DATA : [[""]],
      text: sheet === "Data" ? DATA.map((row) => row.map(String)) : [[""]],
      formulas: sheet === "Data" ? DATA : [[""]],
      numberFormat: [["General"]],
      getCellProperties: () => ({ value: [[{ format: { fill: { color: "#FFFFFF" } } }]] }),
      getColumnProperties: () => ({ value: [{ format: { columnWidth: 48 } }] }),
      setCellProperties: thrower("format", "setCellProperties", () => undefined),
      setColumnProperties: (props: unknown) => fake.log.push(`setColumnProperties ${JSON.stringify(props)}`),
      getEntireColumn: () => mock({ format: { columnWidth: 48 } }),
      getIntersectionOrNullObject: () => range(sheet, "A1:B3"),
    });
    // Office answers isNullObject after a sync without a load; the mock would ask for one.
    r.isNullObject = false;
    fake.writes.set(key, r);
    return r;
  };
  const chartSeries = () =>
    mock({
      name: "",
      chartType: "",
      markerBackgroundColor: "",
      setValues: () => undefined,
      setXAxisValues: () => undefined,
      format: { fill: { setSolidColor: () => undefined }, line: { color: "" } },
      points: {
        getItemAt: () =>
          mock({
            hasDataLabel: false,
            markerBackgroundColor: "",
            markerForegroundColor: "",
            dataLabel: { text: "" },
            format: { fill: { setSolidColor: (c: string) => fake.log.push(`point ${c}`) } },
          }),
      },
    });
  const worksheet = (name: string) => {
    const sheet = mock({
      name,
      getRange: (address: string) => range(name, address),
      getRangeByIndexes: () => range(name, "A1"),
      getUsedRange: () => range(name, "A1:B3"),
      activate:
        name === "Data"
          ? () => fake.log.push("activate Data")
          : thrower("activate", `activate ${name}`, () => undefined),
      delete: () => {
        fake.log.push(`delete ${name}`);
        fake.sheets = fake.sheets.filter((s) => s !== name);
      },
      charts: {
        items: [],
        add: thrower("chart", "charts.add", (type: unknown) => {
          fake.charts.push(String(type));
          return mock({
            title: { text: "" },
            axes: {
              categoryAxis: { title: { text: "" }, reversePlotOrder: false },
              valueAxis: { title: { text: "" } },
            },
            legend: { visible: true },
            width: 0,
            height: 0,
            setPosition: () => undefined,
            series: { getItemAt: chartSeries, add: chartSeries },
          });
        }),
      },
    });
    sheet.isNullObject = !fake.sheets.includes(name);
    sheet.charts.load = () => sheet.charts;
    sheet.charts.items = [];
    return sheet;
  };
  const worksheets = mock({
    items: [],
    getItem: (name: string) => worksheet(name),
    getItemOrNullObject: (name: string) => worksheet(name),
    getActiveWorksheet: () => worksheet("Data"),
    add: thrower("createSheet", "worksheets.add", (name: unknown) => {
      fake.sheets.push(String(name));
      return worksheet(String(name));
    }),
  });
  // A collection's items are answered after a sync (see context.sync below).
  worksheets.load = () => worksheets;
  worksheets.items = [];
  const context = {
    workbook: { worksheets, getSelectedRange: () => range("Data", "A1:B3") },
    sync: async () => {
      syncCount++;
      actionSyncs++;
      if (fail === "sync" && syncCount === 2) {
        throw Object.assign(new Error("write failed"), { debugInfo: { errorLocation: "Range.formulas" } });
      }
      for (const object of objects) await object.sync();
      worksheets.items = fake.sheets.map((name) => ({ name }));
    },
  };
  fake.adapter = new OfficeWorkbook(async (batch) => {
    actionSyncs = 0;
    try {
      return await batch(context as unknown as Excel.RequestContext);
    } finally {
      fake.syncs.push(actionSyncs);
    }
  });
  return fake;
}

workbookContract("OfficeWorkbook (office-addin-mock)", { create: () => fakeExcel().adapter });

describe("OfficeWorkbook", () => {
  test("a plan is written in two syncs: formulas with text as text, formats, widths, charts with point colours", async () => {
    const fake = fakeExcel();
    await fake.adapter.applyOutput(PLAN);
    expect(fake.syncs).toEqual([2]);
    const written = fake.writes.get("Out!A1:B3") as OfficeMockObject;
    expect(written.formulas).toEqual([
      ["'Name", "'Score"],
      ["'=cmd|' /C calc'!A0", "=1+1"],
      ["'+1", 0.5],
    ]);
    expect(written.numberFormat).toEqual([
      [null, null],
      [null, "0.000"],
      [null, null],
    ]);
    expect(fake.charts).toEqual(["BarClustered"]);
    expect(fake.log).toEqual(
      expect.arrayContaining(["worksheets.add", "charts.add", "point #FF0000", "point #00FF00", "activate Out"]),
    );
  });

  test("reading the selection is one sync", async () => {
    const fake = fakeExcel();
    await fake.adapter.readSelection();
    await fake.adapter.listSheets();
    expect(fake.syncs).toEqual([1, 1]);
  });

  test.each<WorkbookStep | "sync">(["createSheet", "format", "chart", "activate", "sync"])(
    "a failure at %s deletes the created sheet, names the step, and stays within four syncs",
    async (failure) => {
      const fake = fakeExcel(failure);
      const error = await fake.adapter.applyOutput(PLAN).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(WorkbookError);
      expect((error as WorkbookError).step).toBe(failure === "sync" ? "write" : failure);
      expect(fake.sheets).toEqual(["Data"]);
      expect(fake.syncs[0]).toBeLessThanOrEqual(4);
    },
  );

  test("a failure writing into an existing sheet restores the saved cells and column widths", async () => {
    const fake = fakeExcel("chart");
    const error = await fake.adapter
      .applyOutput({ ...PLAN, sheet: "Data", createSheet: false })
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ step: "chart" });
    expect(fake.log).toContain(`setColumnProperties ${JSON.stringify([{ format: { columnWidth: 48 } }])}`);
    expect(fake.syncs[0]).toBeLessThanOrEqual(4);
  });

  test("text cells get an apostrophe so Excel never reads them as formulas", () => {
    expect(["=cmd|' /C calc'!A0", "+1", "-2", "@SUM(A1)"].map((t) => officeFormula({ text: t }))).toEqual([
      "'=cmd|' /C calc'!A0",
      "'+1",
      "'-2",
      "'@SUM(A1)",
    ]);
    expect(officeFormula({ value: null })).toBe("");
  });

  test("Office error locations map to steps", () => {
    expect(stepOfLocation("Worksheet.add", "write")).toBe("createSheet");
    expect(stepOfLocation("ChartSeries.setValues", "write")).toBe("chart");
    expect(stepOfLocation("Range.setCellProperties", "write")).toBe("format");
    expect(stepOfLocation(undefined, "activate")).toBe("activate");
  });
});
