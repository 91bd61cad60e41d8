"use client";

import dynamic from "next/dynamic";

/**
 * Recharts is most of a page's JavaScript and draws nothing on the server anyway (the chart
 * box keeps its size and the table carries the numbers until then). Loading it as its own
 * chunk lets a phone hydrate the page without first evaluating the chart library.
 */
export const StanceRadar = dynamic(() => import("./stance-radar").then((m) => m.StanceRadar), {
  ssr: false,
});
