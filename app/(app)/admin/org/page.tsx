import type { Metadata } from "next";
import Link from "next/link";
import { OrgTree } from "@/components/org-admin/org-tree/org-tree";
import type { TreeUnit } from "@/components/org-admin/org-tree/types";
import { requireViewer } from "@/lib/auth/guard";
import { db } from "@/lib/db/client";
import { subtreeCounts, unitOptions } from "@/lib/org/unit-options";
import { archiveUnitAction, createUnitAction, moveUnitAction, renameUnitAction, restoreUnitAction } from "./actions";
import { UNIT_KIND_LABEL } from "@/lib/labels";
import { PageHeader, ADMIN_HOME } from "@/components/ui/page-header";

export const metadata: Metadata = { title: "组织架构管理" };

export default async function OrgAdminPage() {
  await requireViewer({ permission: "admin" });
  const units = await unitOptions(db(), { includeArchived: true });
  const counts = subtreeCounts(units);
  const tree: TreeUnit[] = units.map((u) => ({
    id: u.id,
    code: u.code,
    name: u.name,
    kind: u.kind,
    kindLabel: UNIT_KIND_LABEL[u.kind],
    parentId: u.parentId,
    path: u.path,
    depth: u.depth,
    archived: u.archived,
    label: u.label,
    members: counts.get(u.id) ?? 0,
  }));
  return (
    <section aria-labelledby="org-title" className="space-y-4">
      <PageHeader
        id="org-title"
        back={ADMIN_HOME}
        description={
          <>
            新建、重命名、移动（连同全部下级）和归档单位。每项修改都记入
            <Link href="/admin/audit?entity=org_unit" className="text-brand-700 underline">
              操作日志
            </Link>
            。
          </>
        }
      >
        组织架构管理
      </PageHeader>
      <OrgTree
        units={tree}
        actions={{ create: createUnitAction, rename: renameUnitAction, move: moveUnitAction, archive: archiveUnitAction, restore: restoreUnitAction }}
      />
    </section>
  );
}
