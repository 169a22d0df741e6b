/**
 * Member reads and writes. Scope is part of every query (`unit.path has scopeRoot`), never a
 * check after the fact: a member outside the caller's scope is simply not found.
 */
import type { Db } from "../db/client";
import type { Role } from "../generated/prisma/enums";
import { hashPassword } from "../auth/password";

export interface NewMember {
  username: string;
  name: string;
  role: Role;
  unitId: number;
  phone?: string | null;
  password: string;
  mustChangePassword?: boolean;
}

export async function createMember(d: Db, m: NewMember) {
  const { password, ...rest } = m;
  return d.prisma.member.create({
    data: { ...rest, passwordHash: await hashPassword(password), mustChangePassword: m.mustChangePassword ?? false },
    select: { id: true, username: true, name: true, role: true, unitId: true },
  });
}

/** Members of a unit and everything below it (scopeRoot null = everyone, for admins). */
export async function membersUnder(d: Db, scopeRoot: number | null, opts: { take?: number; skip?: number } = {}) {
  return d.prisma.member.findMany({
    where: { active: true, ...(scopeRoot === null ? {} : { unit: { path: { has: scopeRoot } } }) },
    select: { id: true, username: true, name: true, role: true, unitId: true, unit: { select: { name: true } } },
    orderBy: [{ unitId: "asc" }, { username: "asc" }],
    take: opts.take ?? 500,
    skip: opts.skip ?? 0,
  });
}

/** One member, only if inside the scope; otherwise null (the caller answers 404). */
export async function memberInScope(d: Db, scopeRoot: number | null, memberId: number) {
  return d.prisma.member.findFirst({
    where: { id: memberId, ...(scopeRoot === null ? {} : { unit: { path: { has: scopeRoot } } }) },
    select: { id: true, username: true, name: true, phone: true, role: true, active: true, unitId: true, unit: { select: { name: true, path: true } } },
  });
}

export async function changePassword(d: Db, memberId: number, newPassword: string) {
  await d.prisma.member.update({
    where: { id: memberId },
    data: { passwordHash: await hashPassword(newPassword), mustChangePassword: false },
  });
}
