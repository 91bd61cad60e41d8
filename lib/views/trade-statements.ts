import type { StatedFigure, TradeStatement } from "@/lib/data/schemas/trade-statements";
import {
  TRADE_STATEMENT_KIND_LABELS,
  TRADE_STATEMENT_SCOPE_LABELS,
  TRADE_STATEMENT_SPEAKER_LABELS,
} from "@/lib/constants";
import { PAGES } from "@/lib/routes";
import type { TableSpec } from "./table";

/**
 * The officials' trade statements of 2022–2025 as a view: a table of every figure as stated, and
 * a dot chart of the few that are turnover levels between Russia and Iran in US dollars. Targets,
 * growth rates and the EAEU's figures stay in the table: a target is not a turnover, a percentage
 * has no dollar axis, and the EAEU is not Russia. No statement is joined to a DOTS series or
 * drawn on a DOTS axis; the statements have no year-by-year points to join.
 */

export const TRADE_STATEMENTS_TEST_ID = "trade-statements";

export const TRADE_STATEMENTS_TEXTS = {
  title:
    "Russia–Iran trade as officials and the press state it, 2022–2025 (not a statistical series)",
  description:
    "Turnover figures stated by Russian officials, reported by the press from Russian official data or cited by a business figure, and two expectations, each as worded, with its period and hedges; no IMF or SIPRI statistics. Dots: stated turnover levels only, in US$ billions as stated; hollow dots cover part of a year.",
  unit: "US$ billions as stated (current dollars), for the dots; the table keeps each figure's own unit",
  href: PAGES.figures,
} as const;

/**
 * The kind as a reader sees it, with who stands behind a turnover: an official's figure is not
 * the press's summary of official data, nor a business figure's citation of one.
 */
export function statementKindLabel(s: TradeStatement): string {
  return s.kind === "target"
    ? TRADE_STATEMENT_KIND_LABELS.target
    : `Turnover reported by ${TRADE_STATEMENT_SPEAKER_LABELS[s.speaker.type]}`;
}

const possessiveDate = (s: TradeStatement) => (s.date === "undated" ? "undated" : s.date);

/** "$4.9bn (2022)", "+13% (2024)", "−17% (2023, against 2022)": the figure with its period. */
export function figureText(f: StatedFigure): string {
  const sign = f.measure === "increase" ? "+" : f.measure === "decrease" ? "−" : "";
  const hedge = f.qualifier === "at-least" ? "at least " : f.qualifier === "about" ? "about " : "";
  const num = f.unit === "usd_bn" ? `$${f.value}bn` : `${sign}${f.value}%`;
  return `${hedge}${num}`;
}

export interface StatementDot {
  id: string;
  statementId: string;
  label: string;
  value: number;
  fullYear: boolean;
  statedAs: string;
}

/**
 * What the dot chart may show: Russia–Iran turnover levels in US dollars with a stated period.
 * Everything else is a different kind (a target), a different unit (a growth rate), a different
 * scope (the EAEU) or has no period ("the official figure of $4 bln"), and stays in the table.
 */
export function statementDots(statements: readonly TradeStatement[]): StatementDot[] {
  return statements.flatMap((s) =>
    s.kind === "reported-turnover" && s.scope === "russia-iran"
      ? s.figures
          .filter((f) => f.unit === "usd_bn" && f.measure === "level" && f.period !== "not stated")
          .map((f, i) => ({
            id: `${s.id}-${i}`,
            statementId: s.id,
            label: `${f.period}: ${s.speaker.name}`,
            value: f.value,
            fullYear: f.fullYear,
            statedAs: f.statedAs,
          }))
      : [],
  );
}

export function statementsTable(statements: readonly TradeStatement[]): TableSpec {
  return {
    caption:
      "Trade figures stated after the paper, each as worded, with who stated it, when, its period, kind and hedges.",
    columns: ["Who", "When", "Figure", "As stated", "Period", "Kind", "Scope", "Caveat"],
    rows: statements.flatMap((s) =>
      s.figures.map((f, i) => ({
        key: `${s.id}-${i}`,
        cells: [
          {
            text: `${s.speaker.name} (${s.speaker.role})`,
            note: `stated by ${TRADE_STATEMENT_SPEAKER_LABELS[s.speaker.type]}`,
            header: true,
          },
          { text: possessiveDate(s) },
          { text: figureText(f), value: f.value },
          {
            text: `“${f.statedAs}”${f.hedges?.length ? `; hedges: ${f.hedges.map((h) => `“${h}”`).join(", ")}` : ""}`,
          },
          { text: `${f.period}${f.fullYear ? "" : " (not a full year)"}` },
          { text: statementKindLabel(s), value: s.kind },
          { text: TRADE_STATEMENT_SCOPE_LABELS[s.scope], value: s.scope },
          { text: s.caveat, small: true },
        ],
      })),
    ),
  };
}

/** The source line: the stored documents the statements quote, by publisher. */
export function statementsSourceLine(
  statements: readonly TradeStatement[],
  publisherOf: (sourceId: string) => string | undefined,
): string {
  const ids = [...new Set(statements.flatMap((s) => s.evidence.map((e) => e.sourceId)))];
  const publishers = [...new Set(ids.map((id) => publisherOf(id) ?? id))];
  return `Sources: stored public documents (${publishers.join("; ")}), quoted in each statement's evidence. Officials' words, not statistics: not comparable with the IMF DOTS series above.`;
}

export function tradeStatementsView(
  statements: readonly TradeStatement[],
  publisherOf: (sourceId: string) => string | undefined,
) {
  const dated = statements
    .map((s) => s.date)
    .filter((d) => d !== "undated")
    .sort();
  const undated = statements.length - dated.length;
  return {
    ...TRADE_STATEMENTS_TEXTS,
    source: statementsSourceLine(statements, publisherOf),
    asOf: `Statements dated ${dated[0] ?? "?"} to ${dated.at(-1) ?? "?"}${undated ? ` (${undated} undated)` : ""}`,
    table: statementsTable(statements),
    dots: statementDots(statements),
    statements,
  };
}
