import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { z } from "zod";
import { AssignForm } from "@/components/tracking/assign-form";
import { requireViewer } from "@/lib/auth/guard";
import { scopeRoot } from "@/lib/auth/viewer";
import { db } from "@/lib/db/client";
import { zIdText } from "@/lib/db/ids";
import { allUnits, unitsUnder } from "@/lib/org/units";
import { COMPLETION_RULE_TEXT } from "@/lib/tracking/state";
import { chinaDay } from "@/lib/tracking/time";
import { createAssignmentAction } from "../actions";
import { UNIT_KIND_LABEL } from "@/lib/labels";

export const metadata: Metadata = { title: "布置学习任务" };

const ZQuery = z.object({ unit: zIdText().optional() });

export default async function AssignPage({ searchParams }: { searchParams: Promise<Record<string, string>> }) {
  const viewer = await requireViewer({ permission: "manage:unit" });
  const q = ZQuery.safeParse(await searchParams);
  if (!q.success) notFound();
  const d = db();
  const root = scopeRoot(viewer);
  const units = root === null ? await allUnits(d) : await unitsUnder(d, root);
  if (!units.length) notFound();
  // Tree order: each unit right after its parent, indented by depth.
  const byParent = new Map<number | null, typeof units>();
  for (const u of units) byParent.set(u.parentId, [...(byParent.get(u.parentId) ?? []), u]);
  const ordered: typeof units = [];
  const visit = (u: (typeof units)[number]) => {
    ordered.push(u);
    for (const c of byParent.get(u.id) ?? []) visit(c);
  };
  const ids = new Set(units.map((u) => u.id));
  for (const u of units) if (u.parentId === null || !ids.has(u.parentId)) visit(u);
  const minDepth = Math.min(...units.map((u) => u.depth));
  // A unit outside the viewer's scope is not found, as everywhere else (it used to fall back to her own).
  if (q.data.unit && !ids.has(q.data.unit)) notFound();
  const preselected = q.data.unit ?? root ?? ordered[0].id;
  const now = new Date();

  return (
    <section aria-labelledby="assign-title" className="mx-auto max-w-xl space-y-5">
      <nav aria-label="面包屑" className="text-sm text-stone-500">
        <Link href={`/branch?unit=${preselected}`} className="hover:underline">
          学习看板
        </Link>{" "}
        › 布置学习任务
      </nav>
      <h1 id="assign-title" className="text-xl font-bold">
        布置学习任务
      </h1>
      <p className="rounded-lg bg-stone-100 p-3 text-sm text-stone-700">{COMPLETION_RULE_TEXT}</p>
      <AssignForm
        action={createAssignmentAction}
        units={ordered.map((u) => ({ id: u.id, label: `${"　".repeat(u.depth - minDepth)}${u.name}（${UNIT_KIND_LABEL[u.kind]}）` }))}
        defaultUnitId={preselected}
        today={chinaDay(now)}
        defaultDue={chinaDay(new Date(now.getTime() + 30 * 86_400_000))}
      />
    </section>
  );
}
