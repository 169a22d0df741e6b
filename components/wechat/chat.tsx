import { Icon } from "@/components/ui/icons";
import type { TChatMessage } from "@/lib/content/schema";

/**
 * A WeChat conversation rendered as the learner knows it: a group or private chat with bubbles
 * (the learner's own on the right, green), red packets, transfers, voice, links and system lines,
 * or a Moments post. Server component: no JavaScript is shipped for it.
 */
export type ChatSetting = "group" | "private" | "moments" | "redpacket";

const SELF = "我";

function Avatar({ name }: { name: string }) {
  return (
    <span aria-hidden className="flex size-9 shrink-0 items-center justify-center rounded-md bg-stone-400 text-sm font-medium text-white">
      {name.slice(-1)}
    </span>
  );
}

function Payload({ m }: { m: TChatMessage }) {
  switch (m.kind) {
    case "redpacket":
      return (
        <span className="block w-52 overflow-hidden rounded-md bg-[#c2410c] text-white">
          <span className="flex items-center gap-2 px-3 py-2">
            <Icon name="redPacket" className="size-6" />
            <span className="text-sm leading-snug">{m.text || "恭喜发财，大吉大利"}</span>
          </span>
          <span className="block bg-white/90 px-3 py-0.5 text-[11px] text-stone-600">微信红包{m.meta ? ` · ¥${m.meta}` : ""}</span>
        </span>
      );
    case "transfer":
      return (
        <span className="block w-52 rounded-md bg-[#c2410c] px-3 py-2 text-white">
          <span className="block text-lg">¥{m.meta ?? ""}</span>
          <span className="block text-xs">{m.text || "转账"}</span>
        </span>
      );
    case "voice":
      return (
        <span className="inline-flex items-center gap-2">
          <Icon name="volume" className="size-4" />
          <span>{m.meta ?? ""}</span>
          {m.text ? <span className="sr-only">语音内容：{m.text}</span> : null}
        </span>
      );
    case "link":
      return (
        <span className="block w-56 rounded-md bg-white p-2 text-sm">
          <span className="line-clamp-2 font-medium">{m.text}</span>
          {m.meta ? <span className="mt-1 block text-xs text-stone-600">{m.meta}</span> : null}
        </span>
      );
    case "image":
      return <span className="flex h-24 w-32 items-center justify-center rounded-md bg-stone-300 p-2 text-center text-xs text-stone-700">[图片] {m.text}</span>;
    default:
      return <span className="whitespace-pre-wrap">{m.text}</span>;
  }
}

function Bubble({ m }: { m: TChatMessage }) {
  if (m.kind === "system" || m.kind === "recall") {
    return (
      <li className="py-1 text-center text-xs text-stone-700">
        <span className="inline-block rounded bg-stone-200 px-2 py-0.5">{m.kind === "recall" ? `“${m.from}”撤回了一条消息` : m.text}</span>
      </li>
    );
  }
  const self = m.from === SELF;
  const bare = m.kind === "redpacket" || m.kind === "transfer" || m.kind === "image" || m.kind === "link";
  return (
    <li className={`flex items-start gap-2 ${self ? "flex-row-reverse" : ""}`}>
      <Avatar name={m.from} />
      <div className={`flex max-w-[78%] flex-col ${self ? "items-end" : "items-start"}`}>
        {!self ? <span className="mb-0.5 text-xs text-stone-600">{m.from}</span> : <span className="sr-only">我：</span>}
        <span className={bare ? "" : `rounded-md px-3 py-2 text-[15px] leading-relaxed ${self ? "bg-bubble-self" : "bg-white"}`}>
          <Payload m={m} />
        </span>
      </div>
    </li>
  );
}

export function ChatWindow({
  title,
  setting,
  messages,
  children,
}: {
  title: string;
  setting: ChatSetting;
  messages: TChatMessage[];
  children?: React.ReactNode;
}) {
  if (setting === "moments") return <MomentsPost title={title} messages={messages} />;
  const label = setting === "private" ? `与${title}的私聊` : `群聊${title}`;
  return (
    <figure className="overflow-hidden rounded-xl border border-stone-300 bg-chat-bg" aria-label={label}>
      <figcaption className="border-b border-stone-300 bg-[#f7f7f7] px-3 py-2 text-center text-sm font-medium">
        {title}
        {setting === "group" ? <span className="sr-only">（群聊）</span> : null}
      </figcaption>
      <ol className="space-y-3 px-3 py-3">
        {messages.map((m, i) => (
          <Bubble key={i} m={m} />
        ))}
      </ol>
      {children}
    </figure>
  );
}

/** A Moments post: first message is the post, the rest are comments. */
function MomentsPost({ title, messages }: { title: string; messages: TChatMessage[] }) {
  const [post, ...comments] = messages;
  return (
    <figure className="rounded-xl border border-stone-300 bg-white p-3" aria-label={`朋友圈：${title}`}>
      <figcaption className="sr-only">朋友圈 {title}</figcaption>
      <div className="flex gap-2">
        <Avatar name={post.from} />
        <div className="min-w-0 flex-1">
          <p className="font-medium text-[#576b95]">{post.from}</p>
          <div className="mt-1 text-[15px]">
            <Payload m={post} />
          </div>
          {comments.length ? (
            <ul className="mt-2 space-y-1 rounded bg-stone-100 p-2 text-sm" aria-label="评论">
              {comments.map((c, i) => (
                <li key={i}>
                  <span className="text-[#576b95]">{c.from}</span>：{c.text}
                </li>
              ))}
            </ul>
          ) : null}
        </div>
      </div>
    </figure>
  );
}
