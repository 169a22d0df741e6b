import type { ActionResult } from "@/lib/auth/guard";
import { MEMBER_STATES, type MemberSort, type MemberState, type TMemberListQuery } from "@/lib/tracking/state";
import { buttonClass } from "@/components/ui/button";
import { REMINDERS_FOR_TALK } from "@/lib/tracking/reminder-policy";
import { MemberTable, type MemberTableRow } from "./member-table";
import { MEMBER_STATE_LABEL } from "@/lib/labels";

/**
 * The member list of the branch dashboard: state chips and a name search that filter in place
 * (plain links and a GET form: the filters live in the URL and the server pages the list), the
 * sortable table, paging, and the rarer filters folded away.
 */
export function MemberList({
  unitId,
  assignmentId,
  list,
  members,
  counts,
  individual,
  nested,
  remind,
}: {
  unitId: number;
  assignmentId: number;
  list: TMemberListQuery;
  members: { rows: MemberTableRow[]; total: number; page: number; pageSize: number };
  /** Members per state, where the page counts them (the own secretary's branch). */
  counts: Record<MemberState, number> | null;
  individual: boolean;
  /** The unit has units below it: this lists its own members only, and each row names its unit. */
  nested: boolean;
  remind?: { action: (input: unknown) => Promise<ActionResult<{ notified: boolean }>> };
}) {
  const href = (change: Partial<Record<keyof TMemberListQuery, string | number | undefined>>) => {
    const p = new URLSearchParams({ unit: String(unitId), a: String(assignmentId) });
    const merged = { ...list, page: undefined, ...change };
    for (const k of ["q", "state", "overdue", "talk", "minScore", "maxScore", "sort", "dir", "page"] as const) {
      const v = merged[k];
      if (v !== undefined && v !== "" && !(k === "sort" && v === "state") && !(k === "dir" && v === "asc") && !(k === "page" && v === 1)) p.set(k, String(v));
    }
    return `/branch?${p}#members-title`;
  };
  const pages = Math.max(1, Math.ceil(members.total / members.pageSize));
  const all = counts ? Object.values(counts).reduce((a, b) => a + b, 0) : null;
  const chip = (label: string, state: MemberState | undefined, n: number | null) => {
    const current = list.state === state && !list.overdue && !list.talk;
    return (
      <li key={label}>
        <a
          href={href({ state, overdue: undefined, talk: undefined })}
          aria-current={current ? "true" : undefined}
          className={`inline-flex min-h-11 items-center rounded-full border px-3 text-sm ${
            current ? "border-brand-700 bg-brand-700 text-white" : "border-stone-300 bg-white text-stone-800 hover:bg-stone-100"
          }`}
        >
          {label}
          {n !== null ? <span className="ml-1 tabular-nums">{n}</span> : null}
        </a>
      </li>
    );
  };
  return (
    <section aria-labelledby="members-title" className="space-y-3">
      <h2 id="members-title" className="font-semibold">
        {nested ? "本级成员" : "成员"}（{members.total} 人
        {list.state || list.q || list.overdue || list.talk || list.minScore !== undefined || list.maxScore !== undefined ? "，已筛选" : ""}）
      </h2>
      <div className="no-print space-y-2">
        <ul aria-label="按状态筛选" className="flex flex-wrap gap-2">
          {chip("全部", undefined, all)}
          {MEMBER_STATES.map((s) => chip(MEMBER_STATE_LABEL[s], s, counts ? counts[s] : null))}
        </ul>
        <form method="get" action="/branch#members-title" role="search" aria-label="查找成员" className="flex gap-2">
          <input type="hidden" name="unit" value={unitId} />
          <input type="hidden" name="a" value={assignmentId} />
          {list.state ? <input type="hidden" name="state" value={list.state} /> : null}
          {list.sort !== "state" ? <input type="hidden" name="sort" value={list.sort} /> : null}
          {list.dir !== "asc" ? <input type="hidden" name="dir" value={list.dir} /> : null}
          <label htmlFor="f-q" className="sr-only">
            姓名或登录名
          </label>
          <input
            id="f-q"
            name="q"
            type="search"
            defaultValue={list.q ?? ""}
            maxLength={32}
            placeholder="姓名或登录名"
            className="block min-h-11 min-w-0 flex-1 rounded-xl border border-stone-300 bg-white px-3"
          />
          <button type="submit" className={buttonClass("secondary")}>
            查找
          </button>
        </form>
        <details className="text-sm">
          <summary className="inline-flex min-h-11 cursor-pointer items-center text-brand-700">更多筛选</summary>
          <form method="get" action="/branch#members-title" aria-label="更多筛选" className="grid grid-cols-2 gap-2 sm:grid-cols-4">
            <input type="hidden" name="unit" value={unitId} />
            <input type="hidden" name="a" value={assignmentId} />
            {list.q ? <input type="hidden" name="q" value={list.q} /> : null}
            {list.state ? <input type="hidden" name="state" value={list.state} /> : null}
            <input type="hidden" name="sort" value={list.sort} />
            <input type="hidden" name="dir" value={list.dir} />
            {individual ? (
              <>
                <ScoreBound id="f-min" name="minScore" label="最高分不低于" value={list.minScore} />
                <ScoreBound id="f-max" name="maxScore" label="最高分不高于" value={list.maxScore} />
              </>
            ) : null}
            <label className="flex min-h-11 items-center gap-2">
              <input type="checkbox" name="talk" value="1" defaultChecked={list.talk === "1"} className="h-5 w-5" />
              需谈话
            </label>
            <button type="submit" className={buttonClass("secondary")}>
              筛选
            </button>
          </form>
        </details>
      </div>
      {members.rows.length ? (
        <MemberTable
          rows={members.rows}
          individual={individual}
          sort={list.sort}
          dir={list.dir}
          sortHref={(sort: MemberSort, dir) => href({ sort, dir })}
          detailQuery={`?a=${assignmentId}`}
          remind={remind ? { action: remind.action, unitId, assignmentId } : undefined}
          showUnit={!nested && members.rows.some((r) => r.unitId !== unitId)}
        />
      ) : (
        <p role="status" className="rounded-2xl border border-dashed border-stone-300 p-4 text-center text-sm text-stone-600">
          没有符合条件的成员。
          <a
            href={href({ q: undefined, state: undefined, overdue: undefined, talk: undefined, minScore: undefined, maxScore: undefined })}
            className="text-brand-700 underline"
          >
            清除筛选
          </a>
        </p>
      )}
      {pages > 1 ? (
        <nav aria-label="成员分页" className="no-print flex items-center justify-between text-sm">
          {members.page > 1 ? (
            <a href={href({ page: members.page - 1 })} className={buttonClass("ghost")} rel="prev">
              ‹ 上一页
            </a>
          ) : (
            <span />
          )}
          <span>
            第 {members.page} / {pages} 页
          </span>
          {members.page < pages ? (
            <a href={href({ page: members.page + 1 })} className={buttonClass("ghost")} rel="next">
              下一页 ›
            </a>
          ) : (
            <span />
          )}
        </nav>
      ) : null}
      <p className="text-xs text-stone-600">
        “提醒”为被提醒的天数（每天最多记一次）；提醒 {REMINDERS_FOR_TALK}{" "}
        天及以上仍未完成的成员标为“需谈话”，请书记当面了解情况。打印本页只打印当前一页，完整名单请用“打印报告”。
      </p>
    </section>
  );
}

/** One end of the best-score filter (0–100). */
function ScoreBound({ id, name, label, value }: { id: string; name: string; label: string; value: string | number | undefined }) {
  return (
    <div>
      <label htmlFor={id} className="mb-1 block text-stone-700">
        {label}
      </label>
      <input
        id={id}
        name={name}
        type="number"
        min={0}
        max={100}
        inputMode="numeric"
        defaultValue={value}
        className="block min-h-11 w-full rounded-xl border border-stone-300 bg-white px-2"
      />
    </div>
  );
}
