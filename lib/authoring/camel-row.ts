/**
 * Some columns of a table's row as read under camelCase aliases (`AS "contentHash"`):
 * `CamelRow<"question_version", "content_hash" | "voided_at">` is
 * `{ contentHash: string; voidedAt: Date | null }`, each type from schema.prisma.
 * Local to lib/authoring until lib/db/kysely.ts exports the same type; then import it from there.
 */
import type { Selectable } from "kysely";
import type { DB } from "../db/kysely";

/** snake_case → camelCase, at the type level (`"member_id"` → `"memberId"`). */
type Camel<S extends string> = S extends `${infer H}_${infer T}` ? `${H}${Capitalize<Camel<T>>}` : S;

export type CamelRow<T extends keyof DB, C extends keyof Selectable<DB[T]> & string> = {
  [K in C as Camel<K>]: Selectable<DB[T]>[K];
};
