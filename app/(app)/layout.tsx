import Link from "next/link";
import { Bell } from "@/components/shell/bell";
import { NavLinks } from "@/components/shell/nav-links";
import { BOTTOM_MAX, navFor } from "@/components/shell/nav";
import { SignOutButton } from "@/components/shell/sign-out-button";
import { requireViewer } from "@/lib/auth/guard";
import { can } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { unreadNotificationCount } from "@/lib/tracking/my";
import { ROLE_LABEL } from "@/lib/labels";

// Every page in this group needs a signed-in member; each page checks its own permission too.
export default async function AppLayout({ children }: { children: React.ReactNode }) {
  const viewer = await requireViewer({ allowPendingPasswordChange: true });
  const items = navFor(viewer.role, viewer.unitKind);
  const unread = can(viewer.role, "learn") ? await unreadNotificationCount(db(), viewer.id) : 0;
  return (
    <div className="min-h-dvh pb-16 md:pb-0">
      <header data-app-header className="sticky top-0 z-20 border-b border-stone-200 bg-white/95 backdrop-blur no-print">
        <div className="mx-auto flex max-w-5xl items-center justify-between gap-2 px-4 py-2">
          <Link href="/" className="font-bold text-brand-700">
            微信使用规范学堂
          </Link>
          <nav aria-label="主导航" className="hidden md:block">
            <NavLinks items={items} variant="top" />
          </nav>
          <div className="flex items-center gap-1 text-sm">
            <span className="hidden text-stone-600 sm:inline">
              {viewer.name} · {ROLE_LABEL[viewer.role]}
            </span>
            {can(viewer.role, "learn") ? <Bell unread={unread} /> : null}
            <SignOutButton />
          </div>
        </div>
      </header>
      <main id="main" className="mx-auto max-w-5xl px-4 py-5">
        {children}
      </main>
      {items.length > 1 ? (
        <nav aria-label="底部导航" data-app-nav className="fixed inset-x-0 bottom-0 z-20 border-t border-stone-200 bg-white md:hidden no-print">
          <NavLinks items={items.slice(0, BOTTOM_MAX)} variant="bottom" />
        </nav>
      ) : null}
    </div>
  );
}
