"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { Icon } from "@/components/ui/icons";
import type { NavItem } from "./nav";

export function NavLinks({ items, variant }: { items: NavItem[]; variant: "top" | "bottom" }) {
  const path = usePathname();
  return (
    <ul
      className={variant === "bottom" ? "grid" : "flex gap-1"}
      style={variant === "bottom" ? { gridTemplateColumns: `repeat(${items.length}, 1fr)` } : undefined}
    >
      {items.map((item) => {
        const active = path === item.href || path.startsWith(`${item.href}/`);
        return (
          <li key={item.href}>
            <Link
              href={item.href}
              aria-current={active ? "page" : undefined}
              className={
                variant === "bottom"
                  ? `flex min-h-14 flex-col items-center justify-center gap-0.5 whitespace-nowrap text-xs ${active ? "text-brand-700 font-semibold" : "text-stone-600"}`
                  : `rounded-lg px-3 py-2 text-sm ${active ? "bg-brand-50 font-semibold text-brand-700" : "text-stone-700 hover:bg-stone-100"}`
              }
            >
              {variant === "bottom" ? <Icon name={item.icon} className="size-5" /> : null}
              {item.label}
            </Link>
          </li>
        );
      })}
    </ul>
  );
}
