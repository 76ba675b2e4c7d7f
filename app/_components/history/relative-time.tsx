"use client";
import { useEffect, useState } from "react";
import { exactTime, relativeTime } from "@/lib/domain/relative-time";

/**
 * "3 min ago", kept fresh every 30 s, with the exact time in the tooltip and in a machine
 * readable `dateTime`. Server and browser clocks differ by a little, hence the hydration
 * warning is suppressed on this element only.
 */
export function RelativeTime({ iso, className }: { iso: string; className?: string }) {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 30_000);
    return () => clearInterval(timer);
  }, []);
  return (
    <time dateTime={iso} title={exactTime(iso)} className={className} suppressHydrationWarning>
      {relativeTime(iso, now)}
    </time>
  );
}
