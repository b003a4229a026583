import type { Worksheet } from "exceljs";
import type { BuildContext } from "../context";
import { SheetWriter, type Role } from "../sheet";

const LEGEND: { role: Role; sample: string }[] = [
  { role: "input", sample: "1 831" },
  { role: "param", sample: "0.00001" },
  { role: "step", sample: "=C8/B8*100" },
  { role: "result", sample: "12.9" },
  { role: "published", sample: "12.9" },
  // Without "=": a sample must not look like an inactive AIMAQ formula to "activate formulas".
  { role: "aimaq", sample: "AIMAQ.INNOV_ACTIVITY(C8,B8)" },
  { role: "cached", sample: "12.889" },
];

/** The introduction: what the methods are for, how to read the sheets (colours, marks, AIMAQ formulas), the sheet list. */
export function buildIntroSheet(sheet: Worksheet, ctx: BuildContext): void {
  const w = new SheetWriter(sheet);
  const s = ctx.strings.intro;
  const names = ctx.strings.sheetNames;
  w.text(1, 1, s.title, "title");
  let row = 3;
  for (const line of s.purpose) w.text(1, row++, line, "note");
  row++;
  w.text(1, row++, s.howToRead, "subtitle");
  w.text(1, row++, ctx.strings.common.marks, "note");
  w.text(1, row++, ctx.strings.common.aimaqNote, "note");
  row++;
  w.text(1, row++, s.legendTitle, "subtitle");
  for (const { role, sample } of LEGEND) {
    w.text(1, row, sample, role);
    w.text(2, row++, s.legend[role as keyof typeof s.legend], "label");
  }
  row++;
  w.text(1, row++, s.sheetsTitle, "subtitle");
  for (const key of Object.keys(s.sheets) as (keyof typeof s.sheets)[]) {
    w.text(1, row, names[key], "label");
    w.text(2, row++, s.sheets[key], "note");
  }
  row++;
  w.text(1, row++, s.notesTitle, "subtitle");
  for (const note of s.notes) w.text(1, row++, note, "note");
  w.widths([30, 120]);
}
