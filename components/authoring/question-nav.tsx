import Link from "next/link";

const LINKS = [
  { href: "/admin/questions", label: "题库" },
  { href: "/admin/questions/new", label: "新建题目" },
  { href: "/admin/questions/transfer", label: "导入导出" },
  { href: "/admin/questions/analysis", label: "题目分析" },
  { href: "/admin/questions/quizzes", label: "测验与组卷" },
];

/** The question bank's own navigation (under 管理). */
export function QuestionNav({ current }: { current: string }) {
  return (
    <nav aria-label="题库管理" className="-mx-1 overflow-x-auto">
      <ul className="flex gap-1 px-1">
        {LINKS.map((l) => (
          <li key={l.href}>
            <Link
              href={l.href}
              aria-current={l.href === current ? "page" : undefined}
              className={`inline-flex min-h-11 items-center whitespace-nowrap rounded-xl px-3 text-sm ${l.href === current ? "bg-brand-700 text-white" : "bg-white text-stone-800 ring-1 ring-stone-200 hover:bg-stone-50"}`}
            >
              {l.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/** A question-bank page's h1 (its id labels the page's section), then the bank's navigation. */
export function QuestionsHeading({ id, title, current }: { id: string; title: string; current: string }) {
  return (
    <>
      <h1 id={id} className="text-xl font-bold">
        {title}
      </h1>
      <QuestionNav current={current} />
    </>
  );
}

export const STATUS_TONE: Record<string, string> = {
  DRAFT: "bg-stone-200 text-stone-800",
  PUBLISHED: "bg-green-100 text-green-900",
  ARCHIVED: "bg-stone-100 text-stone-500",
};
