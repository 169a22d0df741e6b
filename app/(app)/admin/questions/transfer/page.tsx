import type { Metadata } from "next";
import { ImportForm } from "@/components/authoring/import-form";
import { QuestionsHeading } from "@/components/authoring/question-nav";
import { buttonClass } from "@/components/ui/button";
import { FilterSelect } from "@/components/ui/filter-select";
import { requireViewer } from "@/lib/auth/guard";
import { editorCatalog } from "@/lib/authoring/references";
import { db } from "@/lib/db/client";

export const metadata: Metadata = { title: "导入导出题目" };

export default async function TransferPage() {
  await requireViewer({ permission: "admin" });
  const { modules } = await editorCatalog(db());
  return (
    <section aria-labelledby="tr-title" className="space-y-5">
      <QuestionsHeading id="tr-title" title="导入导出题目" current="/admin/questions/transfer" />

      <section aria-labelledby="tr-export" className="space-y-3">
        <h2 id="tr-export" className="font-semibold">
          导出
        </h2>
        <p className="text-sm text-stone-600">
          JSON 包含全部题型和全部字段，与课程内容文件（content/questions）格式相同，可导入另一套系统；XLSX 只含单选、多选、判断题，便于在表格中编辑。
        </p>
        <form method="get" action="/admin/questions/transfer/export" className="grid gap-3 rounded-2xl border border-stone-200 bg-white p-4 sm:grid-cols-3">
          <FilterSelect label="格式" name="format" value="json" options={{ json: "JSON（全部题型）", xlsx: "XLSX（单选、多选、判断）" }} />
          <FilterSelect label="模块" name="module" all="全部模块" options={modules.map((m) => [m.slug, m.title] as const)} />
          <FilterSelect label="范围" name="status" value="current" options={{ current: "草稿和已发布", published: "仅已发布", all: "全部（含已归档）" }} />
          <div className="sm:col-span-3">
            <button type="submit" className={buttonClass("primary")}>
              下载
            </button>
          </div>
        </form>
      </section>

      <section aria-labelledby="tr-import" className="space-y-3">
        <h2 id="tr-import" className="font-semibold">
          导入
        </h2>
        <p className="text-sm text-stone-600">
          整个文件先检查再写入：任何一处有问题都不会写入任何内容，并逐条列出问题所在的行或路径。标识已存在的题目生成新版本，内容相同的跳过。
        </p>
        <a href="/admin/questions/transfer/template" className={buttonClass("secondary")} download>
          下载 XLSX 模板
        </a>
        <ImportForm />
      </section>
    </section>
  );
}
