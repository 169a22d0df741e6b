import type { Metadata } from "next";
import { MyRecord } from "@/components/quiz/my-record";
import { MyCertificates } from "@/components/tracking/my-certificates";
import { attemptHistory, prePostComparison, quizOverview } from "@/lib/assessment/records";
import { requireViewer } from "@/lib/auth/guard";
import { db } from "@/lib/db/client";
import { certificatesOfMember } from "@/lib/tracking/certificates";

export const metadata: Metadata = { title: "我的记录" };

export default async function RecordPage() {
  const viewer = await requireViewer({ permission: "learn" });
  const d = db();
  const [quizzes, history, { pre, post }, certificates] = await Promise.all([
    quizOverview(d, viewer.id),
    attemptHistory(d, viewer.id),
    prePostComparison(d, viewer.id),
    certificatesOfMember(d, viewer.id),
  ]);
  return (
    <>
      <MyRecord quizzes={quizzes} history={history} pre={pre} post={post} top={<MyCertificates certificates={certificates} />} />
      <p className="mt-6 text-sm">
        {/* A plain link: the route answers with a file download of the member's own data. */}
        <a href="/record/export" download className="inline-flex min-h-11 items-center text-brand-700 underline-offset-2 hover:underline">
          下载我的全部学习记录（JSON）
        </a>
      </p>
    </>
  );
}
