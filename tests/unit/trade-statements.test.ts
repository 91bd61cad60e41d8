import { describe, expect, it } from "vitest";
import { requireSource } from "./source-guard";
import { getSeriesData } from "@/lib/data/external-data";
import { getTradeStatements } from "@/lib/data/trade-statements";
import { GET } from "@/app/api/trade-statements/route";
import { getStoredSources } from "@/lib/data/stored-sources";
import {
  tradeStatementSchema,
  tradeStatementsFileSchema,
  type TradeStatement,
} from "@/lib/data/schemas/trade-statements";
import { seriesSchema } from "@/lib/data/schemas/series";
import {
  checkStoredQuote,
  readStoredDocument,
  resolveStoredSourcesDir,
} from "@/lib/data/stored-source-check";
import { SERIES_VIEW_IDS, SERIES_VIEWS } from "@/lib/views/series-views";
import {
  statementDots,
  statementKindLabel,
  tradeStatementsView,
} from "@/lib/views/trade-statements";

const { statements } = getTradeStatements();
const series = getSeriesData().series;
const byId = (id: string): TradeStatement => {
  const s = statements.find((x) => x.id === id);
  if (!s) throw new Error(`no statement ${id}`);
  return s;
};

describe("officials' trade statements, 2022–2025", () => {
  it("each carry a stored quote that holds its figure as worded, from a document the app lists", () => {
    const listed = new Set(getStoredSources().sources.map((s) => s.id));
    for (const s of statements) {
      expect(s.evidence.length, s.id).toBeGreaterThan(0);
      for (const e of s.evidence)
        expect(listed.has(e.sourceId), `${s.id}: ${e.sourceId}`).toBe(true);
      for (const f of s.figures) {
        expect(
          s.evidence.some((e) => e.quote.includes(f.statedAs)),
          `${s.id}: ${f.statedAs}`,
        ).toBe(true);
      }
    }
  });

  it("code who said what, when, with the number, unit, period and hedge as stated", () => {
    const putin = byId("putin-2024-2025-growth");
    expect(putin.speaker).toMatchObject({ name: "Vladimir Putin", type: "official" });
    expect(putin.date).toBe("2025-12-12");
    expect(putin.figures.map((f) => [f.value, f.unit, f.measure, f.period.slice(0, 4)])).toEqual([
      [13, "percent", "increase", "2024"],
      [8, "percent", "increase", "2025"],
    ]);
    const overchuk = byId("overchuk-2024-nine-months");
    expect(overchuk.figures[0]).toMatchObject({
      value: 3.3,
      unit: "usd_bn",
      statedAs: "$3.3 bln",
      fullYear: false,
    });
    const fall = byId("russian-data-2023-turnover").figures[1];
    expect(fall).toMatchObject({ measure: "decrease", value: 17, unit: "percent" });
    // Stated in roubles or percent, never converted: every dollar figure is in the quote as dollars.
    for (const s of statements) {
      for (const f of s.figures.filter((x) => x.unit === "usd_bn")) {
        expect(f.statedAs, s.id).toMatch(/^\$/);
      }
    }
    expect(byId("lozhechko-20bn-expectation").figures[0]).toMatchObject({
      qualifier: "at-least",
      hedges: ["at least"],
    });
  });

  it("mark targets and expectations as their own kind, apart from turnover", () => {
    const targets = statements.filter((s) => s.kind === "target").map((s) => s.id);
    expect(targets.sort()).toEqual(["eec-12bn-expectation", "lozhechko-20bn-expectation"]);
    expect(byId("eec-12bn-expectation").scope).toBe("eaeu-iran");
    expect(byId("lozhechko-20bn-expectation").speaker.type).toBe("business-figure");
    // Only an official's figure is labelled as one; the press and a business figure say who they are.
    expect(statementKindLabel(byId("overchuk-2025-seven-months"))).toBe(
      "Turnover reported by an official",
    );
    expect(statementKindLabel(byId("russian-data-2022-turnover"))).toBe(
      "Turnover reported by the press, citing official data",
    );
    expect(statementKindLabel(byId("lozhechko-official-figure"))).toBe(
      "Turnover reported by a business figure (not an official)",
    );
    expect(statementKindLabel(byId("eec-12bn-expectation"))).toBe(
      "Target or expectation (not a turnover)",
    );
  });

  it("are never part of a statistical series or a series chart", () => {
    const seriesIds = new Set(series.map((s) => s.id));
    for (const s of statements) expect(seriesIds.has(s.id), s.id).toBe(false);
    // Every series is IMF or SIPRI data; no statement was turned into points.
    expect(new Set(series.map((s) => s.source.publisher))).toEqual(new Set(["IMF", "SIPRI"]));
    expect(series.some((s) => s.points.some((p) => p.year > 2020 && s.kind === "trade-flow"))).toBe(
      false,
    );
    // No series chart picks anything dated after its data ends (DOTS stops at 2020).
    for (const id of SERIES_VIEW_IDS) {
      const shown = series.filter(SERIES_VIEWS[id].pick);
      const last = Math.max(...shown.flatMap((s) => s.points.map((p) => p.year)));
      expect(SERIES_VIEWS[id].to, id).toBeLessThanOrEqual(last);
    }
    // A statement cannot pass as a series, nor carry year-by-year points.
    const s = byId("overchuk-2024-nine-months");
    expect(seriesSchema.safeParse(s).success).toBe(false);
    expect(
      tradeStatementSchema.safeParse({ ...s, points: [{ year: 2024, value: 3.3 }] }).success,
    ).toBe(false);
  });

  it("draw as dots only the Russia–Iran turnover levels in dollars with a stated period", () => {
    const dots = statementDots(statements);
    expect(dots.map((d) => [d.statementId, d.value, d.fullYear])).toEqual([
      ["russian-data-2022-turnover", 4.9, true],
      ["russian-data-2023-turnover", 4, true],
      ["overchuk-2024-nine-months", 3.3, false],
    ]);
    const view = tradeStatementsView(statements, (id) => id);
    expect(view.table.rows).toHaveLength(statements.flatMap((s) => s.figures).length);
    expect(view.source).toContain("not comparable with the IMF DOTS series");
  });

  it("refuse a figure that is not in the quote, or whose number differs from the words", () => {
    const s = byId("russian-data-2022-turnover");
    const [first, second] = s.figures;
    const changed = { ...s, figures: [{ ...first!, value: 5 }, second!] };
    expect(tradeStatementSchema.safeParse(changed).success).toBe(false);
    const notQuoted = { ...s, figures: [{ ...first!, statedAs: "$5bn", value: 5 }, second!] };
    expect(tradeStatementSchema.safeParse(notQuoted).error?.issues[0]?.message).toMatch(
      /not in any of the statement's quotes/,
    );
    expect(tradeStatementSchema.safeParse({ ...s, evidence: [] }).success).toBe(false);
    const hedged = byId("eec-12bn-expectation");
    const badHedge = {
      ...hedged,
      figures: [{ ...hedged.figures[0]!, hedges: ["more than"] }],
    };
    expect(tradeStatementSchema.safeParse(badHedge).success).toBe(false);
    expect(
      tradeStatementsFileSchema.safeParse({ statements: [...statements, statements[0]] }).success,
    ).toBe(false);
  });

  describe("against the stored documents", () => {
    const dir = resolveStoredSourcesDir();
    if (!requireSource(dir !== null, "the stored documents", "STORED_SOURCES_PATH")) return;
    it("hold every quote verbatim", () => {
      for (const s of statements) {
        for (const e of s.evidence) {
          expect(checkStoredQuote(readStoredDocument(dir!, e.sourceId), e.quote), s.id).toEqual([]);
        }
      }
      // And a quote with its number changed is not found.
      const q = byId("overchuk-2024-nine-months").evidence[0]!;
      expect(
        checkStoredQuote(readStoredDocument(dir!, q.sourceId), q.quote.replace("14.7%", "17.4%")),
      ).not.toEqual([]);
    });
  });
});

describe("/api/trade-statements", () => {
  it("serves the statements by kind, and answers 400 naming a kind it does not know", async () => {
    const { statements } = getTradeStatements();
    const targets = GET(new Request("http://localhost/api/trade-statements?kind=target"));
    expect(targets.status).toBe(200);
    const body = (await targets.json()) as { statements: { id: string; kind: string }[] };
    expect(body.statements.map((s) => s.id)).toEqual(
      statements.filter((s) => s.kind === "target").map((s) => s.id),
    );
    expect(body.statements.length).toBeGreaterThan(0);
    const bad = GET(new Request("http://localhost/api/trade-statements?kind=forecast"));
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { error: string }).error).toMatch(/kind/);
  });
});
