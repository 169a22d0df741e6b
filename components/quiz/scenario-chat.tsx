/**
 * A scenario's chat, read-only: WeChat's group or private chat (components/wechat/chat.tsx), or
 * for Moments a feed of posts, comments and forwards in order (a scenario's Moments run over
 * several steps, unlike a lesson's single post). No hooks: the player and the result view share it.
 */
import { Icon } from "@/components/ui/icons";
import { ChatWindow } from "@/components/wechat/chat";
import type { PublicQuestion } from "@/lib/assessment/public-view";
import type { TChatMessage } from "@/lib/content/schema";

const SELF = "我";

export function ScenarioChat({ question, messages }: { question: Extract<PublicQuestion, { type: "scenario" }>; messages: TChatMessage[] }) {
  if (question.setting === "moments") return <MomentsFeed messages={messages} />;
  return <ChatWindow title={question.chatTitle} setting={question.setting as "group" | "private" | "redpacket"} messages={messages} />;
}

/** Moments as a scenario plays them: posts, comments, forwards and the odd system line, in order. */
function MomentsFeed({ messages }: { messages: TChatMessage[] }) {
  return (
    <figure className="overflow-hidden rounded-xl border border-stone-300 bg-white" aria-label="朋友圈">
      <figcaption className="border-b border-stone-200 bg-[#f7f7f7] px-3 py-2 text-center text-sm font-medium">朋友圈</figcaption>
      <ol className="divide-y divide-stone-100 px-3">
        {messages.map((m, i) =>
          m.kind === "system" || m.kind === "recall" ? (
            <li key={i} className="py-2 text-center text-xs text-stone-500">
              {m.kind === "recall" ? (m.from === SELF ? "你撤回了一条消息" : `“${m.from}”撤回了一条消息`) : m.text}
            </li>
          ) : (
            <li key={i} className="flex gap-2 py-2">
              <span aria-hidden className="flex size-9 shrink-0 items-center justify-center rounded-md bg-stone-400 text-sm text-white">
                {m.from.slice(-1)}
              </span>
              <div className="min-w-0 flex-1 text-[15px]">
                <p className="font-medium text-[#576b95]">{m.from === SELF ? "我" : m.from}</p>
                <MomentsPayload m={m} />
              </div>
            </li>
          ),
        )}
      </ol>
    </figure>
  );
}

function MomentsPayload({ m }: { m: TChatMessage }) {
  switch (m.kind) {
    case "link":
      return (
        <p className="mt-1 flex gap-2 rounded bg-stone-100 p-2 text-sm">
          <Icon name="link" className="size-4" />
          <span>{m.text}</span>
        </p>
      );
    case "image":
      return <p className="mt-1 inline-block rounded bg-stone-200 p-2 text-xs text-stone-700">[图片] {m.text}</p>;
    case "voice":
      return (
        <p>
          <Icon name="volume" className="mr-1 size-4 align-[-2px]" />
          {m.meta}
          {m.text ? <span className="sr-only">语音内容：{m.text}</span> : null}
        </p>
      );
    case "redpacket":
    case "transfer":
      return (
        <p className="mt-1 inline-block rounded bg-[#c2410c] px-3 py-1 text-white">
          <Icon name="redPacket" className="mr-1 size-4 align-[-2px]" />
          {m.text} {m.meta ? `¥${m.meta}` : ""}
        </p>
      );
    default:
      return <p className="whitespace-pre-wrap">{m.text}</p>;
  }
}
