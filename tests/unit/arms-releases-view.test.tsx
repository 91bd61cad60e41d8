// @vitest-environment jsdom
import { fireEvent, render, within } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { ArmsDealsPanel, ArmsReleaseChart } from "@/components/views/arms-releases";
import { getArmsDeals } from "@/lib/data/arms-deals";
import { getArmsTotals } from "@/lib/data/arms-totals";
import { getSeriesData } from "@/lib/data/external-data";

// The page reads its state from the address; a test page has an empty one.
vi.mock("next/navigation", () => ({ useSearchParams: () => new URLSearchParams() }));

afterEach(() => {
  window.history.replaceState(null, "", "/");
  vi.unstubAllGlobals();
});

const tiv = getSeriesData().series.filter((s) => s.kind === "tiv");
const { registers, latestYear } = getArmsDeals();

describe("the arms chart's release switch", () => {
  it("draws one release's chart, and switching redraws it and turns the revision list round", () => {
    // The lines load once near the viewport; the frames and lists are what count here.
    vi.stubGlobal(
      "IntersectionObserver",
      class {
        observe() {}
        disconnect() {}
      },
    );
    const { getByTestId, queryByTestId, getByRole } = render(
      <ArmsReleaseChart
        series={tiv}
        latestYear={latestYear}
        totals={{ releases: getArmsTotals().releases }}
      />,
    );
    expect(getByTestId("arms-both-ways-chart")).toBeTruthy();
    expect(queryByTestId("arms-tiv-chart")).toBeNull();
    const revisions = getByTestId("arms-revisions");
    expect(revisions.getAttribute("data-release")).toBe("sipri-at-2024");
    expect(revisions.textContent).toContain("Russia → Iran, 2000");
    expect(revisions.textContent).toContain("341 → 344.5");
    expect(getByTestId("iran-imports-revisions").textContent).toContain("2000: 414 → 423.72");
    expect(getByTestId("arms-latest-year").textContent).toContain("224");

    fireEvent.click(getByRole("button", { name: /2022 tables/ }));
    expect(getByTestId("arms-tiv-chart")).toBeTruthy();
    expect(queryByTestId("arms-both-ways-chart")).toBeNull();
    expect(revisions.getAttribute("data-release")).toBe("sipri-at-2022");
    expect(revisions.textContent).toContain("later revised");
    expect(window.location.search).toBe("?arms=sipri-at-2022");
  });
});

describe("the deals panel", () => {
  it("shows the newest register's wish list and switches to the older one", () => {
    const { getByTestId, getByRole } = render(<ArmsDealsPanel data={{ registers, latestYear }} />);
    const watch = getByTestId("deals-watch-list");
    const row = (system: string) => watch.querySelector(`li[data-system="${system}"]`);
    expect(row("S-400")?.textContent).toContain("not in the register");
    expect(row("Mi-28")?.textContent).toContain("Mi-28N");
    fireEvent.click(getByRole("button", { name: /2025 register/ }));
    expect(row("Mi-28")?.textContent).toContain("not in the register");
    expect(window.location.search).toBe("?deals=sipri-at-2025");
    // The older register has no earlier one held, so no change list.
    expect(within(document.body).queryByTestId("deals-revisions")).toBeNull();
  });
});
