/**
 * Text PostgreSQL can store: no U+0000 ("invalid byte sequence") and well-formed UTF-16 — a lone
 * surrogate such as "\udfff" is refused by jsonb and mangled in text columns. Either, reaching a
 * query, is a 500. The guard refuses such input for every action and route (lib/auth/guard.ts);
 * page filters read from the query string drop it (security review F10: `/search?q=%00`).
 */
export const storable = (s: string): boolean => !s.includes("\u0000") && s.isWellFormed();
