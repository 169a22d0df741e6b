import type { Metadata } from "next";
import { MarkReadButton } from "@/components/tracking/mark-read-button";
import { NotificationText } from "@/components/tracking/notifications";
import { requireViewer } from "@/lib/auth/guard";
import { db } from "@/lib/db/client";
import { myNotifications } from "@/lib/tracking/my";
import { markReadAction } from "./actions";

export const metadata: Metadata = { title: "通知" };

export default async function NotificationsPage() {
  const viewer = await requireViewer({ permission: "learn" });
  const items = await myNotifications(db(), viewer.id, { take: 100 });
  const unread = items.filter((n) => !n.readAt).length;
  return (
    <section aria-labelledby="n-title" className="mx-auto max-w-2xl space-y-4">
      <div className="flex items-center justify-between gap-2">
        <h1 id="n-title" className="text-xl font-bold">
          通知
        </h1>
        {unread ? <MarkReadButton action={markReadAction} /> : null}
      </div>
      {items.length ? (
        <ul className="divide-y divide-stone-200 rounded-2xl border border-stone-200 bg-white">
          {items.map((n) => (
            <li key={n.id} className={`space-y-1 p-4 ${n.readAt ? "" : "bg-amber-50"}`}>
              <NotificationText n={n} before={n.readAt ? null : <span className="sr-only">未读：</span>} />
            </li>
          ))}
        </ul>
      ) : (
        <p className="text-stone-600">暂无通知。</p>
      )}
    </section>
  );
}
