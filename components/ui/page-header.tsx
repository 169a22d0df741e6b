import Link from "next/link";
import type { ReactNode } from "react";

/**
 * A page's heading block: an optional way back, the h1 (its id labels the page's section) and an
 * optional one-paragraph description.
 */
export function PageHeader({
  id,
  back,
  wrap = false,
  children,
  description,
}: {
  id: string;
  back?: { href: string; label: string };
  /** Long user-supplied titles (a member's name) break anywhere instead of widening the page. */
  wrap?: boolean;
  children: ReactNode;
  description?: ReactNode;
}) {
  return (
    <div>
      {back ? (
        <Link href={back.href} className="inline-flex min-h-11 items-center text-sm text-brand-700 hover:underline">
          {`← ${back.label}`}
        </Link>
      ) : null}
      <h1 id={id} className={wrap ? "text-xl font-bold break-words" : "text-xl font-bold"}>
        {children}
      </h1>
      {description ? <p className="text-sm text-stone-600">{description}</p> : null}
    </div>
  );
}

/** The way back to the admin home, above every admin section's heading. */
export const ADMIN_HOME = { href: "/admin", label: "管理后台" };
/** The way back to the member list, above its sub-pages. */
export const ADMIN_MEMBERS = { href: "/admin/members", label: "成员管理" };
