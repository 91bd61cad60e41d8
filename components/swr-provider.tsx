"use client";

import type { ReactNode } from "react";
import { SWRConfig } from "swr";

/** Hands server-read data to SWR as its fallback, keyed by API URL, so first paint needs no fetch. */
export function SwrProvider({
  fallback,
  children,
}: {
  fallback: Record<string, unknown>;
  children: ReactNode;
}) {
  return <SWRConfig value={{ fallback, revalidateOnFocus: false }}>{children}</SWRConfig>;
}
