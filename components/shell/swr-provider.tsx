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
  // The data changes only with a new build: never refetch what the server already sent, which
  // also keeps the view steady on a projector's flaky Wi-Fi.
  return (
    <SWRConfig
      value={{
        fallback,
        revalidateIfStale: false,
        revalidateOnFocus: false,
        revalidateOnReconnect: false,
      }}
    >
      {children}
    </SWRConfig>
  );
}
