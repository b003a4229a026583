/**
 * The prepared teaching workbooks (assets/workbooks/): up to date with the
 * generator, in the right language, and every ordinary-formula sheet — evaluated
 * by HyperFormula, an engine independent of src/core — gives the published
 * numbers where they reproduce (methodology.md, "Reproduction status") and the
 * same values as src/core, whose results the AIMAQ cells carry.
 */
import { readFileSync } from "fs";
import { join } from "path";
import type ExcelJS from "exceljs";
import { FUNCTION_IDS, FUNCTION_STRINGS, LANGUAGES, OPTION_WORDS, type Language } from "../../src/i18n";
import { fill, UNIT_NAMES, WORKBOOK_STRINGS } from "../../src/i18n/workbooks";
import { AIMAQ_FORMULA_TEXT } from "../../scripts/workbooks/aimaq";
import { buildWorkbook, workbookFileName } from "../../scripts/workbooks/build";
import { WORKBOOK_TABLES } from "../../scripts/workbooks/source";
import { loadWorkbook, workbookSnapshot } from "../../scripts/workbooks/snapshot";
import { evaluateWorkbook, type Evaluated } from "./evaluate";

const ASSETS = join(__dirname, "..", "..", "assets", "workbooks");
const ERRATA = readFileSync(join(__dirname, "..", "..", "docs", "errata.md"), "utf8");

/** Identifiers of the errata in docs/errata.md (`E-38-IT`; the part after `E-` is the table, or `F19` for a figure). */
function errataIds(): string[] {
  return [...new Set([...ERRATA.matchAll(/`(E-[0-9A-Z]+(?:-[0-9A-Z]+)*)`/g)].map((m) => m[1]))];
}

interface Loaded {
  committed: ExcelJS.Workbook;
  fresh: ExcelJS.Workbook;
  evaluated: Evaluated;
}

const books = {} as Record<Language, Loaded>;

beforeAll(async () => {
  for (const language of LANGUAGES) {
    const committed = await loadWorkbook(readFileSync(join(ASSETS, workbookFileName(language))));
    const fresh = await loadWorkbook((await buildWorkbook(language).xlsx.writeBuffer()) as ArrayBuffer);
    books[language] = { committed, fresh, evaluated: evaluateWorkbook(committed) };
  }
});

/** Rows of a sheet as HyperFormula computed them, each row keyed by the text of its column A. */
function rowsByLabel(language: Language, sheet: string): Map<string, unknown[]> {
  const rows = new Map<string, unknown[]>();
  for (const row of books[language].evaluated.values(sheet)) if (typeof row?.[0] === "string") rows.set(row[0], row);
  return rows;
}

/** Column index (0-based) of the header cell that equals `header` (or starts with it, when `prefix`). */
function columnOf(language: Language, sheet: string, header: string, occurrence = 0, prefix = false): number {
  const values = books[language].evaluated.values(sheet);
  const matches = (v: unknown) => typeof v === "string" && (prefix ? v.startsWith(header) : v === header);
  for (const row of values) {
    const found = (row ?? []).map((v, i) => (matches(v) ? i : -1)).filter((i) => i >= 0);
    if (found.length > occurrence) return found[occurrence];
  }
  throw new Error(`no header ${header} on ${sheet}`);
}

function unitRow(language: Language, sheet: string, unit: string): unknown[] {
  const row = rowsByLabel(language, sheet).get(UNIT_NAMES[language][unit]);
  if (!row) throw new Error(`no row ${unit} on ${sheet}`);
  return row;
}

const names = (language: Language) => WORKBOOK_STRINGS[language].sheetNames;

describe.each(LANGUAGES)("workbook %s", (language) => {
  test("the committed file has the content the generator makes now (run `npm run workbooks`)", () => {
    expect(workbookSnapshot(books[language].committed)).toEqual(workbookSnapshot(books[language].fresh));
  });

  test("sheet names, titles and unit names are in the workbook's language", () => {
    const book = books[language].committed;
    const strings = WORKBOOK_STRINGS[language];
    expect(book.worksheets.map((s) => s.name)).toEqual(Object.values(strings.sheetNames));
    expect(book.worksheets.every((s) => s.name.length <= 31 && !/[[\]:*?/\\]/.test(s.name))).toBe(true);
    expect(book.getWorksheet(strings.sheetNames.intro)!.getCell("A1").value).toBe(strings.intro.title);
    expect(book.getWorksheet(strings.sheetNames.activity)!.getCell("A1").value).toBe(strings.activity.title);
    const activity = rowsByLabel(language, strings.sheetNames.activity);
    for (const unit of Object.keys(UNIT_NAMES[language])) expect(activity.has(UNIT_NAMES[language][unit])).toBe(true);
    const text = JSON.stringify(
      book.worksheets.map((s) =>
        workbookSnapshot(book)
          .find((x) => x.name === s.name)!
          .cells.map((c) => c.value),
      ),
    );
    if (language === "kk") expect(text).toMatch(/[әғқңөұүһі]/);
    if (language !== "en") expect(text).toMatch(/[а-я]/);
  });

  test("every erratum of docs/errata.md on a table the workbook carries is on the published vs recomputed sheet, and no other", () => {
    const sheet = books[language].committed.getWorksheet(names(language).errata)!;
    const onSheet = new Set<string>();
    sheet.getColumn(1).eachCell((cell) => {
      if (typeof cell.value === "string" && cell.value.startsWith("E-")) onSheet.add(cell.value);
    });
    const documented = errataIds();
    const carried = documented.filter((id) => WORKBOOK_TABLES.includes(Number(id.split("-")[1])));
    expect(carried).toEqual(expect.arrayContaining(["E-38-IT", "E-37-E5", "E-40-X4-SEMEY", "E-45-R19", "E-25-ACTIVE"]));
    expect(carried).not.toContain("E-F19-BAR");
    expect([...onSheet].sort()).toEqual([...carried].sort());
  });

  test("no cell evaluates to an error", () => {
    const errors: string[] = [];
    for (const sheet of books[language].evaluated.sheetNames) {
      books[language].evaluated.values(sheet).forEach((row, r) =>
        (row ?? []).forEach((v, c) => {
          if (v !== null && typeof v === "object") errors.push(`${sheet}!R${r + 1}C${c + 1}: ${JSON.stringify(v)}`);
          if (typeof v === "number" && !Number.isFinite(v)) errors.push(`${sheet}!R${r + 1}C${c + 1}: ${v}`);
        }),
      );
    }
    expect(errors).toEqual([]);
  });

  test("ordinary formulas use only functions of both Excel and HyperFormula, new ones with their _xlfn. prefix", () => {
    const used = new Set<string>();
    for (const sheet of books[language].committed.worksheets) {
      sheet.eachRow((row) =>
        row.eachCell((cell) => {
          const formula = (cell.value as { formula?: string } | null)?.formula;
          if (formula) for (const m of formula.matchAll(/([A-Za-z_][A-Za-z0-9_.]*)\(/g)) used.add(m[1]);
        }),
      );
    }
    const allowed = [
      "ROUND",
      "IF",
      "ABS",
      "COUNTIF",
      "AVERAGE",
      "AVERAGEIF",
      "MIN",
      "MAX",
      "GEOMEAN",
      "_xlfn.RANK.EQ",
      "MATCH",
      "INDEX",
      "SUMPRODUCT",
      "SUM",
    ];
    expect([...used].filter((f) => !allowed.includes(f))).toEqual([]);
    expect(used.has("_xlfn.RANK.EQ")).toBe(true);
  });

  test("AIMAQ formulas are marked text, call existing functions with valid options, and carry a computed value", () => {
    let count = 0;
    const words = Object.values(OPTION_WORDS).flatMap((group) => Object.values(group).flat() as string[]);
    for (const sheet of books[language].committed.worksheets) {
      sheet.eachRow((row) =>
        row.eachCell((cell) => {
          const value = cell.value;
          if (typeof value !== "string" || !value.startsWith("=AIMAQ")) return;
          count++;
          expect(value).toMatch(AIMAQ_FORMULA_TEXT);
          const [, name, args] = /^=AIMAQ\.([A-Z_]+)\((.*)\)$/.exec(value)!;
          expect(FUNCTION_IDS).toContain(name);
          const argList = args.split(",");
          expect(argList.length).toBeLessThanOrEqual(
            Object.keys(FUNCTION_STRINGS[name as (typeof FUNCTION_IDS)[number]].parameters).length,
          );
          for (const arg of argList.filter((a) => a.startsWith('"'))) expect(words).toContain(arg.slice(1, -1));
          expect(typeof sheet.getCell(cell.row, cell.col + 1).value).toBe("number");
        }),
      );
    }
    expect(count).toBeGreaterThan(100);
  });
});

describe("worked sheets reproduce the methodology (English workbook; the others share the formulas)", () => {
  const en = "en" as const;
  const n = names(en);
  const ev = () => books.en.evaluated;
  /** The AIMAQ cached value beside an AIMAQ formula column (header starts with the AIMAQ caption). */
  const cachedColumn = (sheet: string, occurrence = 0) =>
    columnOf(en, sheet, WORKBOOK_STRINGS.en.common.aimaqFormula, occurrence, true) + 1;

  test("formula (3): all 20 rows of Table 15 equal the printed level (R-15), and AIMAQ.INNOV_ACTIVITY agrees", () => {
    const rows = [...rowsByLabel(en, n.activity).values()].filter(
      (r) => typeof r[1] === "number" && typeof r[6] === "string",
    );
    expect(rows).toHaveLength(20);
    for (const r of rows) {
      expect(r[6]).toBe("✓");
      expect(r[8] as number).toBeCloseTo(r[3] as number, 12);
    }
    expect(unitRow(en, n.activity, "ekr")[3] as number).toBeCloseTo(12.889, 3);
    expect(unitRow(en, n.activity, "ayagoz")[4]).toBe(38.5);
  });

  test("formulas (10)-(11): partial assessments equal methodology's R-check table; score, rank and level equal src/core", () => {
    const yFirst = columnOf(en, n.depressivity, "Y1", 0, true);
    const published: Record<string, number[]> = {
      abai: [0.556, 0.812, 0.078, 0.014, 0.044, 0.045],
      ayagoz: [0.778, 1.0, 0.882, 0.353, 0.696, 0.091],
      tarbagatai: [0.0, 0.74, 0.001, 0.007, 0.026, 0.158],
      semey: [0.333, 0.793, 0.442, 1.0, 0.043, 0.362],
      oskemen: [0.333, 0.632, 0.915, 0.593, 0.186, 1.0],
    };
    for (const [unit, ys] of Object.entries(published)) {
      const row = unitRow(en, n.depressivity, unit);
      ys.forEach((y, k) => expect(Math.abs((row[yFirst + k] as number) - y)).toBeLessThanOrEqual(0.0005));
    }
    const score = columnOf(en, n.depressivity, WORKBOOK_STRINGS.en.depressivity.headers.score);
    const scoreCached = cachedColumn(n.depressivity, 0);
    const rankCached = cachedColumn(n.depressivity, 1);
    const levelCached = cachedColumn(n.depressivity, 2);
    const units = [...rowsByLabel(en, n.depressivity).values()].filter((r) => typeof r[scoreCached] === "number");
    expect(units).toHaveLength(19);
    for (const r of units) {
      expect(r[scoreCached] as number).toBeCloseTo(r[score] as number, 12);
      expect(r[rankCached]).toBe(r[score + 1]);
      expect(r[levelCached]).toBe(r[score + 2]);
    }
    expect(new Set(units.map((r) => r[score + 1]))).toEqual(new Set(Array.from({ length: 19 }, (_, i) => i + 1)));
  });

  test("integral index: the geometric mean reproduces the 10 rows of R-45, and the other values equal R-45's recomputation", () => {
    const integral = columnOf(en, n.integral, WORKBOOK_STRINGS.en.integral.headers.integral);
    const mark = columnOf(en, n.integral, WORKBOOK_STRINGS.en.common.mark);
    const arithmetic = columnOf(en, n.integral, WORKBOOK_STRINGS.en.integral.headers.arithmetic);
    const r45: Record<string, [number, number]> = {
      oskemen: [0.4136, 0.438],
      abai: [0.0372, 0.053],
      ayagoz: [0.4084, 0.491],
      beskaragai: [0.002, 0.021],
      zharma: [0.4956, 0.543],
      zaisan: [0.0679, 0.077],
      altai: [0.4755, 0.5],
      kokpekti: [0.0037, 0.137],
      kurshim: [0.0222, 0.029],
      urzhar: [0.2648, 0.374],
      shemonaikha: [0.452, 0.472],
    };
    for (const [unit, [geometric, mean]] of Object.entries(r45)) {
      const row = unitRow(en, n.integral, unit);
      expect(Math.abs((row[integral] as number) - geometric)).toBeLessThanOrEqual(0.00005);
      expect(Math.abs((row[arithmetic] as number) - mean)).toBeLessThanOrEqual(0.0005 + 1e-12);
    }
    const reproduced = [
      "oskemen",
      "kurchatov",
      "ridder",
      "semey",
      "borodulikha",
      "glubokoe",
      "katonkaragai",
      "tarbagatai",
      "ulan",
      "urzhar",
    ];
    for (const unit of Object.keys(UNIT_NAMES.en).filter((u) => u !== "ekr")) {
      expect(["✓", "≈"].includes(unitRow(en, n.integral, unit)[mark] as string)).toBe(reproduced.includes(unit));
      const row = unitRow(en, n.integral, unit);
      expect(row[cachedColumn(n.integral)] as number).toBeCloseTo(row[integral] as number, 12);
    }
  });

  test("complex coefficient: O and T equal R-38's recomputation, K from the printed I is 0.5078, K equals src/core", () => {
    const rows = rowsByLabel(en, n.complex);
    const s = WORKBOOK_STRINGS.en.complex.rows;
    const O = [823243.5333, 1094925.7333, 69236.3, 886.0, 555736.0, 0.87, 11.75, 36.8, 0.03867, 0.15333];
    const T = [1.4622, 1.0933, 1.0139, 0.8027, 0.965, 1.335, 1.4417, 1.5102, 0.845, 1.2164];
    const IO = [0.5147, 0.3548, 0.4687, 0.4635, 0.5075, 0.5321, 0.5265, 0.5225, 0.611, 0.654];
    O.forEach((o, j) => expect(Math.abs((rows.get(s.O)![1 + j] as number) / o - 1)).toBeLessThan(0.0005));
    T.forEach((t, j) => expect(Math.abs((rows.get(s.T)![1 + j] as number) - t)).toBeLessThanOrEqual(0.0006));
    IO.forEach((io, j) => expect(Math.abs((rows.get(s.IO)![1 + j] as number) - io)).toBeLessThanOrEqual(0.0006));
    expect(rows.get(WORKBOOK_STRINGS.en.complex.kFromPrinted)![1] as number).toBeCloseTo(0.5078, 10);
    const kRow = rows.get(s.K)!;
    expect(kRow[4] as number).toBeCloseTo(kRow[1] as number, 10);
  });

  test("Table 26 from Table 25: 64 cells exact, 10 truncated, 2 wrong (R-summary #19); KL equals AIMAQ.CAPITAL_LABOR_RATIO", () => {
    const rows = rowsByLabel(en, n.resources);
    const s = WORKBOOK_STRINGS.en.resources;
    expect(rows.get(s.exactCount)![1]).toBe(64);
    expect(rows.get(s.truncatedCount)![1]).toBe(10);
    expect(rows.get(s.wrongCount)![1]).toBe(2);
    const oskemen = unitRow(en, n.resources, "oskemen");
    expect(oskemen[5] as number).toBeCloseTo(132974 / 168.7, 9);
    expect(oskemen[7] as number).toBeCloseTo(oskemen[5] as number, 12);
    expect(rows.get(s.sumRow)![1] as number).toBeCloseTo(724.3, 9);
  });

  test("groupings: agreement with Tables 41-43 is 11, 8 (17 with Semey corrected) and 12 of 19; MATCH on the bounds gives the k-means groups", () => {
    const agreeing = rowsByLabel(en, n.grouping).get(WORKBOOK_STRINGS.en.common.agreeing)!;
    expect(agreeing.filter((v) => typeof v === "number")).toEqual([11, 8, 17, 12]);
    const groupCols = [0, 1, 2].map((i) => columnOf(en, n.grouping, WORKBOOK_STRINGS.en.grouping.groupByBounds, i));
    const cachedCols = [0, 1, 2].map((i) => cachedColumn(n.grouping, i));
    const units = Object.keys(UNIT_NAMES.en).filter((u) => u !== "ekr");
    for (const unit of units) {
      const row = unitRow(en, n.grouping, unit);
      groupCols.forEach((c, i) => expect(row[c]).toBe(row[cachedCols[i]]));
    }
    // R-41/43, column "ck" of X3.
    const wage: Record<string, number> = {
      ulan: 3,
      altai: 3,
      shemonaikha: 4,
      glubokoe: 4,
      ayagoz: 5,
      oskemen: 5,
      kokpekti: 2,
      abai: 1,
    };
    for (const [unit, group] of Object.entries(wage)) expect(unitRow(en, n.grouping, unit)[groupCols[0]]).toBe(group);
  });

  test("published vs recomputed: the Semey evidence, the Table 41 mean, K, Table 37 and the marks", () => {
    const rows = ev()
      .values(n.errata)
      .filter((r) => typeof r?.[2] === "string");
    const byWhat = new Map(rows.map((r) => [r[2] as string, r]));
    const items = WORKBOOK_STRINGS.en.errata.items;
    const recomputed = (what: string) => byWhat.get(what)![4] as number;
    const mark = (what: string) => byWhat.get(what)![6];
    expect(recomputed(items.semeyX4.what)).toBeCloseTo(2483026, -1);
    expect(recomputed(items.semeyX4Fixed.what)).toBeCloseTo(1333457, -1);
    expect(mark(items.semeyX4Fixed.what)).toBe("≈");
    expect(recomputed(items.t41Mean.what)).toBeCloseTo(88741.67, 1);
    expect(mark(items.kPrinted.what)).toBe("✓");
    expect(recomputed(items.kRecomputed.what)).toBeCloseTo(0.4699, 4);
    expect(mark(items.t15Rows.what)).toBe("✓");
    expect(recomputed(items.t38OX3.what)).toBeCloseTo(69236.3, 6);
    expect(mark(items.t38OX1.what)).toBe("≈");
    expect(recomputed(items.t36E1.what)).toBeCloseTo(580386 / 434602.5, 12);
    expect(mark(items.t36E1.what)).toBe("≈");
    // Table 37 = 100 × the chain growth coefficient of Table 36: E4 2016 / 2015 = 0.041 / 0.058.
    expect(recomputed(fill(items.t37Slip.what, { code: "E4", period: "2015-2016" }))).toBeCloseTo(
      (100 * 0.041) / 0.058,
      9,
    );
    expect(recomputed(items.t26Glubokoe.what)).toBeCloseTo(4.93, 2);
    expect(mark(items.t25Total.what)).toBe("✗");
    for (const r of rows.filter((row) => typeof row[3] === "number"))
      expect(r[5] as number).toBeCloseTo((r[4] as number) - (r[3] as number), 9);
  });

  test("published vs recomputed: Table 45 rows equal docs/errata.md's published and ours", () => {
    const onSheet = new Map(
      ev()
        .values(n.errata)
        .filter((r) => typeof r?.[0] === "string")
        .map((r) => [r[0] as string, r]),
    );
    const documented = [...ERRATA.matchAll(/^\| `(E-45-R\d+)` \| \d+ \| [^|]+ \| ([\d.]+) \| ([\d.]+) \|$/gm)];
    expect(documented).toHaveLength(9);
    for (const [, id, published, ours] of documented) {
      expect(onSheet.get(id)![3]).toBe(Number(published));
      expect(Math.abs((onSheet.get(id)![4] as number) - Number(ours))).toBeLessThanOrEqual(0.00005);
    }
  });

  test("answers: the published numbers where the exercise has one", () => {
    const answers = ev()
      .values(n.answers)
      .filter((r) => typeof r?.[0] === "number")
      .map((r) => r[1]);
    expect(answers[0]).toBe(12.9);
    expect(answers[1]).toBe(UNIT_NAMES.en.ayagoz);
    expect(answers[3]).toBe(0.158);
    expect(answers[4]).toBe(0.438);
    expect(answers[5]).toBe(0.5078);
    expect(answers[6]).toBe(UNIT_NAMES.en.zharma);
    expect(answers[7]).toBe(4.93);
    expect(answers[8]).toBe(6);
  });
});

describe("workbook strings", () => {
  /** Strings that are the same in every language: formulas and codes, no English word left once the codes are removed. */
  const neutral = (text: string) =>
    !/[a-z]{2,}/.test(text.replace(/\b(Lact|N_tre|N_i|max|code|[A-Z]_?(min|max))\b/g, ""));

  function leaves(value: unknown, path = ""): [string, string][] {
    if (typeof value === "string") return [[path, value]];
    if (Array.isArray(value)) return value.flatMap((v, i) => leaves(v, `${path}[${i}]`));
    return Object.entries(value as object).flatMap(([k, v]) => leaves(v, path ? `${path}.${k}` : k));
  }

  test.each(["kk", "ru"] as const)("%s translates every English string that is not a formula or a code", (language) => {
    const english = new Map(leaves(WORKBOOK_STRINGS.en));
    const untranslated = leaves(WORKBOOK_STRINGS[language]).filter(
      ([path, text]) => english.get(path) === text && !neutral(text),
    );
    expect(untranslated).toEqual([]);
  });
});
