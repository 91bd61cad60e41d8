import type { ExternalSource } from "@/lib/data/schemas/common";
import { SERIES_UNIT_LABELS, sourceLineFor } from "@/lib/charts/chart-data";
import { formatNumber } from "@/lib/charts/number-format";
import type { RecipientRanking } from "./paper-vs-data";
import type { ViewTexts } from "./view-model";
import { PAGES } from "@/lib/routes";

/**
 * Russia's arms customers (/figures, deck token "arms-recipients"): its deliveries per recipient
 * over a window, ranked among ALL its recipients: the ten largest, and Iran at its true rank
 * when it is not among them (a chart of a few chosen countries would make Iran look higher than
 * it is).
 */

const SHOWN = 10;

export function armsRecipientsView(data: { ranking: RecipientRanking; source: ExternalSource }) {
  const { ranking, source } = data;
  const withDeliveries = ranking.ranking.filter((r) => r.total > 0);
  const top = withDeliveries.slice(0, SHOWN);
  const iran = ranking.iran;
  const rows = iran && !top.some((r) => r.id === iran.id) ? [...top, iran] : top;
  const { from, to } = ranking;
  const texts: ViewTexts = {
    title: `Russia's arms deliveries: the ten largest recipients and Iran, ${from}–${to}`,
    description: `Total SIPRI TIV delivered by Russia over ${from}–${to}, ranked among all ${withDeliveries.length} recipients with recorded deliveries${iran ? `; Iran ranks ${iran.rank}` : ""}.`,
    takeaway: iran
      ? `Iran ranks ${iran.rank} of ${withDeliveries.length} recipients of Russian arms over ${from}–${to}, with ${formatNumber(iran.total)}m TIV.`
      : `Iran received no Russian arms recorded by SIPRI over ${from}–${to}.`,
    source: sourceLineFor([source]),
    asOf: `Data as published: ${source.vintage}`,
    unit: SERIES_UNIT_LABELS.tiv_m,
    href: PAGES.figures,
    token: "arms-recipients",
    table: {
      caption: `Total TIV (millions) delivered by Russia, ${from}–${to}, with each recipient's rank.`,
      columns: ["Rank", "Recipient", "TIV millions"],
      rows: rows.map((r) => ({
        key: r.id,
        cells: [
          { text: String(r.rank), value: r.rank },
          { text: r.name, header: true },
          { text: formatNumber(r.total), value: r.total },
        ],
      })),
    },
    notes: [
      {
        heading: "What TIV measures",
        text: "SIPRI's trend-indicator value is a volume index of military capability transferred, not the money paid; compare it only with other TIV figures.",
      },
    ],
  };
  return { ...texts, rows, iranId: iran?.id };
}
