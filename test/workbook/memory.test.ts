import { MemoryWorkbook, type WorkbookEvent } from "../../src/workbook/memory";
import { loadSampleWorkbook, sampleSheets } from "../../src/workbook/sampleData";
import { WorkbookError, type WorkbookStep } from "../../src/workbook/types";
import { PLAN, workbookContract } from "./contract";

function dataWorkbook(): MemoryWorkbook {
  const workbook = new MemoryWorkbook();
  workbook.loadSheet("Data", [
    ["District", "X1"],
    ["Abai", 4.8],
    ["Altai", "4,4"],
  ]);
  workbook.select("Data", "A1:B3");
  return workbook;
}

workbookContract("MemoryWorkbook", { create: dataWorkbook });

describe("MemoryWorkbook", () => {
  test("text stays text and formulas are stored as text", async () => {
    const workbook = dataWorkbook();
    await workbook.applyOutput(PLAN);
    expect(workbook.cellAt("Out", 1, 0)).toEqual({ value: "=cmd|' /C calc'!A0", isText: true });
    expect(workbook.cellAt("Out", 2, 0)?.isText).toBe(true);
    expect(workbook.cellAt("Out", 1, 1)?.formula).toBe("=1+1");
    expect(workbook.cellAt("Out", 2, 1)?.format?.fill).toBe("#FF0000");
    expect(workbook.chartsOf("Out")).toEqual(PLAN.charts);
    expect(workbook.getSelection()).toEqual({ sheet: "Out", address: "A1" });
  });

  test.each<WorkbookStep>(["read", "createSheet", "write", "format", "chart", "activate"])(
    "a fault at %s leaves the workbook as it was",
    async (step) => {
      const workbook = dataWorkbook();
      workbook.failAt(step);
      await expect(workbook.applyOutput(PLAN)).rejects.toMatchObject({ name: "WorkbookError", step });
      expect(await workbook.listSheets()).toEqual(["Data"]);
      expect(workbook.getSelection()).toEqual({ sheet: "Data", address: "A1:B3" });
    },
  );

  test.each<WorkbookStep>(["write", "format", "chart"])(
    "a fault at %s restores overwritten cells of an existing sheet",
    async (step) => {
      const workbook = dataWorkbook();
      const before = await workbook.readRange("Data", "A1:D4");
      workbook.failAt(step);
      const error = await workbook.applyOutput({ ...PLAN, sheet: "Data", createSheet: false }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(WorkbookError);
      expect(await workbook.readRange("Data", "A1:D4")).toEqual(before);
      expect(workbook.chartsOf("Data")).toHaveLength(0);
    },
  );

  test("listeners hear changes until they unsubscribe; the evaluator computes formula cells", async () => {
    const workbook = dataWorkbook();
    const events: WorkbookEvent[] = [];
    const unsubscribe = workbook.subscribe((event) => events.push(event));
    workbook.setEvaluator({ update: () => undefined, valueAt: () => 2 });
    await workbook.applyOutput(PLAN);
    expect(events).toEqual([{ type: "sheets" }]);
    expect((await workbook.readRange("Out", "B2")).values).toEqual([[2]]);
    unsubscribe();
    workbook.select("Data", "A1");
    expect(events).toHaveLength(1);
  });

  test("the sample workbook holds the four tables with the region total last", async () => {
    const workbook = new MemoryWorkbook();
    loadSampleWorkbook(workbook, "kk");
    expect(await workbook.listSheets()).toEqual(["40-кесте", "45-кесте", "15-кесте", "25-кесте", "40+45-кесте"]);
    const table40 = await workbook.readSelection();
    expect(table40.address).toBe("A1:G21");
    expect(table40.values[20][0]).toBe("Шығыс Қазақстан облысы (ШҚО)");
    expect(table40.values[20][3]).toBe(140126);
    expect(table40.values[1]).toEqual(["Абай ауданы", 4.8, 8.22, 92016, 110687.5, 197778, 129819]);
    const table15 = sampleSheets("en")[2];
    expect(table15.rows[5]).toEqual(["Abai district", 8, 1, 12.5, 564, "-"]);
    expect(table15.rows[20][0]).toBe("East Kazakhstan Region (total)");
  });
});
