/** A column: its heading, or [heading, its own classes beside the shared ones]; `false` leaves it out. */
export type Column = string | readonly [string, string] | false;

/**
 * A table's header: one `<th scope="col">` a column, each with the shared `cell` classes, so a
 * table lists its headings instead of repeating the markup for each.
 */
export function ColumnHeads({ columns, cell, className, row }: { columns: readonly Column[]; cell: string; className?: string; row?: string }) {
  return (
    <thead className={className}>
      <tr className={row}>
        {columns.map((c) => {
          if (c === false) return null;
          const [label, own] = typeof c === "string" ? [c, ""] : c;
          return (
            <th key={label} scope="col" className={own ? `${cell} ${own}` : cell}>
              {label}
            </th>
          );
        })}
      </tr>
    </thead>
  );
}
