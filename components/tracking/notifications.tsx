import { Icon, type IconName } from "@/components/ui/icons";
import Link from "next/link";
import { markReadAction } from "@/app/(app)/notifications/actions";
import { db } from "@/lib/db/client";
import { myNotifications, type NotificationRow } from "@/lib/tracking/my";
import { formatChinaTime } from "@/lib/tracking/time";
import { MarkReadButton } from "./mark-read-button";

const ICON: Record<string, IconName> = { reminder: "bell", assignment: "clipboard", completion: "award" };

/**
 * The cadre's unread notifications (reminders, new assignments, completions), for his home.
 * Renders nothing when there are none.
 */
export async function Notifications({ memberId }: { memberId: number }) {
  const items = await myNotifications(db(), memberId, { unreadOnly: true, take: 5 });
  if (!items.length) return null;
  return (
    <section aria-labelledby="notes-title" className="space-y-2 rounded-2xl border border-amber-300 bg-amber-50 p-4">
      <div className="flex items-center justify-between gap-2">
        <h2 id="notes-title" className="font-semibold">
          通知（{items.length} 条未读）
        </h2>
        <MarkReadButton action={markReadAction} />
      </div>
      <ul className="space-y-2" aria-label="未读通知">
        {items.map((n) => (
          <li key={n.id} className="rounded-xl bg-white p-3">
            <NotificationText n={n} before={<Icon name={ICON[n.kind] ?? "bell"} className="mr-1 size-4 align-[-2px]" />} />
          </li>
        ))}
      </ul>
      <Link href="/notifications" className="inline-flex min-h-11 items-center text-sm text-brand-700 hover:underline">
        全部通知 ›
      </Link>
    </section>
  );
}

/** One notification's title (a link when it has one), text and time: on the home and the notifications page. */
export function NotificationText({ n, before }: { n: NotificationRow; before?: React.ReactNode }) {
  return (
    <>
      <p className="font-medium">
        {before}
        {n.link ? (
          <Link href={n.link} className="text-brand-700 hover:underline">
            {n.title}
          </Link>
        ) : (
          n.title
        )}
      </p>
      <p className="text-sm text-stone-700">{n.body}</p>
      <p className="text-xs text-stone-500">{formatChinaTime(n.createdAt)}</p>
    </>
  );
}
