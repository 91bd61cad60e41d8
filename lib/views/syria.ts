import type { SyriaIssue } from "@/lib/data/schemas/syria";
import type { DebateNote } from "@/lib/data/schemas/common";
import { PAPER_AS_OF, PAPER_CITATION } from "@/lib/data/paper-sections";
import { SYRIA_ALIGNMENTS, syriaTally, tallyWords } from "./syria-tally";
import { cite, MAX_NOTES, type ViewTexts } from "./view-model";
import { anchorHref } from "@/lib/routes";

/**
 * Russia and Iran in Syria, issue by issue (/balancing's Syria section, deck token "syria"):
 * how many issues of each kind find the two converging, mixed or diverging.
 */

export const SYRIA_SOURCE = `Source: ${PAPER_CITATION.short}. Alignments and groups are this dashboard's coded reading of the paper.`;

export function syriaView(data: { issues: SyriaIssue[]; judgement: DebateNote }) {
  const { issues, judgement } = data;
  const tally = syriaTally(issues);
  // One bar per kind of issue and alignment that occurs: counts are compared within a kind only.
  const bars = tally.flatMap((g) =>
    SYRIA_ALIGNMENTS.filter((a) => g.byAlignment[a].length > 0).map((a) => ({
      id: `${g.group}-${a}`,
      group: g,
      alignment: a,
      n: g.byAlignment[a].length,
    })),
  );
  const texts: ViewTexts = {
    title: "Russia and Iran in Syria, issue by issue",
    description:
      "How many Syrian issues of each kind (core aims, 2016 episodes, longer-term questions, third states) find Russia and Iran converging, mixed or diverging, as coded by this dashboard; compare counts within a kind, not across kinds.",
    takeaway: `${tally.map((g) => `${g.label}: ${tallyWords(g)}`).join("; ")}. The paper's net judgement: a broadly effective military coalition whose strategies may ultimately diverge on some fundamental issues.`,
    source: SYRIA_SOURCE,
    asOf: PAPER_AS_OF,
    unit: "Number of Syrian issues",
    href: anchorHref("syria"),
    token: "syria",
    table: {
      caption: "Number of issues by kind and alignment, and the issues.",
      columns: ["Kind of issue", "Alignment", "Issues", "Which"],
      rows: bars.map((b) => ({
        key: b.id,
        cells: [
          { text: b.group.label, header: true },
          { text: b.alignment, value: b.alignment },
          { text: String(b.n), value: b.n },
          { text: b.group.byAlignment[b.alignment].map((i) => i.issue).join("; "), small: true },
        ],
      })),
    },
    notes: [
      {
        heading: "The paper's net judgement",
        text: judgement.summary,
        ...cite(judgement.evidence[0]),
      },
      ...tally.map((g) => ({
        heading: `${g.label} (${g.issues.length})`,
        text: SYRIA_ALIGNMENTS.filter((a) => g.byAlignment[a].length > 0)
          .map((a) => `${a}: ${g.byAlignment[a].map((i) => i.issue).join("; ")}`)
          .join(". "),
      })),
    ].slice(0, MAX_NOTES),
  };
  return { ...texts, tally, bars };
}
