// @vitest-environment jsdom
import { render, screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { EvidenceList } from "@/components/evidence/evidence-list";
import { referenceText } from "@/lib/evidence/attribution";
import type { Evidence } from "@/lib/data/schemas/common";
import type { StoredSource } from "@/lib/data/schemas/stored-sources";

const source: StoredSource = {
  id: "sputnik-2023-07-04-iran-sco-full-member",
  title: "Iran Becomes Full-Fledged Member of Shanghai Cooperation Organization",
  publisher: "Sputnik",
  date: "2023-07-04",
  url: "https://sputnikglobe.com/20230704/iran-becomes-full-fledged-member-of-shanghai-cooperation-organization-1111655518.html",
  summary: "Iran becomes a full SCO member.",
};
const stored: Evidence = {
  sourceId: source.id,
  quote: "the admission of Iran to the SCO as a full member state",
};
const paper: Evidence = {
  attribution: { kind: "authors" },
  section: "The middle way",
  footnote: null,
  quote: "a quote from the paper",
};

describe("a stored document's quote, wherever evidence is shown", () => {
  it("names the publisher, date and title, links the page, and is marked as outside the paper", () => {
    const { container } = render(
      <EvidenceList
        evidence={[paper, stored]}
        footnotes={{}}
        paperTitle="The paper"
        storedSources={{ [source.id]: source }}
      />,
    );
    const item = container.querySelector('[data-evidence-kind="stored"]');
    expect(item?.textContent).toMatch(/Outside the paper/);
    expect(item?.textContent).toContain("Sputnik, 2023-07-04");
    expect(item?.textContent).toContain(`“${source.title}”`);
    expect(item?.textContent).not.toContain("The paper, §");
    expect(screen.getByRole("link", { name: /sputnikglobe\.com/ }).getAttribute("href")).toBe(
      source.url,
    );
    expect(container.querySelector('[data-evidence-kind="paper"]')?.textContent).toContain(
      "The paper, § The middle way",
    );
  });

  it("copies a citation that says it is outside the paper", () => {
    expect(referenceText(stored, source)).toBe(
      `outside the paper: Sputnik, 2023-07-04, “${source.title}”, ${source.url}`,
    );
    expect(referenceText(stored)).toBe(`outside the paper: stored document ${source.id}`);
  });
});
