import { factionsFileSchema } from "./schemas/factions";
import { sourcesFileSchema } from "./schemas/sources";
import { balancingFileSchema } from "./schemas/balancing";
import { figuresFileSchema } from "./schemas/figures";
import { seriesFileSchema } from "./schemas/series";
import { armsRecipientsFileSchema } from "./schemas/arms-recipients";
import { armsDealsFileSchema } from "./schemas/arms-deals";
import { armsTotalsFileSchema } from "./schemas/arms-totals";
import { timelineFileSchema } from "./schemas/timeline";
import { syriaFileSchema } from "./schemas/syria";
import { storedSourcesFileSchema } from "./schemas/stored-sources";
import { outcomesFileSchema } from "./schemas/outcomes";
import { tradeStatementsFileSchema } from "./schemas/trade-statements";
import { deckFileSchema } from "@/lib/deck/deck-schema";
import { defineDataset, type Dataset } from "./define-dataset";

/**
 * Every data file, defined once. The build-time validator, the JSON Schema generator, the
 * data-integrity tests and the API index all read DATASETS, so a new dataset is checked and
 * listed everywhere once it is defined here; its server-only module (lib/data/<name>.ts) then
 * imports the JSON and makes the getter with `<name>Dataset.getter(raw)`.
 */

export const factionsDataset = defineDataset({
  name: "factions",
  schema: factionsFileSchema,
  api: [
    {
      path: "/api/factions",
      query: "ids: comma-separated faction ids (optional)",
      returns:
        "the dimensions, the paper's framing of the debate (consensus, arbiter, outlook) and the camps with their scores and evidence",
    },
    {
      path: "/api/factions/{id}",
      query: "none",
      returns: "one camp with its people, scores and evidence",
    },
  ],
});

export const sourcesDataset = defineDataset({
  name: "sources",
  schema: sourcesFileSchema,
  api: [
    {
      path: "/api/sources",
      query: "number: comma-separated footnote numbers; missing: true or false (both optional)",
      returns: "the paper's footnotes with their citations and links",
    },
  ],
});

export const balancingDataset = defineDataset({
  name: "balancing",
  schema: balancingFileSchema,
  api: [
    {
      path: "/api/balancing",
      query: "none",
      returns:
        "Israel, Saudi Arabia and Turkey scored on Moscow's balancing dimensions, with Iran for reference",
    },
  ],
});

export const figuresDataset = defineDataset({
  name: "figures",
  schema: figuresFileSchema,
  api: [
    {
      path: "/api/figures",
      query: "kind: comma-separated figure kinds; party: comma-separated party ids (both optional)",
      returns:
        "every number the paper states about trade, deals, arms and budgets, with kind, unit, caveat and evidence",
    },
  ],
});

export const seriesDataset = defineDataset({
  name: "series",
  schema: seriesFileSchema,
  api: [
    {
      path: "/api/series",
      query:
        "id, kind (tiv, trade-flow, milex), party, release (sipri-milex-2017, sipri-milex-2025, sipri-milex-2026, sipri-at-2022, sipri-at-2024, imf-dots-2022): comma-separated (all optional)",
      returns:
        "SIPRI and IMF time series with publisher, dataset, vintage and licence, and the paper's claims against them",
    },
  ],
});

// Served only through the paper-versus-data comparison of /api/series, so it has no endpoint.
export const armsRecipientsDataset = defineDataset({
  name: "arms-recipients",
  schema: armsRecipientsFileSchema,
});

export const armsDealsDataset = defineDataset({
  name: "arms-deals",
  schema: armsDealsFileSchema,
  api: [
    {
      path: "/api/arms-deals",
      query: "release: sipri-at-2025 or sipri-at-2026 (optional; default every release)",
      returns:
        "the Russia↔Iran deals of SIPRI's deal-level trade registers, one block per release (ordered, delivered, delivery years, TIV per unit, status, comments), and SIPRI's 2024 single-year volumes",
    },
  ],
});

// Shown on /figures beside the arms chart (the revisions between releases); no endpoint.
export const armsTotalsDataset = defineDataset({
  name: "arms-totals",
  schema: armsTotalsFileSchema,
});

export const timelineDataset = defineDataset({
  name: "timeline",
  schema: timelineFileSchema,
  api: [
    {
      path: "/api/timeline",
      query:
        "category, actor: comma-separated; thread: one story id (e.g. s-300); period: paper or after; from, to: YYYY, YYYY-MM or YYYY-MM-DD (all optional)",
      returns:
        "events the paper dates, 1953 to 2016, what it expects later, and events after it from stored documents",
    },
  ],
});

export const syriaDataset = defineDataset({
  name: "syria",
  schema: syriaFileSchema,
  api: [
    {
      path: "/api/syria",
      query: "alignment: converge, diverge or mixed, comma-separated (optional)",
      returns: "Russia's and Iran's positions on each Syria issue, with their alignment",
    },
  ],
});

export const outcomesDataset = defineDataset({
  name: "outcomes",
  schema: outcomesFileSchema,
  api: [
    {
      path: "/api/outcomes",
      query:
        "verdict: held, not-held, mixed, too-early, not-testable or not-anticipated; topic: camps, partnership, arms, syria, regional, economy, west or europe; comma-separated (both optional)",
      returns:
        "the expectations ledger: each of the paper's expectations (its words, section and footnote) against what stored public documents say happened, with our verdict, rationale, confidence and the date of the latest evidence; and developments the paper did not anticipate",
    },
  ],
});

/**
 * Trade figures officials state after the paper (2022–2025), from stored documents: their own
 * kind, never a statistical series. Shown on /figures and served by /api/trade-statements.
 */
export const tradeStatementsDataset = defineDataset({
  name: "trade-statements",
  schema: tradeStatementsFileSchema,
  api: [
    {
      path: "/api/trade-statements",
      query:
        "kind: reported-turnover or target; scope: russia-iran or eaeu-iran; comma-separated (both optional)",
      returns:
        "trade figures stated in words after the paper (2022–2025), each with who said it, when, the figure as worded, its hedges and the stored document's quote; never a statistical series",
    },
  ],
});

/** The stored public documents that evidence after the paper cites (generated; see the README). */
export const storedSourcesDataset = defineDataset({
  name: "stored-sources",
  schema: storedSourcesFileSchema,
});

export const deckDataset = defineDataset({ name: "deck", schema: deckFileSchema });

export const DATASETS: readonly Dataset[] = [
  factionsDataset,
  sourcesDataset,
  balancingDataset,
  figuresDataset,
  seriesDataset,
  armsRecipientsDataset,
  armsDealsDataset,
  armsTotalsDataset,
  timelineDataset,
  syriaDataset,
  outcomesDataset,
  tradeStatementsDataset,
  storedSourcesDataset,
  deckDataset,
];
