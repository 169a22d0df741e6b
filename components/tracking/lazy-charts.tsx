"use client";

import dynamic from "next/dynamic";

// The drawings load after the page, on demand and only in the browser; until then their box keeps its height.
export const LazyCompletionLine = dynamic(() => import("./chart-drawings").then((m) => m.CompletionLine), { ssr: false });
export const LazyScoreBars = dynamic(() => import("./chart-drawings").then((m) => m.ScoreBars), { ssr: false });
export const LazyRuleBars = dynamic(() => import("./chart-drawings").then((m) => m.RuleBars), { ssr: false });
