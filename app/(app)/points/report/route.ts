import { guardedRoute } from "@/lib/auth/guard";
import { learningReport } from "@/lib/daily/report";
import { db } from "@/lib/db/client";
import { renderReportImage } from "@/lib/tracking/certificate-image";

/** The cadre's own 学习报告 as a PNG to post in his branch's group. */
export const GET = guardedRoute({ permission: "learn" }, async ({ viewer, req }) => {
  const r = await learningReport(db(), viewer.id);
  return renderReportImage(r, r.certificateCode ? new URL(`/verify/${r.certificateCode}`, req.url).toString() : null);
});
