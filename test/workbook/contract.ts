/** Contract every WorkbookAdapter meets, run against the memory and the Office adapters. */
import type { OutputPlan, WorkbookAdapter } from "../../src/workbook/types";
import { WorkbookError } from "../../src/workbook/types";

export interface ContractHarness {
  /** A fresh adapter holding sheet "Data" (A1:B3: header, two rows) selected as A1:B3. */
  create(): WorkbookAdapter;
}

export const PLAN: OutputPlan = {
  sheet: "Out",
  createSheet: true,
  blocks: [
    {
      topLeft: "A1",
      cells: [
        [{ text: "Name", format: { bold: true } }, { text: "Score" }],
        [{ text: "=cmd|' /C calc'!A0" }, { formula: "=1+1", format: { numberFormat: "0.000" } }],
        [{ text: "+1" }, { value: 0.5, format: { fill: "#FF0000" } }],
      ],
      columnWidths: [20, 10],
    },
  ],
  charts: [
    {
      kind: "bar",
      title: "T",
      series: [{ name: "S", xRange: "$A$2:$A$3", yRange: "$B$2:$B$3", pointColors: ["#FF0000", "#00FF00"] }],
      anchor: "D1",
    },
  ],
  activate: true,
};

export function workbookContract(name: string, harness: ContractHarness): void {
  describe(`${name}: WorkbookAdapter contract`, () => {
    test("readSelection returns the selected block with values, text and address", async () => {
      const snapshot = await harness.create().readSelection();
      expect(snapshot.sheet).toBe("Data");
      expect(snapshot.address).toBe("A1:B3");
      expect(snapshot.values).toEqual([
        ["District", "X1"],
        ["Abai", 4.8],
        ["Altai", "4,4"],
      ]);
      expect(snapshot.text[1][1]).toBe("4.8");
    });

    test("listSheets lists the sheets in order", async () => {
      expect(await harness.create().listSheets()).toEqual(["Data"]);
    });

    test("applyOutput creates the sheet and reports what it wrote", async () => {
      const workbook = harness.create();
      const result = await workbook.applyOutput(PLAN);
      expect(result).toEqual({ sheet: "Out", address: "A1:B3", charts: 1 });
      expect(await workbook.listSheets()).toEqual(["Data", "Out"]);
    });

    test("applyOutput refuses to create a sheet that exists, changing nothing", async () => {
      const workbook = harness.create();
      await expect(workbook.applyOutput({ ...PLAN, sheet: "Data" })).rejects.toBeInstanceOf(WorkbookError);
      expect(await workbook.listSheets()).toEqual(["Data"]);
    });
  });
}
