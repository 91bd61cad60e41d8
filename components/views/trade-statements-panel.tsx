import { ChartFrame } from "@/components/charts/chart-frame";
import { EvidenceList } from "@/components/evidence/evidence-list";
import type { StoredSource } from "@/lib/data/schemas/stored-sources";
import type { TradeStatement } from "@/lib/data/schemas/trade-statements";
import { TRADE_STATEMENT_SPEAKER_LABELS } from "@/lib/constants";
import { frameTexts } from "@/lib/views/view-model";
import {
  figureText,
  statementKindLabel,
  TRADE_STATEMENTS_TEST_ID,
  tradeStatementsView,
  type StatementDot,
} from "@/lib/views/trade-statements";

/**
 * A dot per stated turnover level, on its own axis of US$ billions as stated. Dots, not a line:
 * the figures come from different speakers and periods (a nine-month total beside full years),
 * so joining them would invent a series. Hollow dots cover part of a year.
 */
function StatementDots({ dots }: { dots: StatementDot[] }) {
  const rowH = 34;
  const left = 290;
  const width = 760;
  const plotW = width - left - 30;
  // A whole billion of headroom, so the value label beside the largest dot stays inside.
  const max = Math.max(5, Math.ceil(Math.max(...dots.map((d) => d.value))) + 1);
  const x = (v: number) => left + (v / max) * plotW;
  const height = dots.length * rowH + 40;
  const ticks = Array.from({ length: max + 1 }, (_, i) => i);
  return (
    <svg
      viewBox={`0 0 ${width} ${height}`}
      className="h-auto w-full max-w-3xl"
      role="img"
      aria-label={`Stated turnover, US$ billions: ${dots.map((d) => `${d.label}, ${d.statedAs}${d.fullYear ? "" : " (part of a year)"}`).join("; ")}`}
      data-testid="trade-statement-dots"
    >
      {ticks.map((t) => (
        <g key={t}>
          <line x1={x(t)} x2={x(t)} y1={10} y2={height - 28} stroke="currentColor" opacity={0.15} />
          <text x={x(t)} y={height - 12} textAnchor="middle" fontSize={11} fill="currentColor">
            ${t}bn
          </text>
        </g>
      ))}
      {dots.map((d, i) => {
        const y = 24 + i * rowH;
        return (
          <g key={d.id} data-statement-dot={d.statementId}>
            <text x={left - 10} y={y + 4} textAnchor="end" fontSize={12} fill="currentColor">
              {d.label.length > 46 ? `${d.label.slice(0, 45)}…` : d.label}
            </text>
            <circle
              cx={x(d.value)}
              cy={y}
              r={7}
              stroke="currentColor"
              strokeWidth={2}
              fill={d.fullYear ? "currentColor" : "none"}
            />
            <text x={x(d.value) + 12} y={y + 4} fontSize={12} fill="currentColor">
              “{d.statedAs}”{d.fullYear ? "" : " (part of a year)"}
            </text>
          </g>
        );
      })}
    </svg>
  );
}

/** One statement's quote and source, opened on demand (the evidence panel of this view). */
function StatementEvidence({
  statement: s,
  storedSources,
  paperTitle,
}: {
  statement: TradeStatement;
  storedSources: Record<string, StoredSource>;
  paperTitle: string;
}) {
  return (
    <li data-statement={s.id} data-statement-kind={s.kind} className="text-sm">
      <details>
        <summary className="cursor-pointer">
          <span className="font-medium">{s.speaker.name}</span>
          {s.date === "undated" ? ", undated" : `, ${s.date}`}:{" "}
          {s.figures.map((f) => `${figureText(f)} (${f.period})`).join("; ")}{" "}
          <span className="ml-1 rounded border border-border px-1 text-xs" data-kind-label={s.kind}>
            {statementKindLabel(s)}
          </span>
        </summary>
        <p className="mt-2 text-xs text-muted">
          Stated by {TRADE_STATEMENT_SPEAKER_LABELS[s.speaker.type]}: {s.speaker.role}. {s.caveat}
          {s.dateNote ? ` Date: ${s.dateNote}` : ""} Confidence: {s.confidence}.
        </p>
        <EvidenceList
          evidence={s.evidence}
          footnotes={{}}
          paperTitle={paperTitle}
          storedSources={storedSources}
        />
      </details>
    </li>
  );
}

/**
 * Officials' trade statements after the paper, as their own kind: a dot chart of the stated
 * turnover levels, the table of every figure, and each statement's quote and source.
 */
export function TradeStatementsPanel({
  statements,
  storedSources,
  paperTitle,
}: {
  statements: readonly TradeStatement[];
  storedSources: Record<string, StoredSource>;
  paperTitle: string;
}) {
  const view = tradeStatementsView(statements, (id) => storedSources[id]?.publisher);
  return (
    <div className="space-y-3">
      <ChartFrame
        testId={TRADE_STATEMENTS_TEST_ID}
        {...frameTexts(view)}
        headingLevel="h3"
        boxStyle={{ height: "auto" }}
        footnote={
          <p>
            Not drawn: growth rates (no dollar axis), expectations and targets (not a turnover), the
            Eurasian Economic Union&apos;s figures (not Russia alone) and a figure with no stated
            period. All are in the table and below.
          </p>
        }
      >
        <StatementDots dots={view.dots} />
      </ChartFrame>
      <section
        aria-label="Each statement's quote and source"
        data-testid="trade-statements-evidence"
      >
        <h4 className="text-sm font-semibold">Each statement, with its quote and source</h4>
        <ul className="mt-2 space-y-2">
          {statements.map((s) => (
            <StatementEvidence
              key={s.id}
              statement={s}
              storedSources={storedSources}
              paperTitle={paperTitle}
            />
          ))}
        </ul>
      </section>
    </div>
  );
}
