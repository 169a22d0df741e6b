"use client";

import dynamic from "next/dynamic";

// The drawings load after the page, on demand; until then their box keeps its height.
export const LazyBreakdownBars = dynamic(() => import("./charts").then((m) => m.BreakdownBars), { ssr: false });
export const LazyProgressLine = dynamic(() => import("./charts").then((m) => m.ProgressLine), { ssr: false });
export const LazyCompareBars = dynamic(() => import("./charts").then((m) => m.CompareBars), { ssr: false });
