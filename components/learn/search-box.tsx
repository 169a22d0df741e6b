/** Plain GET form: works without JavaScript. */
export function SearchBox({ defaultValue = "" }: { defaultValue?: string }) {
  return (
    <form action="/search" method="get" role="search" className="flex gap-2">
      <label htmlFor="q" className="sr-only">
        搜索课程和规则
      </label>
      <input
        id="q"
        name="q"
        type="search"
        defaultValue={defaultValue}
        placeholder="搜索规则、案例、课时"
        maxLength={50}
        className="min-h-11 min-w-0 flex-1 rounded-xl border border-stone-300 bg-white px-3"
      />
      <button type="submit" className="min-h-11 rounded-xl border border-stone-300 bg-white px-4 hover:bg-stone-100">
        搜索
      </button>
    </form>
  );
}
