"use client";

import dynamic from "next/dynamic";
import { useEffect, useRef, useState, type ReactNode } from "react";

/**
 * Recharts is most of a page's JavaScript and draws nothing on the server, so its charts load
 * as a separate chunk, and only once their box comes near the screen: a phone reading the top
 * of a page does not pay for charts further down. The table alternative is in the HTML already.
 */
export const SeriesLines = dynamic(() => import("./series-lines").then((m) => m.SeriesLines), {
  ssr: false,
});

export function WhenNear({ children }: { children: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  const [near, setNear] = useState(false);
  useEffect(() => {
    const el = ref.current;
    if (!el || near) return;
    const io = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) setNear(true);
      },
      { rootMargin: "200px" },
    );
    io.observe(el);
    return () => io.disconnect();
  }, [near]);
  return (
    <div ref={ref} className="h-full w-full">
      {near ? children : null}
    </div>
  );
}
