import type { Metadata } from "next";
import Link from "next/link";
import { buttonClass } from "@/components/ui/button";
import { FilterActions, FilterSelect } from "@/components/ui/filter-select";
import { requireViewer } from "@/lib/auth/guard";
import { db } from "@/lib/db/client";
import { ZMemberFilter, searchMembers, type TMemberFilter } from "@/lib/org/list-members";
import { ROLES } from "@/lib/org/schemas";
import { unitOptions } from "@/lib/org/unit-options";
import { ROLE_LABEL } from "@/lib/labels";
import { PageHeader, ADMIN_HOME } from "@/components/ui/page-header";

export const metadata: Metadata = { title: "成员管理" };

const selectClass = "block min-h-11 w-full rounded-xl border border-stone-300 bg-white px-3";

function pageHref(f: TMemberFilter, page: number): string {
  const p = new URLSearchParams();
  if (f.q) p.set("q", f.q);
  if (f.unit !== undefined) p.set("unit", String(f.unit));
  if (f.sub !== "1") p.set("sub", f.sub);
  if (f.role) p.set("role", f.role);
  if (f.status !== "active") p.set("status", f.status);
  if (page > 1) p.set("page", String(page));
  const s = p.toString();
  return s ? `/admin/members?${s}` : "/admin/members";
}

export default async function MembersPage({ searchParams }: { searchParams: Promise<Record<string, string | string[]>> }) {
  await requireViewer({ permission: "admin" });
  const f = ZMemberFilter.parse(await searchParams);
  const d = db();
  const [units, result] = await Promise.all([unitOptions(d), searchMembers(d, f)]);
  return (
    <section aria-labelledby="members-title" className="space-y-4">
      <PageHeader id="members-title" back={ADMIN_HOME}>
        成员管理
      </PageHeader>
      <div className="flex flex-wrap gap-2">
        <Link href="/admin/members/new" className={buttonClass("primary")}>
          新建成员
        </Link>
        <Link href="/admin/members/import" className={buttonClass("secondary")}>
          批量导入
        </Link>
      </div>

      <form
        method="get"
        action="/admin/members"
        role="search"
        aria-label="筛选成员"
        className="grid gap-3 rounded-2xl border border-stone-200 bg-white p-4 sm:grid-cols-2"
      >
        <div className="sm:col-span-2">
          <label htmlFor="f-q" className="mb-1 block text-sm font-medium text-stone-700">
            姓名、登录名或手机号
          </label>
          <input id="f-q" name="q" type="search" defaultValue={f.q ?? ""} maxLength={64} className={selectClass} />
        </div>
        <FilterSelect label="单位" name="unit" value={f.unit} all="全部单位" options={units.map((u) => [u.id, u.label] as const)} />
        <FilterSelect label="范围" name="sub" value={f.sub} options={{ "1": "本单位及全部下级", "0": "仅本单位" }} />
        <FilterSelect label="角色" name="role" value={f.role} all="全部角色" options={ROLES.map((r) => [r, ROLE_LABEL[r]] as const)} />
        <FilterSelect label="状态" name="status" value={f.status} options={{ active: "在用", inactive: "已停用", all: "全部" }} />
        <FilterActions clear="/admin/members" />
      </form>

      <p role="status" className="text-sm text-stone-600">
        共 {result.total} 人{result.total ? `，第 ${result.page} / ${result.pages} 页` : ""}
      </p>
      {result.rows.length ? (
        <ul aria-label="成员列表" className="divide-y divide-stone-200 rounded-2xl border border-stone-200 bg-white">
          {result.rows.map((m) => (
            <li key={m.id}>
              <Link
                href={`/admin/members/${m.id}`}
                className="flex min-h-14 flex-col gap-0.5 px-4 py-2 hover:bg-stone-50 sm:flex-row sm:items-center sm:justify-between"
              >
                <span>
                  <span className="font-medium">{m.name}</span> <span className="text-sm text-stone-500">{m.username}</span>
                  {!m.active ? <span className="ml-2 rounded bg-stone-200 px-1.5 text-xs text-stone-700">已停用</span> : null}
                  {m.active && m.mustChangePassword ? <span className="ml-2 rounded bg-amber-100 px-1.5 text-xs text-amber-900">未改初始密码</span> : null}
                </span>
                <span className="text-sm text-stone-500">
                  {m.unit.name} · {ROLE_LABEL[m.role]}
                  {m.phone ? ` · ${m.phone}` : ""}
                </span>
              </Link>
            </li>
          ))}
        </ul>
      ) : (
        <p className="rounded-2xl border border-dashed border-stone-300 p-6 text-center text-stone-500">没有符合条件的成员。</p>
      )}
      {result.pages > 1 ? (
        <nav aria-label="分页" className="flex items-center justify-between gap-2">
          {result.page > 1 ? (
            <Link href={pageHref(f, result.page - 1)} className={buttonClass("secondary")} rel="prev">
              上一页
            </Link>
          ) : (
            <span />
          )}
          <span className="text-sm text-stone-600">
            {result.page} / {result.pages}
          </span>
          {result.page < result.pages ? (
            <Link href={pageHref(f, result.page + 1)} className={buttonClass("secondary")} rel="next">
              下一页
            </Link>
          ) : (
            <span />
          )}
        </nav>
      ) : null}
    </section>
  );
}
