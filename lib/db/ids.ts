import { z } from "zod";

/**
 * Every key and version number is a PostgreSQL `integer`. A larger number from a URL, a form or a
 * server action's arguments must be refused here, with a message, and not by the database as a
 * 500 ("value out of range for type integer"): the fuzz suite found exactly that once.
 */
export const INT4_MAX = 2_147_483_647;

/** A positive `integer` key passed as a number (server-action arguments, JSON bodies). */
export const zId = (message = "编号无效") => z.number({ error: message }).int(message).positive(message).max(INT4_MAX, message);

/** The same key arriving as text (form fields, query strings, route params). */
export const zIdText = (message = "编号无效") => z.coerce.number({ error: message }).int(message).positive(message).max(INT4_MAX, message);

/**
 * An integer written as decimal digits in a query string or a path (the OpenAPI document says
 * `integer`): "1e3", "0x10", "1.0" and " 1" are not integers there and are refused, where z.coerce
 * would read them as numbers (security review F11: `page=1e3` was accepted as 1000). Anything
 * else is handed on as it came, for `inner` to refuse with its own message.
 */
export const zIntParam = <T extends z.ZodType>(inner: T) => z.preprocess((v) => (typeof v === "string" && /^-?\d{1,16}$/.test(v) ? Number(v) : v), inner);
