"use client";

import { ClientButton } from "@/components/forms/client-button";
import { useEffect, useId, useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import type { ImportReport, ReportIssue } from "@/lib/org/import-members";
import { ColumnHeads } from "@/components/ui/column-heads";
import { ScrollRegion } from "@/components/ui/scroll-region";

type Credentials = { count: number; preview: { line: number; username: string; name: string; initialPassword: string }[]; xlsxBase64: string };
type Answer = { ok: boolean; report?: ImportReport; credentials?: Credentials | null; error?: string };

type State =
  | { phase: "idle" }
  | { phase: "busy"; what: "dry-run" | "apply" }
  | { phase: "checked"; report: ImportReport }
  | { phase: "applied"; report: ImportReport; credentials: Credentials | null; download: string | null }
  | { phase: "failed"; message: string; report?: ImportReport };

async function send(file: File, mode: "dry-run" | "apply"): Promise<Answer> {
  const res = await fetch(`/api/admin/members/import?mode=${mode}`, {
    method: "POST",
    body: file,
    headers: { "content-type": "application/octet-stream", "x-file-name": encodeURIComponent(file.name) },
  });
  try {
    return (await res.json()) as Answer;
  } catch {
    return { ok: false, error: res.status === 413 ? "文件过大" : `服务器错误（${res.status}），请稍后重试` };
  }
}

function IssueTable({ title, issues, total }: { title: string; issues: ReportIssue[]; total: number }) {
  if (!total) return null;
  return (
    <ScrollRegion label={title} className="rounded-2xl border border-stone-200 bg-white">
      <table className="w-full text-left text-sm">
        <caption className="p-3 text-left font-semibold">
          {title}（共 {total} 处{total > issues.length ? `，仅列出前 ${issues.length} 处` : ""}）
        </caption>
        <ColumnHeads columns={[["行", "whitespace-nowrap"], ["列", "whitespace-nowrap"], "问题"]} cell="px-3 py-2" className="bg-stone-50 text-stone-600" />
        <tbody className="divide-y divide-stone-100">
          {issues.map((e, i) => (
            <tr key={i}>
              <td className="px-3 py-2 whitespace-nowrap">{e.row || "—"}</td>
              <td className="px-3 py-2 whitespace-nowrap">{e.column || "—"}</td>
              <td className="px-3 py-2 break-words">{e.message}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}

function Summary({ report, applied }: { report: ImportReport; applied: boolean }) {
  const verb = applied ? "" : "将";
  return (
    <p>
      文件“{report.fileName}”共 {report.rows} 行数据：{verb}新建 <strong>{report.created}</strong> 人，{verb}更新 <strong>{report.updated}</strong> 人，无变化{" "}
      <strong>{report.unchanged}</strong> 人。
    </p>
  );
}

/** The rows the import will create or change (pre-check) or did (after it), so the admin sees who, not only how many. */
function PlannedTable({ report, applied }: { report: ImportReport; applied: boolean }) {
  if (!report.planned.length) return null;
  const shown = report.planned.length;
  const all = report.created + report.updated;
  return (
    <ScrollRegion label={applied ? "已导入的成员" : "将导入的成员"} className="rounded-2xl border border-stone-200 bg-white">
      <table className="w-full text-left text-sm">
        <caption className="px-3 pt-2 text-left font-semibold">
          {applied ? "已导入的成员" : "将导入的成员"}（{all} 人{shown < all ? `，列出前 ${shown} 人` : ""}）
        </caption>
        <ColumnHeads columns={[["行号", "whitespace-nowrap"], applied ? "结果" : "操作", "姓名", "登录名", "单位"]} cell="px-3 py-2" className="bg-stone-50" />
        <tbody>
          {report.planned.map((r) => (
            <tr key={`${r.row}-${r.username}`} className="border-t border-stone-100">
              <td className="px-3 py-1 tabular-nums">{r.row}</td>
              <td className="px-3 py-1 whitespace-nowrap">{r.change === "create" ? (applied ? "已新建" : "新建") : applied ? "已更新" : "更新"}</td>
              <td className="px-3 py-1">{r.name}</td>
              <td className="px-3 py-1 break-all">{r.username}</td>
              <td className="px-3 py-1">{r.unit}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}

function xlsxUrl(credentials: Credentials | null | undefined): string | null {
  if (!credentials) return null;
  const bytes = Uint8Array.from(atob(credentials.xlsxBase64), (c) => c.charCodeAt(0));
  return URL.createObjectURL(new Blob([bytes], { type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" }));
}

/** Upload → dry-run report (row, column, problem) → apply → initial passwords, downloadable once. */
export function ImportForm() {
  const inputId = useId();
  const [file, setFile] = useState<File | null>(null);
  const [state, setState] = useState<State>({ phase: "idle" });
  const resultRef = useRef<HTMLDivElement>(null);

  // The credentials' object URL lives as long as the state that made it.
  const download = state.phase === "applied" ? state.download : null;
  useEffect(() => (download ? () => URL.revokeObjectURL(download) : undefined), [download]);

  useEffect(() => {
    if (state.phase !== "busy" && state.phase !== "idle") resultRef.current?.focus();
  }, [state.phase]);

  async function go(mode: "dry-run" | "apply") {
    if (!file) {
      setState({ phase: "failed", message: "请先选择文件" });
      return;
    }
    setState({ phase: "busy", what: mode });
    let a: Answer;
    try {
      a = await send(file, mode);
    } catch {
      setState({ phase: "failed", message: "网络错误，请检查网络后重试" });
      return;
    }
    if (!a.ok || !a.report) {
      setState({ phase: "failed", message: a.error ?? `共有 ${a.report?.errorCount ?? 0} 处错误，未导入任何数据。请修改文件后重新预检。`, report: a.report });
      return;
    }
    setState(
      mode === "apply"
        ? { phase: "applied", report: a.report, credentials: a.credentials ?? null, download: xlsxUrl(a.credentials) }
        : { phase: "checked", report: a.report },
    );
  }

  const busy = state.phase === "busy";
  const canApply = state.phase === "checked" && state.report.errorCount === 0 && state.report.created + state.report.updated > 0;

  return (
    <div className="space-y-4">
      <div className="space-y-3 rounded-2xl border border-stone-200 bg-white p-4">
        <div>
          <label htmlFor={inputId} className="mb-1 block text-sm font-medium text-stone-700">
            成员文件（.xlsx 或 .csv）
          </label>
          <input
            id={inputId}
            type="file"
            accept=".xlsx,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv"
            onChange={(e) => {
              setFile(e.target.files?.[0] ?? null);
              setState({ phase: "idle" });
            }}
            className="block min-h-11 w-full text-sm file:mr-3 file:min-h-11 file:rounded-xl file:border-0 file:bg-stone-100 file:px-4"
          />
        </div>
        <div className="flex flex-wrap gap-2">
          <ClientButton variant={canApply ? "secondary" : "primary"} disabled={busy || !file} onClick={() => void go("dry-run")}>
            {busy && state.what === "dry-run" ? "正在预检…" : "预检"}
          </ClientButton>
          {canApply ? (
            <ClientButton disabled={busy} onClick={() => void go("apply")}>
              导入
            </ClientButton>
          ) : null}
          {busy && state.what === "apply" ? (
            <Button type="button" disabled>
              正在导入…
            </Button>
          ) : null}
        </div>
      </div>

      <div ref={resultRef} tabIndex={-1} className="space-y-4 outline-none" aria-live="polite">
        {state.phase === "failed" ? (
          <div role="alert" className="rounded-2xl bg-red-50 p-4 text-sm text-red-800">
            <p>{state.message}</p>
            {state.report ? (
              <p className="mt-1 text-red-700">
                共 {state.report.rows} 行；其中无误的行将新建 {state.report.created} 人、更新 {state.report.updated} 人（改正全部错误后才会导入）。
              </p>
            ) : null}
          </div>
        ) : null}
        {state.phase === "checked" ? (
          <div role="status" className="space-y-1 rounded-2xl bg-green-50 p-4 text-sm text-green-900">
            <p className="font-semibold">预检通过，尚未写入任何数据。</p>
            <Summary report={state.report} applied={false} />
            {state.report.created + state.report.updated === 0 ? <p>没有需要导入的变化。</p> : <p>请核对下表，确认无误后点击“导入”。</p>}
          </div>
        ) : null}
        {state.phase === "checked" ? <PlannedTable report={state.report} applied={false} /> : null}
        {state.phase === "applied" ? (
          <div role="status" className="space-y-2 rounded-2xl bg-green-50 p-4 text-sm text-green-900">
            <p className="font-semibold">导入完成。</p>
            <Summary report={state.report} applied />
          </div>
        ) : null}
        {state.phase === "failed" && state.report ? <IssueTable title="错误" issues={state.report.errors} total={state.report.errorCount} /> : null}
        {(state.phase === "checked" || state.phase === "applied" || (state.phase === "failed" && state.report)) && "report" in state && state.report ? (
          <IssueTable title="提示" issues={state.report.warnings} total={state.report.warningCount} />
        ) : null}
        {state.phase === "applied" && state.credentials ? (
          <div className="space-y-3 rounded-2xl border border-amber-300 bg-amber-50 p-4 text-sm">
            <p className="text-amber-900">
              新建的 {state.credentials.count} 个账号的初始密码<strong>只提供这一次</strong>
              ，系统不保存明文。请立即下载，通过安全渠道分发，分发后删除文件；成员首次登录须修改密码。
            </p>
            {download ? (
              <a
                href={download}
                download="初始密码.xlsx"
                className="inline-flex min-h-11 items-center rounded-xl bg-brand-700 px-4 font-medium text-white hover:bg-brand-800"
              >
                下载初始密码（XLSX）
              </a>
            ) : null}
            <ScrollRegion label="新账号初始密码" className="rounded-xl border border-amber-200 bg-white">
              <table className="w-full text-left">
                <caption className="p-2 text-left text-stone-600">
                  {state.credentials.count > state.credentials.preview.length ? `前 ${state.credentials.preview.length} 个（全部见下载文件）` : "全部新账号"}
                </caption>
                <ColumnHeads columns={["姓名", "登录名", "初始密码"]} cell="px-3 py-2" className="bg-stone-50 text-stone-600" />
                <tbody className="divide-y divide-stone-100">
                  {state.credentials.preview.map((c) => (
                    <tr key={c.username}>
                      <td className="px-3 py-2 break-words">{c.name}</td>
                      <td className="px-3 py-2 break-all">{c.username}</td>
                      <td className="px-3 py-2 font-mono">{c.initialPassword}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </ScrollRegion>
          </div>
        ) : null}
      </div>
    </div>
  );
}
