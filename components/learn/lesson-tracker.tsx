"use client";

import { useEffect, useRef, useState } from "react";
import type { ActionResult } from "@/lib/auth/guard";

type Act = (input: unknown) => Promise<ActionResult<void>>;

/**
 * Records the visit when the lesson opens, marks it learned when the reader reaches the end (or
 * presses the button), and says so to screen readers.
 */
export function LessonTracker({ lessonId, learned, visit, learn }: { lessonId: string; learned: boolean; visit: Act; learn: Act }) {
  const [done, setDone] = useState(learned);
  const [error, setError] = useState<string | null>(null);
  const end = useRef<HTMLDivElement>(null);
  const sent = useRef(learned);

  async function complete() {
    if (sent.current) return;
    sent.current = true;
    const r = await learn({ lessonId });
    if (r.ok) setDone(true);
    else {
      sent.current = false;
      setError(r.error);
    }
  }

  useEffect(() => {
    void visit({ lessonId });
  }, [lessonId, visit]);

  useEffect(() => {
    const el = end.current;
    if (!el || done) return;
    const io = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && void complete(), { threshold: 1 });
    // Only count reaching the end after the reader has scrolled, not a short lesson fitting the screen.
    const onScroll = () => {
      io.observe(el);
      window.removeEventListener("scroll", onScroll);
    };
    window.addEventListener("scroll", onScroll, { passive: true });
    return () => {
      io.disconnect();
      window.removeEventListener("scroll", onScroll);
    };
  }, [done]);

  return (
    <div ref={end} className="flex flex-col items-center gap-2 py-4">
      <p role="status" aria-live="polite" className="text-sm text-stone-600">
        {done ? "✓ 本课已学完" : ""}
      </p>
      {!done ? (
        <button type="button" onClick={complete} className="min-h-11 rounded-xl bg-brand-700 px-6 text-white hover:bg-brand-800">
          标记为已学
        </button>
      ) : null}
      {error ? (
        <p role="alert" className="text-sm text-red-700">
          {error}
        </p>
      ) : null}
    </div>
  );
}
