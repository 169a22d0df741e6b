import type { Role } from "@/lib/generated/prisma/enums";
import { can, type Permission } from "@/lib/auth/permissions";

export interface NavItem {
  href: string;
  label: string;
  icon: string;
  permission: Permission;
}

// One list: the bottom tab bar (phones) and the top bar (wider screens) both render it.
const ITEMS: NavItem[] = [
  { href: "/learn", label: "学习", icon: "📖", permission: "learn" },
  { href: "/quiz", label: "测验", icon: "📝", permission: "learn" },
  { href: "/rules", label: "规则库", icon: "📜", permission: "learn" },
  { href: "/check", label: "自检", icon: "✅", permission: "learn" },
  { href: "/branch", label: "支部", icon: "📊", permission: "read:unit" },
  { href: "/admin", label: "管理", icon: "⚙️", permission: "admin" },
];

export function navFor(role: Role): NavItem[] {
  return ITEMS.filter((i) => can(role, i.permission));
}
