/** One operation of /api/v1, as the OpenAPI document (./openapi.ts) describes it. */
import type { z } from "zod";

type Method = "get" | "post" | "put";
export type ErrorStatus = 400 | 401 | 404 | 413 | 422 | 503;

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
  errors: ErrorStatus[];
}
