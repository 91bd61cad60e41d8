import { ChartFrame } from "./chart-frame";
import { DataTable } from "./data-table";
import { frameTexts } from "@/lib/views/view-model";
import { WATCH_GROUP_LABELS, type ArmsDealsView } from "@/lib/views/arms-deals";

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
