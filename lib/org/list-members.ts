/**
 * The admin's member list: search by name, login or phone, filter by unit (with or without the
 * units below it), role and status; paginated in the database.
 */
import { z } from "zod";
import type { Db } from "../db/client";
import type { Prisma } from "../generated/prisma/client";
import type { Role } from "../generated/prisma/enums";
import { ROLES } from "./schemas";
import { zIdText } from "../db/ids";
import { storable } from "../security/storable";

export const PAGE_SIZE = 20;

/** Query-string filters; anything malformed falls back to "no filter" rather than an error page. */
export const ZMemberFilter = z.object({
  q: z.string().trim().max(64).refine(storable).optional().catch(undefined),
  unit: zIdText().optional().catch(undefined),
  /** "1" (default): the unit and everything below it; "0": the unit itself only. */
  sub: z.enum(["0", "1"]).default("1").catch("1"),
  role: z.enum(ROLES).optional().catch(undefined),
  status: z.enum(["active", "inactive", "all"]).default("active").catch("active"),
  page: z.coerce.number().int().min(1).max(100_000).default(1).catch(1),
});
export type TMemberFilter = z.infer<typeof ZMemberFilter>;

export interface MemberListRow {
  id: number;
  username: string;
  name: string;
  phone: string | null;
  role: Role;
  active: boolean;
  mustChangePassword: boolean;
  unit: { id: number; name: string };
}

/** What the admin sees of a member, in the list and on his page. */
const ADMIN_MEMBER_FIELDS = {
  id: true,
  username: true,
  name: true,
  phone: true,
  role: true,
  active: true,
  mustChangePassword: true,
} satisfies Prisma.MemberSelect;

export async function searchMembers(d: Db, f: TMemberFilter): Promise<{ rows: MemberListRow[]; total: number; page: number; pages: number }> {
  const and: Prisma.MemberWhereInput[] = [];
  if (f.q) {
    and.push({
      OR: [{ name: { contains: f.q } }, { username: { contains: f.q, mode: "insensitive" } }, { phone: { contains: f.q } }],
    });
  }
  if (f.unit !== undefined) and.push(f.sub === "1" ? { unit: { path: { has: f.unit } } } : { unitId: f.unit });
  if (f.role !== undefined) and.push({ role: f.role });
  if (f.status !== "all") and.push({ active: f.status === "active" });
  const where: Prisma.MemberWhereInput = { AND: and };
  const total = await d.prisma.member.count({ where });
  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
  const page = Math.min(f.page, pages);
  const rows = await d.prisma.member.findMany({
    where,
    select: { ...ADMIN_MEMBER_FIELDS, unit: { select: { id: true, name: true } } },
    orderBy: [{ username: "asc" }],
    take: PAGE_SIZE,
    skip: (page - 1) * PAGE_SIZE,
  });
  return { rows, total, page, pages };
}

/** One member with his unit's full path of names, for the admin's member page. */
export async function memberForAdmin(d: Db, memberId: number) {
  const m = await d.prisma.member.findUnique({
    where: { id: memberId },
    select: {
      ...ADMIN_MEMBER_FIELDS,
      createdAt: true,
      unit: { select: { id: true, name: true, path: true, archivedAt: true } },
    },
  });
  if (!m) return null;
  const names = await d.prisma.orgUnit.findMany({ where: { id: { in: m.unit.path } }, select: { id: true, name: true } });
  const byId = new Map(names.map((u) => [u.id, u.name]));
  return { ...m, unitPathLabel: m.unit.path.map((id) => byId.get(id) ?? "?").join(" / ") };
}
