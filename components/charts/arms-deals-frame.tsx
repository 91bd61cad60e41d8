import { ChartFrame } from "./chart-frame";
import { DataTable } from "./data-table";
import { frameTexts } from "@/lib/views/view-model";
import { WATCH_GROUP_LABELS, type ArmsDealsView, type WatchRow } from "@/lib/views/arms-deals";
import { formatNumber } from "@/lib/charts/number-format";

const ROW = 24;
const LABEL = 70;
const BAR = 200;
/** Room for the longest label ("0 delivered; order size not given") after the bar. */
const WIDTH = LABEL + BAR + 260;

/**
 * Delivered against ordered for each watched system, as a share of the order: a full bar is a
 * complete delivery. A system with no deal, or an order whose size the register does not give,
 * is written out rather than drawn, so nothing is drawn that the register does not state.
 */
function DeliveredBars({ watch }: { watch: readonly WatchRow[] }) {
  const height = ROW * watch.length + 4;
  return (
    // Drawn at its own size (no scaling), so its 11–12 px text stays legible on a phone; a
    // narrow screen scrolls it sideways instead.
    <svg
      viewBox={`0 0 ${WIDTH} ${height}`}
      width={WIDTH}
      height={height}
      className="block"
      role="img"
      aria-label="Each watched system: the share of its order delivered, as the register states it"
    >
      {watch.map((w, i) => {
        const y = i * ROW + 4;
        const d = w.deals[0];
        const ordered = d?.numberOrdered ?? null;
        const share = d && ordered ? Math.min(1, d.numberDelivered / ordered) : 0;
        const label = !d
          ? "not in the register"
          : ordered === null
            ? `${formatNumber(d.numberDelivered)} delivered; order size not given`
            : `${formatNumber(d.numberDelivered)} of ${formatNumber(ordered)} delivered`;
        return (
          <g key={w.system} data-system={w.system}>
            <text x={0} y={y + 13} fontSize={12} fill="currentColor">
              {w.system}
            </text>
            {d ? (
              <>
                <rect
                  x={LABEL}
                  y={y + 2}
                  width={BAR}
                  height={ROW - 8}
                  fill="none"
                  stroke="var(--color-muted)"
                  strokeDasharray={ordered === null ? "4 3" : undefined}
                />
                <rect
                  x={LABEL}
                  y={y + 2}
                  width={BAR * share}
                  height={ROW - 8}
                  fill="var(--color-russia)"
                />
              </>
            ) : null}
            <text x={d ? LABEL + BAR + 6 : LABEL} y={y + 13} fontSize={11} fill="currentColor">
              {label}
              {w.deals.length > 1 ? ` (first of ${w.deals.length} deals)` : ""}
            </text>
          </g>
        );
      })}
    </svg>
  );
}

/**
 * The deals of one register release in their frame: the paper's wish list and the later orders
 * as the register states them, then every Russia↔Iran deal of the release (the view's table,
 * which the exports write too). Drawn by the /figures page, the deck and the embed alike.
 */
export function ArmsDealsFrame({
  view,
  testId = "arms-deals-table",
  slide,
}: {
  view: ArmsDealsView;
  testId?: string;
  /** The deck token of this view, for "Add to deck" (absent on a slide itself). */
  slide?: string;
}) {
  return (
    <ChartFrame
      testId={testId}
      headingLevel="h3"
      slide={slide}
      {...frameTexts(view)}
      boxStyle={{ height: "auto" }}
    >
      <div className="space-y-4 text-sm">
        <div data-testid="deals-watch-list">
          <p className="font-semibold">
            The paper&apos;s wish list and later orders: ordered against delivered
          </p>
          <div className="overflow-x-auto">
            <DeliveredBars watch={view.watch} />
          </div>
          <ul className="mt-1 space-y-1">
            {view.watch.map((w) => (
              <li key={w.system} data-system={w.system} className="border-t border-border pt-1">
                <span className="font-semibold">{w.system}</span>{" "}
                <span className="text-muted">({WATCH_GROUP_LABELS[w.group]})</span>: {w.text}
              </li>
            ))}
          </ul>
        </div>
        <div className="max-h-96 overflow-auto" tabIndex={0} role="region" aria-label="Every deal">
          <p className="font-semibold">
            Every Russia↔Iran deal in this release, newest order first
          </p>
          <DataTable table={view.table} />
        </div>
      </div>
    </ChartFrame>
  );
}
