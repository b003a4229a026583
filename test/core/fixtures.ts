/**
 * Published fixtures of methodology.md used by several tests: the partial
 * assessments Y of Table 40 ("R-check of M5 inputs", 3 decimals) and the Ckmeans
 * groups of R-41/43 ("ck" and "ck*" columns). Keyed by unit_id.
 */
import { TABLE40_COLUMNS } from "../../src/workbook/csv";
import { readCsv, units } from "./csv";

/** Y1 … Y6, with Y4 as printed and Y4 with Semey's X4 read as 531,694 (column "Y4*"). */
export const PARTIAL_Y: Record<string, [number, number, number, number, number, number, number]> = {
  //            Y1     Y2     Y3     Y4     Y4*    Y5     Y6
  abai: [0.556, 0.812, 0.078, 0.014, 0.024, 0.044, 0.045],
  altai: [1.0, 0.045, 0.521, 0.059, 0.1, 0.227, 0.203],
  ayagoz: [0.778, 1.0, 0.882, 0.353, 0.595, 0.696, 0.091],
  beskaragai: [1.0, 0.336, 0.0, 0.007, 0.012, 0.313, 0.069],
  borodulikha: [1.0, 0.597, 0.646, 0.22, 0.372, 0.075, 0.112],
  glubokoe: [0.444, 0.31, 0.757, 0.107, 0.18, 0.075, 0.27],
  zharma: [0.222, 0.647, 0.687, 0.393, 0.663, 1.0, 0.175],
  zaisan: [0.778, 0.878, 0.317, 0.099, 0.166, 0.038, 0.111],
  katonkaragai: [0.778, 0.499, 0.027, 0.003, 0.005, 0.015, 0.172],
  kokpekti: [0.556, 0.636, 0.197, 0.019, 0.032, 0.025, 0.061],
  kurshim: [0.556, 0.665, 0.042, 0.012, 0.021, 0.039, 0.0],
  tarbagatai: [0.0, 0.74, 0.001, 0.007, 0.012, 0.026, 0.158],
  ulan: [0.556, 0.7, 0.387, 0.104, 0.175, 0.003, 0.116],
  urzhar: [0.778, 0.838, 0.083, 0.0, 0.0, 0.0, 0.036],
  shemonaikha: [0.778, 0.0, 0.643, 0.253, 0.427, 0.2, 0.112],
  kurchatov: [0.667, 0.861, 0.956, 0.034, 0.057, 0.227, 0.366],
  ridder: [0.889, 0.202, 1.0, 0.458, 0.772, 0.263, 0.313],
  semey: [0.333, 0.793, 0.442, 1.0, 0.158, 0.043, 0.362],
  oskemen: [0.333, 0.632, 0.915, 0.593, 1.0, 0.186, 1.0],
};

/** Ckmeans k = 5 groups (1 = lowest value) of R-41/43: X3 "ck", X4 "ck", X4 "ck*", X5 "ck". */
export const CKMEANS_GROUPS: Record<string, { x3: number; x4: number; x4corrected: number; x5: number }> = {
  beskaragai: { x3: 1, x4: 1, x4corrected: 1, x5: 3 },
  tarbagatai: { x3: 1, x4: 1, x4corrected: 1, x5: 1 },
  katonkaragai: { x3: 1, x4: 1, x4corrected: 1, x5: 1 },
  kurshim: { x3: 1, x4: 1, x4corrected: 1, x5: 1 },
  abai: { x3: 1, x4: 1, x4corrected: 1, x5: 1 },
  urzhar: { x3: 1, x4: 1, x4corrected: 1, x5: 1 },
  kokpekti: { x3: 2, x4: 1, x4corrected: 1, x5: 1 },
  zaisan: { x3: 2, x4: 1, x4corrected: 2, x5: 1 },
  ulan: { x3: 3, x4: 1, x4corrected: 2, x5: 1 },
  semey: { x3: 3, x4: 5, x4corrected: 2, x5: 1 },
  altai: { x3: 3, x4: 1, x4corrected: 2, x5: 2 },
  shemonaikha: { x3: 4, x4: 2, x4corrected: 3, x5: 2 },
  borodulikha: { x3: 4, x4: 2, x4corrected: 3, x5: 1 },
  zharma: { x3: 4, x4: 3, x4corrected: 4, x5: 5 },
  glubokoe: { x3: 4, x4: 1, x4corrected: 2, x5: 1 },
  ayagoz: { x3: 5, x4: 3, x4corrected: 4, x5: 4 },
  oskemen: { x3: 5, x4: 4, x4corrected: 5, x5: 2 },
  kurchatov: { x3: 5, x4: 1, x4corrected: 1, x5: 2 },
  ridder: { x3: 5, x4: 3, x4corrected: 4, x5: 3 },
};

/** Semey's X4 with the suspected tenfold typo corrected (methodology R-summary #18, D.1). */
export const SEMEY_X4_CORRECTED = 531694;

export { TABLE40_COLUMNS };

/** Table 40 without the region row: unit ids and the six indicators as numbers. */
export function table40(): { ids: string[]; values: number[][] } {
  const rows = units(readCsv("table40_socioeconomic_indicators.csv"));
  return { ids: rows.map((r) => r.unit_id), values: rows.map((r) => TABLE40_COLUMNS.map((c) => Number(r[c]))) };
}
