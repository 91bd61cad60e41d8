import type { TimelineEvent } from "@/lib/data/schemas/timeline";

export const CATEGORY_LABELS: Record<TimelineEvent["category"], string> = {
  diplomacy: "Diplomacy",
  arms: "Arms",
  nuclear: "Nuclear",
  economy: "Economy",
  military: "Military",
  sanctions: "Sanctions",
};

export const THREAD_LABELS: Record<string, string> = {
  "s-300": "The S-300 saga",
  "gore-chernomyrdin": "The Gore–Chernomyrdin agreement",
  hamedan: "Hamedan",
  "russia-turkey": "Russia and Turkey",
  "sco-membership": "Iran and the SCO",
  "syria-ceasefires": "Syria ceasefires",
  "un-sanctions": "UN sanctions",
  "arms-to-russia": "Iranian arms for Russia",
};

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** A date at the precision the source gives it: "2016", "Mar 2016", "14 Mar 2016". */
export function formatEventDate(iso: string): string {
  const [y, m, d] = iso.split("-");
  const month = m ? MONTHS[Number(m) - 1] : undefined;
  if (d && month) return `${Number(d)} ${month} ${y}`;
  if (month) return `${month} ${y}`;
  return y ?? iso;
}
