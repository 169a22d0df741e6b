import type { Metadata } from "next";
import { z } from "zod";
import { MessageChecker } from "@/components/checker/message-checker";
import { MessageGallery } from "@/components/checker/message-gallery";
import { requireViewer } from "@/lib/auth/guard";
import { checkMessage } from "@/lib/checker";
import { listMessageGallery } from "@/lib/content/message-gallery";
import { listRules } from "@/lib/content/queries";
import { ZSlug } from "@/lib/content/schema";
import { db } from "@/lib/db/client";
import { checkMessageAction } from "./actions";

export const metadata: Metadata = { title: "公务消息自检" };

// ?try=<example id> opens the page with a gallery example in the editor (the no-JavaScript path of 「试一试」).
const ZQuery = z.object({ try: ZSlug.max(80).optional().catch(undefined) });

export default async function CheckPage({ searchParams }: { searchParams: Promise<Record<string, string | string[]>> }) {
  await requireViewer({ permission: "learn" });
  const query = ZQuery.parse(await searchParams);
  const [gallery, rules] = await Promise.all([listMessageGallery(db()), listRules(db())]);
  const results = Object.fromEntries(gallery.map((g) => [g.id, checkMessage({ text: g.text, ...(g.sendAt ? { sendAt: g.sendAt } : {}) })]));
  const tried = query.try ? gallery.find((g) => g.id === query.try) : undefined;

  return (
    <div className="space-y-8">
      <header className="space-y-2">
        <h1 className="text-xl font-bold">公务消息自检</h1>
        <p className="text-stone-700">
          发出公务消息前先检查一遍：称谓、首句、条理、尾语、署名和发送时间，以及红包、涉密、隐私、传谣等纪律红线。格式在本机边写边查；停顿半秒后，服务器分词检查纪律红线，给出完整结论。内容不会保存。
        </p>
        <p className="text-sm">
          <a href="#examples" className="inline-flex min-h-11 items-center text-brand-700 underline underline-offset-2">
            没有思路？从课程示例开始 ↓
          </a>
        </p>
      </header>
      <MessageChecker
        // A new ?try= example mounts a fresh editor with it.
        key={tried?.id ?? "blank"}
        check={checkMessageAction}
        rules={rules.map((r) => ({ code: r.code, title: r.title }))}
        {...(tried
          ? {
              initial: { text: tried.text, sendAt: tried.sendAt ?? "" },
              initialLabel: `${tried.lessonTitle} · ${tried.verdict === "do" ? "正确示范" : "错误示范"}`,
            }
          : {})}
      />
      <MessageGallery items={gallery} results={results} />
    </div>
  );
}
