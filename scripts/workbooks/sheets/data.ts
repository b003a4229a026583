import type { Worksheet } from "exceljs";
import type { WorkbookStrings } from "../../../src/i18n/workbooks";
import { UNIT_NAMES } from "../../../src/i18n/workbooks";
import type { Language } from "../../../src/i18n";
import type { DataPlacement, TablePlacement } from "../context";
import { SheetWriter } from "../sheet";
import type { SourceTables } from "../source";

interface Block {
  title: string;
  note: string;
  labelHeader: string;
  headers: string[];
  rows: { key: string; label: string; cells: (number | string)[] }[];
}

/**
 * The Data sheet: Tables 15, 25, 40, 45 and 36 one below the other, each with
 * its title, units and source, numbers as printed ("-" and "x" kept). Returns
 * where each table landed so the worked sheets can refer to it.
 */
export function buildDataSheet(
  sheet: Worksheet,
  strings: WorkbookStrings,
  language: Language,
  source: SourceTables,
): DataPlacement {
  const w = new SheetWriter(sheet);
  const s = strings.data;
  const unit = (id: string) => UNIT_NAMES[language][id];
  w.text(1, 1, s.title, "title");
  w.text(1, 2, s.note, "note");
  let row = 4;
  const place = (block: Block, table: string): TablePlacement => {
    w.text(1, row, block.title, "subtitle");
    w.text(1, row + 1, `${block.note} ${strings.common.source.replace("{table}", table)}`, "note");
    w.text(1, row + 2, block.labelHeader, "header");
    block.headers.forEach((h, i) => w.text(2 + i, row + 2, h, "header"));
    const firstRow = row + 3;
    const rows: Record<string, number> = {};
    block.rows.forEach((r, i) => {
      rows[r.key] = firstRow + i;
      w.text(1, firstRow + i, r.label, "label");
      r.cells.forEach((c, j) =>
        typeof c === "number" ? w.number(2 + j, firstRow + i, c, "input") : w.text(2 + j, firstRow + i, c, "input"),
      );
    });
    const lastRow = firstRow + block.rows.length - 1;
    row = lastRow + 3;
    return { rows, firstColumn: 2, firstRow, lastRow };
  };
  const t15 = place(
    {
      ...s.t15,
      labelHeader: strings.common.unit,
      rows: source.t15.map((r) => ({
        key: r.unit,
        label: unit(r.unit),
        cells: [r.enterprises, r.innovating, r.level.value, r.employees, r.cooperating],
      })),
    },
    s.t15.title.split(".")[0],
  );
  const t25 = place(
    {
      ...s.t25,
      labelHeader: strings.common.unit,
      rows: source.t25.map((r) => ({
        key: r.unit,
        label: unit(r.unit),
        cells: [r.active, r.employed, r.fixedAssets, r.enterprises],
      })),
    },
    s.t25.title.split(".")[0],
  );
  const t40 = place(
    {
      ...s.t40,
      labelHeader: strings.common.unit,
      rows: source.t40.map((r) => ({ key: r.unit, label: unit(r.unit), cells: r.values })),
    },
    s.t40.title.split(".")[0],
  );
  const t45 = place(
    {
      ...s.t45,
      labelHeader: strings.common.unit,
      rows: source.t45.map((r) => ({
        key: r.unit,
        label: unit(r.unit),
        cells: [r.rowNumber, ...r.partial, r.integral],
      })),
    },
    s.t45.title.split(".")[0],
  );
  const t36 = place(
    {
      ...s.t36,
      labelHeader: s.t36.year,
      rows: source.t36.years.map((y, i) => ({ key: String(y), label: String(y), cells: source.t36.values[i] })),
    },
    s.t36.title.split(".")[0],
  );
  w.widths([34, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16]);
  w.freeze(0);
  return { t15, t25, t36, t40, t45 };
}
