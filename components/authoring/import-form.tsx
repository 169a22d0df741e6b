"use client";

import { ClientButton } from "@/components/forms/client-button";
import { useId, useState } from "react";
import { useServerAction } from "@/components/forms/use-server-action";
import type { ActionResult } from "@/lib/auth/guard";
import type { ImportReport } from "@/lib/authoring/transfer";
import { ColumnHeads } from "@/components/ui/column-heads";
import { ScrollRegion } from "@/components/ui/scroll-region";

/**
 * Upload a JSON or XLSX file: first a dry run (every problem with its row or path, and what would
 * change), then "导入" writes it — all or nothing.
 */
export function ImportForm() {
  const id = useId();
  const [file, setFile] = useState<File | null>(null);
  const [publish, setPublish] = useState(false);
  // A route, not a server action: the file goes up as multipart and the answer is the report.
  const sending = useServerAction(async ({ file, mode }: { file: File; mode: "dry" | "apply" }): Promise<ActionResult<ImportReport>> => {
    const body = new FormData();
    body.set("file", file);
    body.set("mode", mode);
    if (publish) body.set("publish", "1");
    const res = await fetch("/admin/questions/transfer/import", { method: "POST", body });
    const data = await res.json().catch(() => null);
    if (!res.ok) return { ok: false, error: (data as { error?: string } | null)?.error ?? `导入失败（${res.status}）` };
    return { ok: true, data: data as ImportReport };
  });
  const { pending, error, data: report } = sending;
  const send = (mode: "dry" | "apply") => file && sending.run({ file, mode });

  const ok = report && report.problems.length === 0;
  return (
    <div className="space-y-4">
      <div className="space-y-3 rounded-2xl border border-stone-200 bg-white p-4">
        <div>
          <label htmlFor={`${id}-file`} className="mb-1 block text-sm font-medium">
            选择文件（.json 或 .xlsx，不超过 5 MB）
          </label>
          <input
            id={`${id}-file`}
            type="file"
            accept=".json,.xlsx,application/json,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            onChange={(e) => {
              setFile(e.currentTarget.files?.[0] ?? null);
              sending.reset();
            }}
            className="block min-h-11 w-full text-sm file:mr-3 file:min-h-11 file:rounded-xl file:border-0 file:bg-brand-50 file:px-4 file:text-brand-800"
          />
        </div>
        <label className="flex min-h-11 items-center gap-2">
          <input type="checkbox" checked={publish} onChange={(e) => setPublish(e.currentTarget.checked)} className="size-5 accent-brand-700" />
          新题目导入后直接发布（否则为草稿）
        </label>
        <div className="flex flex-wrap gap-2">
          <ClientButton variant="secondary" disabled={!file || pending} onClick={() => send("dry")}>
            {pending ? "检查中…" : "检查文件（不写入）"}
          </ClientButton>
          <ClientButton disabled={!file || pending || !ok || report?.applied} onClick={() => send("apply")}>
            导入
          </ClientButton>
        </div>
      </div>

      <div role="status" aria-live="polite" className="space-y-3">
        {error ? <p className="rounded-xl bg-red-50 p-3 text-red-800">{error}</p> : null}
        {report ? (
          <div className={`space-y-2 rounded-2xl p-4 ${ok ? "bg-green-50" : "bg-red-50"}`}>
            <p className="font-semibold">
              {report.applied
                ? `已导入：新增 ${report.plan.create.length} 道，更新 ${report.plan.update.length} 道，未变 ${report.plan.unchanged.length} 道。`
                : ok
                  ? `检查通过（${report.format.toUpperCase()}，共 ${report.total} 道）：将新增 ${report.plan.create.length} 道，更新 ${report.plan.update.length} 道，未变 ${report.plan.unchanged.length} 道。确认无误后点“导入”。`
                  : `发现 ${report.problems.length} 处问题，文件未导入，题库没有任何改动：`}
            </p>
            {report.problems.length ? (
              <ScrollRegion label="问题列表">
                <table className="w-full text-left text-sm">
                  <ColumnHeads columns={["位置", "字段", "问题"]} cell="p-1" />
                  <tbody>
                    {report.problems.map((p, i) => (
                      <tr key={i} className="border-t border-red-200 align-top">
                        <td className="whitespace-nowrap p-1 font-mono">{p.where}</td>
                        <td className="p-1">{p.field}</td>
                        <td className="p-1">{p.message}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </ScrollRegion>
            ) : null}
          </div>
        ) : null}
      </div>
    </div>
  );
}
