/** One operation of /api/v1, as the OpenAPI document (./openapi.ts) describes it. */
import type { z } from "zod";

type Method = "get" | "post" | "put";
export type ErrorStatus = 400 | 401 | 403 | 404 | 406 | 413 | 415 | 422 | 503;

export interface ApiOperation {
  operationId: string;
  method: Method;
  /** Relative to the server URL (/api/v1), with {placeholders}. */
  path: string;
  tag: string;
  summary: string;
  description: string;
  /** No authentication (the document itself). */
  public?: boolean;
  params?: z.ZodObject;
  query?: z.ZodObject;
  body?: z.ZodType;
  bodyDescription?: string;
  ok: { status: 200 | 201; description: string; schema: z.ZodType }[];
  /**
   * The statuses of this operation's own domain (404, 422, …). Those of the guard are added by the
   * document builder (lib/api/openapi.ts statusesOf): 401/403/503 for every authenticated
   * operation, 400 for parameters, 400/413/415 for a body.
   */
  errors: ErrorStatus[];
}

/**
 * The domain statuses of an operation that is authenticated (the guard's 401/403/503 are added by
 * statusesOf): an id out of the caller's scope is 404.
 */
export const AUTH: ErrorStatus[] = [404];
