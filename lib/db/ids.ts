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
