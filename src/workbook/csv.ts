/**
 * The one reader of the dissertation's tables (data/*.csv: UTF-8, comma-separated,
 * one header row, RFC 4180 quoting with "" for a quote). Used by the sample sheets
 * of the pane and preview, the workbook generator and the tests. Cells stay text,
 * so markers (`-`, `x`) and the printed precision survive.
 */

/** A CSV row keyed by the header. */
export type CsvRecord = Record<string, string>;

/**
 * Splits CSV text into rows of fields, honouring double quotes (a quoted field
 * may hold commas, quotes and line ends). O(length).
 *
 * @example parseCsvRows('a,"b, c"\n1,2') // [["a", "b, c"], ["1", "2"]]
 */
export function parseCsvRows(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ",") {
      row.push(field);
      field = "";
    } else if (ch === "\n") {
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
    } else if (ch !== "\r") field += ch;
  }
  if (field !== "" || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows.filter((r) => r.length > 1 || r[0] !== "");
}

/**
 * Records of a CSV keyed by its header; a row whose field count differs from the
 * header's is refused, so a transcription slip cannot shift columns silently.
 *
 * @example parseCsv("unit_id,X1\nabai,4.8")[0].X1 // "4.8"
 */
export function parseCsv(text: string): CsvRecord[] {
  const [header, ...body] = parseCsvRows(text);
  return body.map((fields, r) => {
    if (fields.length !== header.length) {
      throw new Error(`CSV row ${r + 2}: ${fields.length} fields, the header has ${header.length}`);
    }
    return Object.fromEntries(header.map((name, i) => [name, fields[i]]));
  });
}

/** The six indicator columns of Table 40 (X1-X6, methodology M5), in order. */
export const TABLE40_COLUMNS = [
  "X1_unemployment_pct",
  "X2_mortality_per_1000",
  "X3_avg_monthly_wage_kzt",
  "X4_industrial_output_per_1000",
  "X5_fixed_capital_investment_per_1000",
  "X6_goods_services_per_1000",
] as const;

/** The six partial-index columns of Table 45 (methodology M6), in order. */
export const TABLE45_COLUMNS = ["I_T", "I_O", "I_TO", "I_TP", "I_PO", "I_PP"] as const;
