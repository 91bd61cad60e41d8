// @vitest-environment jsdom
import { fireEvent, render, screen, within } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import { DiffTable } from "@/components/charts/diff-table";
import {
  EvidencePanel,
  FACTION_EVIDENCE_PLACEHOLDER,
  factionEntries,
} from "@/components/evidence/evidence-panel";
import { DataTable } from "@/components/charts/data-table";
import { radarTable } from "@/lib/charts/chart-tables";
import { getFactionsData } from "@/lib/data/factions";
import { diffRows } from "@/lib/charts/series";
import { footnotesByNumber } from "@/lib/data/sources";
import type { Faction } from "@/lib/data/schemas/factions";

const { dimensions, factions } = getFactionsData();
const byId = (id: string) => factions.find((f) => f.id === id) as Faction;
const dim = (id: string) => dimensions.find((d) => d.id === id)!;

describe("EvidencePanel", () => {
  it("asks the reader to choose a dimension when none is open", () => {
    render(
      <EvidencePanel
        dimension={null}
        entries={factionEntries(factions, null)}
        footnotes={{}}
        paperTitle="ECFR"
        placeholder={FACTION_EVIDENCE_PLACEHOLDER}
      />,
    );
    expect(screen.getByRole("heading", { level: 2 })).toHaveTextContent(/^Evidence$/);
    expect(screen.getByText(/Choose a dimension/)).toBeInTheDocument();
  });

  it("shows each camp's score, confidence, rationale, quotes and the cited footnote with its link", () => {
    render(
      <EvidencePanel
        dimension={dim("alignment-with-moscow")}
        entries={factionEntries(factions, dim("alignment-with-moscow"))}
        placeholder=""
        footnotes={footnotesByNumber([78, 79])}
        paperTitle="ECFR 2016"
      />,
    );
    const middle = screen.getByRole("heading", { name: /The middle way/ }).closest("article")!;
    expect(within(middle).getByText("7")).toBeInTheDocument();
    expect(within(middle).getByText("Medium confidence")).toBeInTheDocument();
    expect(within(middle).getByText(/footnote \[79\]/)).toBeInTheDocument();
    expect(within(middle).getByText(/Gareth Smyth/)).toBeInTheDocument();
    expect(within(middle).getByRole("link", { name: /theguardian\.com/ })).toHaveAttribute(
      "href",
      expect.stringContaining("theguardian.com"),
    );
  });

  it("says 'not stated' and 'Paper is silent' for a null score, with no number", () => {
    render(
      <EvidencePanel
        dimension={dim("economy-of-resistance")}
        entries={factionEntries([byId("middle-way")], dim("economy-of-resistance"))}
        placeholder=""
        footnotes={{}}
        paperTitle="ECFR"
      />,
    );
    expect(screen.getByText("not stated")).toBeInTheDocument();
    expect(screen.getByText("Paper is silent")).toBeInTheDocument();
    expect(screen.queryByText("/ 10")).not.toBeInTheDocument();
    expect(screen.queryByRole("blockquote")).not.toBeInTheDocument();
  });
});

describe("DiffTable", () => {
  const a = byId("russia-leaners");
  const b = byId("re-balancers");

  it("lists rows by gap, marks low confidence and not-stated cells, and opens evidence on a row", () => {
    const onSelect = vi.fn();
    render(
      <DiffTable
        rows={diffRows(dimensions, a, b)}
        a={a}
        b={b}
        selectedDimension={null}
        onSelectDimension={onSelect}
      />,
    );
    const buttons = screen.getAllByRole("button").map((el) => el.textContent);
    expect(buttons.at(-1)).toBe("Concern over energy rivalry");
    expect(screen.getAllByText("(low conf.)").length).toBeGreaterThan(0);
    const energyRow = screen
      .getByRole("button", { name: "Concern over energy rivalry" })
      .closest("tr")!;
    expect(within(energyRow).getByText("not stated")).toBeInTheDocument();
    expect(within(energyRow).getByText("n/a")).toBeInTheDocument();
    fireEvent.click(screen.getByRole("button", { name: "Distrust of Russia" }));
    expect(onSelect).toHaveBeenCalledWith("distrust-of-russia");
  });
});

describe("the radar's table", () => {
  it("gives the same numbers as the chart, with 'not stated' for nulls", () => {
    render(<DataTable table={radarTable(dimensions, [byId("middle-way")])} />);
    const row = screen.getByRole("row", { name: /Distrust of Russia/ });
    expect(row).toHaveTextContent("5 (medium confidence)");
    expect(screen.getByRole("row", { name: /Economy of resistance/ })).toHaveTextContent(
      "not stated",
    );
  });
});

describe("slides in the speaker view", () => {
  it("carry the wide chart layout alone, always shown, where the deck carries both", async () => {
    const { renderSlide } = await import("@/components/views/slide-views");
    const data = (await import("@/components/deck/deck-data")).getSlideData();
    const { parseSlideToken } = await import("@/lib/deck/deck");
    const { getDeckData } = await import("@/lib/deck/deck-content");
    for (const { slide: token } of getDeckData().slides) {
      const parsed = parseSlideToken(token);
      if ("error" in parsed) throw new Error(parsed.error);
      const both = render(<>{renderSlide(parsed.spec, data, "both").chart}</>);
      const compact = both.container.querySelectorAll(".radar-compact, .bar-compact").length;
      const wideOnly = render(
        <>{renderSlide(parsed.spec, data, "wide", { layouts: "wide" }).chart}</>,
      );
      const surfaces = wideOnly.container.querySelectorAll("svg.radar-surface, svg.bar-surface");
      // Charts with a phone layout lose it; none of the remaining drawings can be hidden by width.
      expect(surfaces.length).toBe(
        both.container.querySelectorAll(".radar-wide, .bar-wide").length,
      );
      expect(
        wideOnly.container.querySelectorAll(".radar-compact, .bar-compact, .radar-wide, .bar-wide"),
      ).toHaveLength(0);
      if (compact > 0) expect(surfaces.length).toBeGreaterThan(0);
      both.unmount();
      wideOnly.unmount();
    }
  });
});
