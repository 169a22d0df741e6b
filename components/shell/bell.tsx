import Link from "next/link";
import { Icon } from "@/components/ui/icons";

/** 通知: a bell with the unread count, one tap from every page. */
export function Bell({ unread }: { unread: number }) {
  return (
    <Link href="/notifications" className="relative inline-flex size-11 items-center justify-center rounded-lg text-stone-700 hover:bg-stone-100">
      <Icon name="bell" className="size-6" />
      {/* The name is the text itself (通知, the count, 条未读), so what is seen is what is read. */}
      <span className="sr-only">通知</span>
      {unread ? (
        <span className="absolute right-1 top-1 min-w-5 rounded-full bg-brand-700 px-1 text-center text-xs font-semibold leading-5 text-white">
          {unread > 99 ? "99+" : unread}
          <span className="sr-only"> 条未读</span>
        </span>
      ) : null}
    </Link>
  );
}
