import type { Metadata } from "next";
import { ImportForm } from "@/components/org-admin/import-form";
import { requireViewer } from "@/lib/auth/guard";
import { TEMPLATE_COLUMNS } from "@/lib/org/import-members";
import { MAX_ROWS, MAX_UPLOAD_BYTES } from "@/lib/org/read-table";
import { PageHeader, ADMIN_MEMBERS } from "@/components/ui/page-header";

export const metadata: Metadata = { title: "批量导入成员" };

export default async function ImportPage() {
  await requireViewer({ permission: "admin" });
  return (
    <section aria-labelledby="import-title" className="space-y-4">
      <PageHeader id="import-title" back={ADMIN_MEMBERS}>
        批量导入成员
      </PageHeader>
      <div className="space-y-2 rounded-2xl border border-stone-200 bg-white p-4 text-sm text-stone-700">
        <p>上传 Excel（.xlsx）或 CSV（UTF-8）文件。第 1 行为表头，列名与导入模板相同（顺序不限，其他列忽略）：</p>
        <dl className="grid gap-x-3 gap-y-1 sm:grid-cols-[6rem_1fr]">
          {TEMPLATE_COLUMNS.map(([column, help]) => (
            <div key={column} className="contents">
              <dt className="font-medium text-stone-900">{column}</dt>
              <dd className="mb-1 sm:mb-0">{help}</dd>
            </div>
          ))}
        </dl>
        <p>
          先<strong>预检</strong>：检查整个文件并列出每处错误（行号、列、原因），以及将新建或更新的每一位成员，不写入任何数据。预检无误后再<strong>导入</strong>
          ：全部成功或全部不导入。 按登录名匹配：已有的成员会被更新，重复导入同一文件不会产生重复账号。
        </p>
        <p>
          文件不超过 {MAX_UPLOAD_BYTES / 1024 / 1024} MB、{MAX_ROWS.toLocaleString("en-US")} 行。
          <a href="/api/admin/members/template" download className="ml-1 text-brand-700 underline">
            下载导入模板
          </a>
        </p>
      </div>
      <ImportForm />
    </section>
  );
}
