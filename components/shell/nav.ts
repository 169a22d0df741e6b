import type { Role, UnitKind } from "@/lib/generated/prisma/enums";
import { can, type Permission } from "@/lib/auth/permissions";
import type { IconName } from "@/lib/html/icons";

export interface NavItem {
  href: string;
  label: string;
  icon: IconName;
  permission: Permission;
}

/** The phone's tab bar holds this many; the wider screens' top bar holds them all. */
export const BOTTOM_MAX = 6;

/** A secretary's tab is named after her own unit's kind: a 党委 secretary's is not 支部. */
export const UNIT_TAB: Record<UnitKind, string> = { COMMITTEE: "党委", GENERAL_BRANCH: "总支", BRANCH: "支部" };

// One list, in order of importance: the top bar shows every item the role may use, the tab bar
// the first BOTTOM_MAX of them — for a cadre everything; 错题本 and 我的记录 (with the
// certificates) are one tap away, 通知 is the bell in the header.
const ITEMS: NavItem[] = [
  { href: "/admin", label: "管理", icon: "gear", permission: "admin" },
  { href: "/branch", label: "支部", icon: "chart", permission: "read:unit" },
  { href: "/learn", label: "学习", icon: "book", permission: "learn" },
  { href: "/quiz", label: "测验", icon: "pencil", permission: "learn" },
  { href: "/mistakes", label: "错题本", icon: "mistakes", permission: "learn" },
  { href: "/record", label: "我的记录", icon: "user", permission: "learn" },
  { href: "/check", label: "自检", icon: "check", permission: "learn" },
  { href: "/rules", label: "规则库", icon: "scroll", permission: "learn" },
];

export function navFor(role: Role, unitKind?: UnitKind): NavItem[] {
  return ITEMS.filter((i) => can(role, i.permission)).map((i) => (i.href === "/branch" && unitKind ? { ...i, label: UNIT_TAB[unitKind] } : i));
}
