import "server-only";
import { getBalancingData } from "@/lib/data/balancing";
import { getFactionsData } from "@/lib/data/factions";
import { getFiguresData } from "@/lib/data/figures";
import { getPaperVersusData } from "@/lib/data/external-data";
import { getSyriaData } from "@/lib/data/syria";
import { getTimelineData } from "@/lib/data/timeline";
import type { Evidence } from "@/lib/data/schemas/common";
import { anchorHref, dimensionHref, itemHref, PAGES } from "@/lib/routes";

/** A place in the dashboard that cites a footnote, with the link that opens it. */
export interface CitingPlace {
  label: string;
  href: string;
}

/**
 * Every footnote number with the views that cite it, so /sources can send a reader from a
 * footnote to the chart or card that rests on it. Built from the datasets, never by hand.
 */
export function citationIndex(): Map<number, CitingPlace[]> {
  cache ??= buildIndex();
  return cache;
}

// The datasets are fixed for the life of a build, so the index is built once per process.
let cache: Map<number, CitingPlace[]> | undefined;

function buildIndex(): Map<number, CitingPlace[]> {
  const index = new Map<number, CitingPlace[]>();
  const add = (evidence: Evidence[] | undefined, place: CitingPlace) => {
    for (const n of new Set((evidence ?? []).map((e) => ("footnote" in e ? e.footnote : null)))) {
      if (n === null) continue;
      const list = index.get(n) ?? [];
      if (!list.some((p) => p.href === place.href)) list.push(place);
      index.set(n, list);
    }
  };

  const { dimensions, factions, consensus, arbiter, outlook } = getFactionsData();
  for (const [note, heading] of [
    [consensus, "what the camps share"],
    [arbiter, "who the arguments are aimed at"],
    [outlook, "where the paper expects the debate to go"],
  ] as const) {
    add(note.evidence, { label: `Iran's camps: ${heading}`, href: anchorHref("debateFrame") });
  }
  for (const d of dimensions) {
    for (const f of factions) {
      const score = f.scores.find((s) => s.dimension === d.id);
      add(score?.evidence, {
        label: `Iran's camps: ${d.label} (radar and evidence)`,
        href: dimensionHref(PAGES.factions, d.id),
      });
    }
  }
  for (const f of factions) {
    for (const p of f.people)
      add(p.evidence, { label: `Overview: ${p.name}`, href: PAGES.overview });
  }

  const balancing = getBalancingData();
  for (const d of balancing.dimensions) {
    for (const a of [...balancing.actors, balancing.reference]) {
      add(a.scores.find((s) => s.dimension === d.id)?.evidence, {
        label: `Moscow's balancing: ${d.label} (radar and evidence)`,
        href: dimensionHref(PAGES.balancing, d.id),
      });
    }
  }
  for (const a of balancing.actors) {
    for (const block of [a.holds, a.concessions, a.iranResponse]) {
      add(block.evidence, {
        label: `Moscow's balancing: ${a.name}`,
        href: itemHref("actor", a.id),
      });
    }
  }
  for (const issue of getSyriaData().issues) {
    add([...issue.russia.evidence, ...issue.iran.evidence], {
      label: `Syria: ${issue.issue}`,
      href: itemHref("syriaIssue", issue.id),
    });
  }
  add(getSyriaData().judgement.evidence, {
    label: "Syria: the paper's net judgement",
    href: anchorHref("syria"),
  });
  for (const f of getFiguresData().figures) {
    add(f.evidence, { label: `Figures: ${f.label}`, href: itemHref("figure", f.id) });
  }
  for (const item of getPaperVersusData()) {
    if (!item.footnoteMissing) {
      add([{ ...item.claim, footnote: item.citedFootnote }], {
        label: "Figures: the paper against the data",
        href: anchorHref("paperVsData"),
      });
    }
  }
  for (const e of getTimelineData().events) {
    add(e.evidence, { label: `Timeline: ${e.title}`, href: itemHref("event", e.id) });
  }
  return index;
}
