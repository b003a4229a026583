/**
 * Proposes what each column is for, from its header in Kazakh, Russian or
 * English: the role in a method and, for indicators, the direction (formula 10
 * for "higher is better", 11 for "lower is better"). The user can change each.
 */
import type { Direction, IndexInput } from "../../core";
import { parseCell } from "../../core";
import type { ColumnMapping, ColumnRole, Confidence, DetectedTable, Method } from "./types";

interface RoleRule {
  pattern: RegExp;
  role: ColumnRole;
  direction: Direction;
  confidence: Confidence;
}

/**
 * Keyword rules, first match wins, so the specific come before the general:
 * "unemployment" before "employed", "industrial output" and "investment in fixed
 * capital" before "output" and "fixed assets", "integral index" (a published
 * result, not an input) before the innovation words.
 */
const RULES: readonly RoleRule[] = [
  { pattern: /^(№|no\.?|#|n|код|code|коды|жыл|год|year|id)$/iu, role: "ignore", direction: 1, confidence: "high" },
  { pattern: /интеграл|integral/iu, role: "ignore", direction: 1, confidence: "high" },
  { pattern: /жұмыссыз|безработ|unemploy|jobless/iu, role: "depressivity", direction: -1, confidence: "high" },
  { pattern: /өлім|смертн|mortalit|death/iu, role: "depressivity", direction: -1, confidence: "high" },
  { pattern: /кедей|бедност|малоимущ|poverty|poor/iu, role: "depressivity", direction: -1, confidence: "high" },
  { pattern: /қылмыс|преступ|crime/iu, role: "depressivity", direction: -1, confidence: "low" },
  { pattern: /жалақы|зарплат|заработн|wage|salar|earning/iu, role: "depressivity", direction: 1, confidence: "high" },
  { pattern: /инвестиц|investment/iu, role: "depressivity", direction: 1, confidence: "high" },
  { pattern: /өнеркәсіп|промышлен|industr/iu, role: "depressivity", direction: 1, confidence: "high" },
  {
    pattern:
      /айналым|товарооборот|оборот|turnover|goods and services|тауарлар мен қызмет|товаров и услуг|retail|бөлшек|розничн/iu,
    role: "depressivity",
    direction: 1,
    confidence: "high",
  },
  { pattern: /табыс|доход|income/iu, role: "depressivity", direction: 1, confidence: "low" },
  {
    pattern: /инновац|innovat|патент|patent|технолог|technolog|ғзтқж|ғзткж|ниокр|r&d|r ?& ?d|^i_/iu,
    role: "innovation",
    direction: 1,
    confidence: "high",
  },
  {
    pattern: /жөө|жаөө|врп|грп|\bgrp\b|\bgdp\b|gross (regional|domestic) product|валов/iu,
    role: "output",
    direction: 1,
    confidence: "high",
  },
  {
    pattern: /^(output|өнім|выпуск)|\boutput\b|выпуск|өндіріс көлемі/iu,
    role: "output",
    direction: 1,
    confidence: "low",
  },
  {
    pattern: /белсенді халық|экономически актив|economically active/iu,
    role: "ignore",
    direction: 1,
    confidence: "low",
  },
  { pattern: /жұмыспен қамтыл|занят|employed/iu, role: "employed", direction: 1, confidence: "high" },
  { pattern: /жұмыскер|работник|employee|workers/iu, role: "employed", direction: 1, confidence: "low" },
  {
    pattern: /негізгі қор|основн\S* (средств|фонд)|fixed assets|capital stock/iu,
    role: "fixedAssets",
    direction: 1,
    confidence: "high",
  },
];

export interface RoleProposal {
  role: ColumnRole;
  direction: Direction;
  confidence: Confidence;
  /** The header text the rule matched. */
  matched?: string;
}

/**
 * Role and direction proposed for one header. Headers no rule knows become a
 * depressivity indicator, higher is better, with low confidence (the pane asks
 * the user to look at them).
 *
 * @example proposeRole("Тіркелген жұмыссыздық деңгейі, %") // { role: "depressivity", direction: -1, confidence: "high", … }
 * @example proposeRole("Average monthly wage, KZT")          // { role: "depressivity", direction: 1, … }
 */
export function proposeRole(header: string): RoleProposal {
  const text = header.replace(/\s+/g, " ").trim();
  for (const rule of RULES) {
    const match = rule.pattern.exec(text);
    if (match) return { role: rule.role, direction: rule.direction, confidence: rule.confidence, matched: match[0] };
  }
  return { role: "depressivity", direction: 1, confidence: "low" };
}

/**
 * A mapping for every column of the table: data columns get the proposed role,
 * the name column and columns without numbers get "ignore". Weights start at 1.
 */
export function proposeRoles(table: DetectedTable): ColumnMapping[] {
  const data = new Set(table.layout.dataColumns);
  return table.headers.map((header, column) => {
    if (!data.has(column)) return { column, header, role: "ignore", direction: 1, weight: 1, confidence: "high" };
    const proposal = proposeRole(header);
    return { column, header, weight: 1, ...proposal };
  });
}

/**
 * The method that fits a mapping: the typology when both depressivity and
 * innovation indicators are mapped, else the method of the roles present.
 */
export function suggestMethod(mapping: readonly ColumnMapping[]): Method {
  const has = (role: ColumnRole) => mapping.some((m) => m.role === role);
  if (has("depressivity") && has("innovation")) return "typology";
  if (has("output") && has("employed")) return "productivity";
  if (has("innovation")) return "innovation";
  if (has("depressivity")) return "depressivity";
  return "classify";
}

/**
 * "partial" when every innovation column holds only values on 0..1 (printed
 * partial indices, as Table 45), else "raw".
 */
export function suggestInnovationInput(table: DetectedTable, mapping: readonly ColumnMapping[]): IndexInput {
  const columns = mapping.filter((m) => m.role === "innovation").map((m) => m.column);
  if (columns.length === 0) return "raw";
  for (const c of columns) {
    for (const r of table.layout.unitRows) {
      let value: number | null;
      try {
        value = parseCell(table.snapshot.values[r][c] ?? null).value;
      } catch {
        return "raw";
      }
      if (value !== null && (value < 0 || value > 1)) return "raw";
    }
  }
  return "partial";
}
