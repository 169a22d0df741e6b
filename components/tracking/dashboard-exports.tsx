/** Exports and the printable report of the branch dashboard (files are made by /branch/export). */
import Link from "next/link";
import { buttonClass } from "@/components/ui/button";

export function ExportsSection({ unitId, assignmentId, rollup }: { unitId: number; assignmentId: number; rollup: boolean }) {
  const href = (kind: string, format: string) => `/branch/export?unit=${unitId}&a=${assignmentId}&kind=${kind}&format=${format}`;
  const files: [string, string, string][] = [
    ["members", "xlsx", "成员名单 Excel"],
    ["members", "csv", "成员名单 CSV"],
    ...(rollup
      ? ([
          ["rollup", "xlsx", "下级汇总 Excel"],
          ["rollup", "csv", "下级汇总 CSV"],
        ] as [string, string, string][])
      : []),
    ["ledger", "xlsx", "学习台账 Excel"],
  ];
  return (
    <section aria-labelledby="export-title" className="space-y-2 no-print">
      <h2 id="export-title" className="font-semibold">
        导出与打印
      </h2>
      <div className="flex flex-wrap gap-2">
        {files.map(([kind, format, label]) => (
          <a key={`${kind}.${format}`} href={href(kind, format)} className={buttonClass("secondary")}>
            {label}
          </a>
        ))}
        <Link href={`/branch/report?unit=${unitId}&a=${assignmentId}`} className={buttonClass("secondary")}>
          打印报告
        </Link>
      </div>
    </section>
  );
}
