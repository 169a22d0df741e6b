import type { Metadata } from "next";
import Link from "next/link";
import { buttonClass } from "@/components/ui/button";
import { FilterActions, FilterSelect } from "@/components/ui/filter-select";
import { requireViewer } from "@/lib/auth/guard";
import { SCORE_READ, ZAuditFilter, entityNames, listAuditEvents, summariseScoreReads, type TAuditFilter } from "@/lib/audit/list-events";
import { db } from "@/lib/db/client";
import { AUDIT_ACTION_GROUPS, AUDIT_ACTION_LABEL, AUDIT_ENTITY_LABEL, auditActionLabel } from "@/lib/labels";
import { formatChinaStamp } from "@/lib/tracking/time";
import { PageHeader, ADMIN_HOME } from "@/components/ui/page-header";

export const metadata: Metadata = { title: "操作日志" };

const inputClass = "block min-h-11 w-full rounded-xl border border-stone-300 bg-white px-3";

function href(f: Partial<TAuditFilter>, before?: string): string {
  const p = new URLSearchParams();
  for (const k of ["actor", "action", "entity", "entityId", "from", "to"] as const) if (f[k]) p.set(k, String(f[k]));
  if (before) p.set("before", before);
  const s = p.toString();
  return s ? `/admin/audit?${s}` : "/admin/audit";
}

/** The options of the action filter: each group, then its actions, all by Chinese name. */
const ACTION_OPTIONS = AUDIT_ACTION_GROUPS.map((g) => ({
  ...g,
  actions: Object.entries(AUDIT_ACTION_LABEL).filter(([code]) => code.startsWith(g.prefix)),
}));
const OTHER_ACTIONS = Object.entries(AUDIT_ACTION_LABEL).filter(([code]) => !AUDIT_ACTION_GROUPS.some((g) => code.startsWith(g.prefix)));
const ENTITY_OPTIONS: Record<string, string> = AUDIT_ENTITY_LABEL;

const entityLabel = (entity: string) => (entity in AUDIT_ENTITY_LABEL ? ENTITY_OPTIONS[entity] : entity);

const json = (v: unknown) => (v === null || v === undefined ? "—" : JSON.stringify(v, null, 2));

export default async function AuditPage({ searchParams }: { searchParams: Promise<Record<string, string | string[]>> }) {
  await requireViewer({ permission: "admin" });
  const f = ZAuditFilter.parse(await searchParams);
  const [{ rows, nextBefore }, reads] = await Promise.all([
    listAuditEvents(db(), f),
    f.action && f.action !== SCORE_READ ? null : summariseScoreReads(db(), f),
  ]);
  const names = await entityNames(db(), rows);
  return (
    <section aria-labelledby="audit-title" className="space-y-4">
      <PageHeader
        id="audit-title"
        back={ADMIN_HOME}
        description="记录每一次管理操作和登录：谁、何时、做了什么、修改前后的内容。日志只增不改，任何人都不能编辑或删除。"
      >
        操作日志
      </PageHeader>

      <form
        method="get"
        action="/admin/audit"
        role="search"
        aria-label="筛选日志"
        className="grid gap-3 rounded-2xl border border-stone-200 bg-white p-4 sm:grid-cols-2"
      >
        <div>
          <label htmlFor="a-actor" className="mb-1 block text-sm font-medium text-stone-700">
            操作人（登录名或姓名）
          </label>
          <input id="a-actor" name="actor" defaultValue={f.actor ?? ""} maxLength={64} className={inputClass} />
        </div>
        <div>
          <label htmlFor="a-action" className="mb-1 block text-sm font-medium text-stone-700">
            操作
          </label>
          <select id="a-action" name="action" defaultValue={f.action ?? ""} className={inputClass}>
            <option value="">全部操作</option>
            {ACTION_OPTIONS.map((g) => (
              <optgroup key={g.value} label={g.label}>
                <option value={g.value}>{g.label}（全部）</option>
                {g.actions.map(([value, label]) => (
                  <option key={value} value={value}>
                    {label}
                  </option>
                ))}
              </optgroup>
            ))}
            <optgroup label="其他">
              {OTHER_ACTIONS.map(([value, label]) => (
                <option key={value} value={value}>
                  {label}
                </option>
              ))}
            </optgroup>
          </select>
        </div>
        <FilterSelect label="对象类型" name="entity" value={f.entity} all="全部" options={ENTITY_OPTIONS} />
        <div>
          <label htmlFor="a-entity-id" className="mb-1 block text-sm font-medium text-stone-700">
            对象编号
          </label>
          <input id="a-entity-id" name="entityId" defaultValue={f.entityId ?? ""} maxLength={64} className={inputClass} />
        </div>
        <div>
          <label htmlFor="a-from" className="mb-1 block text-sm font-medium text-stone-700">
            开始日期
          </label>
          <input id="a-from" name="from" type="date" defaultValue={f.from ?? ""} className={inputClass} />
        </div>
        <div>
          <label htmlFor="a-to" className="mb-1 block text-sm font-medium text-stone-700">
            结束日期（含当天）
          </label>
          <input id="a-to" name="to" type="date" defaultValue={f.to ?? ""} className={inputClass} />
        </div>
        <FilterActions clear="/admin/audit" />
      </form>

      {reads ? (
        <details className="rounded-2xl border border-stone-200 bg-white px-4" aria-labelledby="reads-title">
          <summary id="reads-title" className="flex min-h-11 cursor-pointer items-center font-semibold">
            成绩查看（按人按天汇总）：{reads.rows.reduce((n, r) => n + r.reads, 0)} 次
          </summary>
          <p className="text-sm text-stone-600">
            书记每打开一次看板、成员详情或导出名单，都记一次“查看成绩”。这里按人按天合计（{reads.from} 起{reads.to ? `至 ${reads.to}` : "至今"}
            ），点击一行查看当天的逐条记录。
          </p>
          {reads.rows.length ? (
            <ul aria-label="成绩查看汇总" className="divide-y divide-stone-100 pb-2 text-sm">
              {reads.rows.map((r) => (
                <li key={`${r.day}-${r.actor?.id ?? 0}`}>
                  <Link
                    href={href({ actor: r.actor?.username, action: SCORE_READ, from: r.day, to: r.day })}
                    className="flex min-h-11 flex-wrap items-center justify-between gap-x-3 py-1 hover:bg-stone-50"
                  >
                    <span>
                      <span className="font-medium">{r.actor ? r.actor.name : "（无操作人）"}</span> 查看成绩 {r.reads} 次，涉及 {r.members} 人
                    </span>
                    <span className="text-xs text-stone-600">{r.day}</span>
                  </Link>
                </li>
              ))}
            </ul>
          ) : (
            <p className="pb-3 text-sm text-stone-600">这段时间没有人查看成绩。</p>
          )}
        </details>
      ) : null}

      {rows.length ? (
        <ol aria-label="日志条目" className="divide-y divide-stone-200 rounded-2xl border border-stone-200 bg-white">
          {rows.map((e) => (
            <li key={e.id} className="space-y-1 px-4 py-3 text-sm">
              <p className="flex flex-wrap items-baseline justify-between gap-x-3">
                <span className="font-medium">{auditActionLabel(e.action)}</span>
                <time dateTime={e.at.toISOString()} className="text-xs text-stone-500">
                  {formatChinaStamp(e.at, { seconds: true })}
                </time>
              </p>
              <p className="text-stone-600 break-words">
                {e.actor ? `${e.actor.name}（${e.actor.username}）` : "（无操作人）"}
                {e.entity ? ` · ${entityLabel(e.entity)}` : ""}
                {e.entityId ? ` ${names.get(`${e.entity}:${e.entityId}`) ?? ""}（编号 ${e.entityId}）` : ""}
                {e.ip ? ` · ${e.ip}` : ""}
              </p>
              {e.before !== null || e.after !== null ? (
                <details>
                  <summary className="inline-flex min-h-11 cursor-pointer items-center text-brand-700">修改前后</summary>
                  <div className="grid gap-2 sm:grid-cols-2">
                    <div>
                      <p className="text-xs text-stone-500">修改前</p>
                      <pre className="overflow-x-auto rounded-lg bg-stone-50 p-2 text-xs whitespace-pre-wrap break-all">{json(e.before)}</pre>
                    </div>
                    <div>
                      <p className="text-xs text-stone-500">修改后</p>
                      <pre className="overflow-x-auto rounded-lg bg-stone-50 p-2 text-xs whitespace-pre-wrap break-all">{json(e.after)}</pre>
                    </div>
                  </div>
                </details>
              ) : null}
            </li>
          ))}
        </ol>
      ) : (
        <p role="status" className="rounded-2xl border border-dashed border-stone-300 p-6 text-center text-stone-500">
          没有符合条件的日志。
        </p>
      )}
      <nav aria-label="分页" className="flex flex-wrap gap-2">
        {f.before !== undefined ? (
          <Link href={href(f)} className={buttonClass("secondary")}>
            回到最新
          </Link>
        ) : null}
        {nextBefore ? (
          <Link href={href(f, nextBefore)} className={buttonClass("secondary")} rel="next">
            更早的记录
          </Link>
        ) : null}
      </nav>
    </section>
  );
}
