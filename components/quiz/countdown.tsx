"use client";

import { useEffect, useRef, useState } from "react";
import { Icon } from "@/components/ui/icons";
import { fmtDuration } from "./labels";

// Ascending: the smallest threshold at or above the time left is the one announced.
const WARN_AT = [60, 120, 300, 600];

/**
 * The time left, counted down from the server's figure (the server enforces the deadline; this
 * only displays it). Calls `onExpire` once at zero. Screen readers hear the last minutes (10, 5,
 * 2 and 1 minute left) through a polite live region, not every second.
 */
export function Countdown({ seconds, onExpire }: { seconds: number; onExpire: () => void }) {
  const [left, setLeft] = useState(seconds);
  const expire = useRef(onExpire);
  useEffect(() => {
    expire.current = onExpire;
  }, [onExpire]);

  useEffect(() => {
    const end = Date.now() + seconds * 1000;
    let fired = false;
    const tick = () => {
      const l = Math.max(0, Math.round((end - Date.now()) / 1000));
      setLeft(l);
      if (l === 0 && !fired) {
        fired = true;
        clearInterval(t);
        expire.current();
      }
    };
    const t = setInterval(tick, 1000);
    if (seconds <= 0) tick();
    return () => clearInterval(t);
  }, [seconds]);

  const warn = WARN_AT.find((w) => left <= w && left > 0);
  const low = left <= 300;
  return (
    <div
      className={`inline-flex items-center gap-1 rounded-lg px-2 py-1 font-mono text-sm font-semibold tabular-nums ${low ? "bg-red-100 text-red-800" : "bg-stone-100 text-stone-800"}`}
    >
      <Icon name="clock" className="size-4" />
      <span role="timer" aria-label="剩余时间">
        {fmtDuration(left)}
      </span>
      <span role="status" aria-live="polite" className="sr-only">
        {left === 0 ? "时间到" : warn ? `剩余不到 ${warn / 60} 分钟` : ""}
      </span>
    </div>
  );
}
