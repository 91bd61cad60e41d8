"use client";

import { useEffect } from "react";
import { OUTCOME_TOPICS, OUTCOME_VERDICTS } from "@/lib/constants";
import type { OutcomeTopic, OutcomeVerdict } from "@/lib/data/schemas/outcomes";
import {
  filterOutcomes,
  ledgerToken,
  parseLedgerState,
  serialiseLedgerState,
  TOPIC_LABELS,
  VERDICT_LABELS,
  type LedgerIndex,
} from "@/lib/views/ledger";
import { paramsToRecord, toggleIn } from "@/lib/views/view-state";
import { FilterChips, FilterPanel } from "./filter-chips";
import { showOnly } from "./filter-list";
import { AddToDeckButton } from "@/components/export/chart-actions";
import { Notices } from "@/components/shell/notices";
import { useUrlState } from "@/components/shell/use-url-state";

const isVerdict = (v: string): v is OutcomeVerdict =>
  (OUTCOME_VERDICTS as readonly string[]).includes(v);
const isTopic = (t: string): t is OutcomeTopic => (OUTCOME_TOPICS as readonly string[]).includes(t);

/** The ledger's filters (verdict, topic); the entries themselves are server HTML (LedgerList). */
export function LedgerView({ index }: { index: LedgerIndex[] }) {
  const { state, update, notices, watcher } = useUrlState(
    (params) => parseLedgerState(paramsToRecord(params)),
    serialiseLedgerState,
  );
  const shown = filterOutcomes(index, state);
  const key = shown.map((o) => o.id).join(",");
  useEffect(() => {
    showOnly(new Set(key ? key.split(",") : []), {
      item: "data-outcome-id",
      group: "data-outcome-topic-group",
      empty: "data-ledger-empty",
    });
  }, [key]);
  const count = (v: string) => index.filter((o) => o.verdict === v).length;

  return (
    <div className="space-y-4">
      {watcher}
      <Notices notices={notices} />
      <FilterPanel
        legend="Filter the ledger"
        testId="ledger-filters"
        status={`Showing ${shown.length} of ${index.length} entries.`}
        active={state.verdict.length > 0 || state.topic.length > 0}
        onClear={() => update(() => ({ verdict: [], topic: [] }))}
      >
        <FilterChips
          label="Verdict"
          options={OUTCOME_VERDICTS.map((v) => ({
            value: v,
            label: `${VERDICT_LABELS[v]} (${count(v)})`,
          }))}
          selected={state.verdict}
          onToggle={(v) =>
            update((s) => ({ ...s, verdict: toggleIn(s.verdict, v).filter(isVerdict) }))
          }
        />
        <FilterChips
          label="Topic"
          options={OUTCOME_TOPICS.filter((t) => index.some((o) => o.topic === t)).map((t) => ({
            value: t,
            label: TOPIC_LABELS[t],
          }))}
          selected={state.topic}
          onToggle={(t) => update((s) => ({ ...s, topic: toggleIn(s.topic, t).filter(isTopic) }))}
        />
      </FilterPanel>
      <AddToDeckButton slide={ledgerToken(state)} label="Add this ledger view to deck" />
    </div>
  );
}
