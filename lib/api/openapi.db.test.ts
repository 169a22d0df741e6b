/**
 * The OpenAPI document against the routes: every route in it and every operation routed, and each
 * request and response schema the very zod schema its handler uses.
 */
import fs from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, test } from "vitest";
import { z } from "zod";
import * as responseRoute from "@/app/api/v1/attempts/[attemptId]/responses/[versionId]/route";
import * as checkRoute from "@/app/api/v1/check-message/route";
import * as openapiRoute from "@/app/api/v1/openapi.json/route";
import { CHINESE, call, type Handler } from "../test/api";
import { OPERATIONS } from "./openapi";
import * as S from "./schemas";

describe("the OpenAPI document", () => {
  type Doc = {
    openapi: string;
    info: { title: string; version: string };
    servers: { url: string }[];
    security: Record<string, string[]>[];
    paths: Record<
      string,
      Record<
        string,
        {
          operationId: string;
          security?: unknown[];
          parameters?: { name: string; in: string; required: boolean; schema: unknown }[];
          requestBody?: { content: { "application/json": { schema: unknown } } };
          responses: Record<string, { $ref?: string; content?: { "application/json": { schema: unknown } } }>;
        }
      >
    >;
    components: {
      securitySchemes: Record<string, { type: string; scheme?: string; in?: string }>;
      responses: Record<string, unknown>;
      schemas: Record<string, unknown>;
    };
  };
  const V1 = path.join(process.cwd(), "app/api/v1");
  const walk = (dir: string): string[] =>
    fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(path.join(dir, e.name)) : [path.join(dir, e.name)]));
  /** "/attempts/{attemptId}" → "attempts/[attemptId]/route.ts" */
  const fileOf = (apiPath: string) => `${apiPath.slice(1).replace(/\{(\w+)\}/g, "[$1]")}/route.ts`;
  const handlerOf = async (apiPath: string, method: string): Promise<Handler> => {
    const mod = (await import(/* @vite-ignore */ path.join(V1, fileOf(apiPath)))) as Record<string, Handler>;
    return mod[method.toUpperCase()];
  };

  let doc: Doc;
  beforeAll(async () => {
    const r = await call(async (req) => openapiRoute.GET(req), "GET", "/openapi.json");
    expect(r.status).toBe(200);
    doc = r.json;
  });
  /**
   * What the document must hold for a zod schema: zod's own JSON Schema, with named sub-schemas
   * ($defs) found under components.schemas and referenced there.
   */
  const jsonSchemaOf = (schema: z.ZodType, io: "input" | "output" = "input") => {
    const { $schema: _, $defs, ...rest } = z.toJSONSchema(schema, { io }) as Record<string, unknown>;
    const moved = (v: unknown) => JSON.parse(JSON.stringify(v).split('"#/$defs/').join('"#/components/schemas/'));
    for (const [name, def] of Object.entries(($defs ?? {}) as Record<string, unknown>)) expect(doc.components.schemas[name]).toEqual(moved(def));
    return moved(rest);
  };
  const opsOf = () => Object.entries(doc.paths).flatMap(([p, methods]) => Object.entries(methods).map(([method, op]) => ({ path: p, method, op })));

  test("is OpenAPI 3.1 in shape, with both security schemes and every operation of this API", async () => {
    expect(doc.openapi).toMatch(/^3\.1\.\d+$/);
    expect(doc.info.title).toMatch(CHINESE);
    expect(doc.info.version).toBeTruthy();
    expect(doc.servers[0].url).toBe("/api/v1");
    expect(doc.components.securitySchemes.bearerAuth).toMatchObject({ type: "http", scheme: "bearer" });
    expect(doc.components.securitySchemes.sessionCookie).toMatchObject({ type: "apiKey", in: "cookie" });
    expect(doc.security).toEqual([{ bearerAuth: [] }, { sessionCookie: [] }]);
    const ids = opsOf().map((o) => o.op.operationId);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual(
      expect.arrayContaining([
        "getOpenApi",
        "getMe",
        "listRules",
        "listQuizzes",
        "startAttempt",
        "getAttempt",
        "saveResponse",
        "submitAttempt",
        "listMyResults",
        "checkMessage",
      ]),
    );
    for (const { path: p, op } of opsOf()) {
      // Every {placeholder} is a required path parameter, and nothing else is.
      const placeholders = [...p.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
      expect(
        (op.parameters ?? [])
          .filter((x) => x.in === "path")
          .map((x) => x.name)
          .sort(),
      ).toEqual(placeholders);
      for (const x of op.parameters ?? []) if (x.in === "path") expect(x.required).toBe(true);
      for (const [status, res] of Object.entries(op.responses)) {
        expect(status).toMatch(/^[2-5]\d\d$/);
        if (res.$ref) expect(doc.components.responses[res.$ref.split("/").pop()!]).toBeDefined();
      }
      expect(JSON.stringify(op)).toMatch(CHINESE);
    }
    // Every internal reference resolves inside the document.
    for (const ref of JSON.stringify(doc).matchAll(/"\$ref":"#\/([^"]+)"/g)) {
      const target = ref[1].split("/").reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], doc);
      expect(target, ref[1]).toBeDefined();
    }
    expect(doc.paths["/openapi.json"].get.security).toEqual([]);
  });

  test("every route under app/api/v1 is in the document, and every operation in it has its route", () => {
    const exported = walk(V1)
      .filter((f) => f.endsWith("route.ts"))
      .flatMap((f) => {
        const src = fs.readFileSync(f, "utf8");
        const rel = path.relative(V1, f).split(path.sep).join("/");
        return [...src.matchAll(/^export\s+(?:const|async function|function)\s+(GET|POST|PUT|PATCH|DELETE)\b/gm)].map((m) => `${m[1]} ${rel}`);
      });
    expect(
      opsOf()
        .map((o) => `${o.method.toUpperCase()} ${fileOf(o.path)}`)
        .sort(),
    ).toEqual(exported.sort());
  });

  test("every operation has its success, 401, 404 and 503 responses; 400 where it takes input; 422 where rules can refuse", () => {
    for (const { op } of opsOf()) {
      if (op.operationId === "getOpenApi") continue;
      const statuses = Object.keys(op.responses);
      expect(statuses).toEqual(expect.arrayContaining(["401", "404", "503"]));
      expect(statuses.some((s) => s.startsWith("2"))).toBe(true);
      if (op.parameters?.length || op.requestBody) expect(statuses).toContain("400");
    }
    for (const id of ["startAttempt", "saveResponse"]) expect(Object.keys(opsOf().find((o) => o.op.operationId === id)!.op.responses)).toContain("422");
    expect(Object.keys(doc.paths["/quizzes/{quizId}/attempts"].post.responses)).toEqual(expect.arrayContaining(["200", "201"]));
  });

  test("each request schema is z.toJSONSchema of the very zod schema its handler parses with", async () => {
    const shapeOf = (s?: z.ZodType) => (s as z.ZodObject | undefined)?.shape ?? {};
    for (const { path: p, method, op } of opsOf()) {
      const handler = await handlerOf(p, method);
      expect(handler, `${method} ${p}`).toBeTypeOf("function");
      const declared = OPERATIONS.find((o) => o.operationId === op.operationId)!;
      expect([declared.path, declared.method]).toEqual([p, method]);
      const guard = handler.guard ?? {};
      // The same schema objects, not look-alikes.
      expect(guard.body).toBe(declared.body);
      expect(guard.params).toBe(declared.params);
      expect(guard.query).toBe(declared.query);
      if (guard.body) expect(op.requestBody!.content["application/json"].schema).toEqual(jsonSchemaOf(guard.body));
      else expect(op.requestBody).toBeUndefined();
      for (const source of [guard.params, guard.query]) {
        for (const [name, field] of Object.entries(shapeOf(source)) as [string, z.ZodType][]) {
          expect(op.parameters!.find((x) => x.name === name)!.schema).toEqual(jsonSchemaOf(field));
        }
      }
      expect(op.parameters?.length ?? 0).toBe(Object.keys(shapeOf(guard.params)).length + Object.keys(shapeOf(guard.query)).length);
    }
    expect(responseRoute.PUT.guard.body).toBe(S.ZAnswer);
    expect(checkRoute.POST.guard.body).toBe(S.ZCheckInput);
  });

  test("each success response schema is z.toJSONSchema of its response schema", () => {
    for (const declared of OPERATIONS) {
      const op = doc.paths[declared.path][declared.method];
      for (const ok of declared.ok) expect(op.responses[String(ok.status)].content!["application/json"].schema).toEqual(jsonSchemaOf(ok.schema, "output"));
    }
  });
});
