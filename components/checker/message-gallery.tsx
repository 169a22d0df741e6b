import Link from "next/link";
import { ChatWindow } from "@/components/wechat/chat";
import type { CheckResult } from "@/lib/checker/types";
import type { GalleryItem } from "@/lib/content/message-gallery";
import { VERDICT_LABEL } from "./highlight";
import { TryExample } from "./load-example";

const LESSON_VERDICT = {
  do: { label: "正确示范", style: "bg-emerald-100 text-emerald-900" },
  dont: { label: "错误示范", style: "bg-red-100 text-red-900" },
} as const;

const CHECK_STYLE: Record<CheckResult["verdict"], string> = {
  pass: "text-emerald-800",
  revise: "text-orange-800",
  block: "text-red-800",
};

/**
 * Good and bad official messages from the lessons. Each can be loaded into the editor above
 * (「试一试」); the lesson's whole chat is one tap away. Server component.
 */
export function MessageGallery({ items, results }: { items: GalleryItem[]; results: Record<string, CheckResult> }) {
  const lessons: { id: string; title: string; href: string; items: GalleryItem[] }[] = [];
  for (const item of items) {
    let group = lessons.find((l) => l.id === item.lessonId);
    if (!group) {
      group = { id: item.lessonId, title: item.lessonTitle, href: `/learn/${item.moduleSlug}/${item.lessonId}`, items: [] };
      lessons.push(group);
    }
    group.items.push(item);
  }

  return (
    <section id="examples" aria-labelledby="examples-title" className="scroll-mt-16 space-y-4">
      <div>
        <h2 id="examples-title" className="text-lg font-semibold">
          示例：课程里的正反两种写法
        </h2>
        <p className="text-sm text-stone-600">
          点“试一试”把消息放进上面的编辑框，看看自检怎么说，再动手改一改。正确示范都是完整的公务消息，自检不会提出必须修改的问题。
        </p>
      </div>
      {lessons.map((l) => (
        <section key={l.id} aria-labelledby={`ex-${l.id}`} className="space-y-3">
          <h3 id={`ex-${l.id}`} className="font-semibold">
            <Link href={l.href} className="text-brand-700 underline-offset-2 hover:underline">
              {l.title}
            </Link>
          </h3>
          <ul className="grid gap-3 md:grid-cols-2 md:items-start">
            {l.items.map((item) => {
              const verdict = LESSON_VERDICT[item.verdict];
              const result = results[item.id];
              const label = `${item.lessonTitle} · ${verdict.label}`;
              return (
                <li key={item.id} className="min-w-0 space-y-2 rounded-2xl border border-stone-200 bg-white p-3" aria-label={label}>
                  <p className="flex flex-wrap items-center gap-2 text-sm">
                    <span className={`rounded px-1.5 py-0.5 font-medium ${verdict.style}`}>{verdict.label}</span>
                    <span className="text-stone-600">
                      {item.setting === "group" ? "群聊" : "私聊"} {item.chatTitle} · {item.from}
                      {item.sendAt ? ` · ${item.sendAt} 发送` : ""}
                    </span>
                  </p>
                  <blockquote className="whitespace-pre-wrap rounded-lg bg-stone-50 p-2 text-[15px] leading-relaxed">{item.text}</blockquote>
                  <p className="text-sm text-stone-700">
                    <span className="font-medium">课程点评：</span>
                    {item.note}
                  </p>
                  {result ? (
                    <p className={`text-sm font-medium ${CHECK_STYLE[result.verdict]}`}>
                      自检结果：{VERDICT_LABEL[result.verdict]}
                      {result.findings.length ? `（${[...new Set(result.findings.map((f) => f.code))].join("、")}）` : ""}
                    </p>
                  ) : null}
                  <div className="flex flex-wrap items-center gap-2">
                    <TryExample href={`/check?try=${item.id}#editor`} example={{ text: item.text, ...(item.sendAt ? { sendAt: item.sendAt } : {}), label }}>
                      试一试<span className="sr-only">：{label}</span>
                    </TryExample>
                    <details className="w-full">
                      <summary className="flex min-h-11 cursor-pointer items-center text-sm text-brand-700">看课程里的完整对话</summary>
                      <div className="mt-2">
                        <ChatWindow title={item.chatTitle} setting={item.setting} messages={item.messages} />
                      </div>
                    </details>
                  </div>
                </li>
              );
            })}
          </ul>
        </section>
      ))}
    </section>
  );
}
