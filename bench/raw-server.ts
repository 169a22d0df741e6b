/**
 * The benchmark's "raw ceiling": node:http + pg running exactly the hot path's one statement for
 * one answer (the same SQL the app runs, which also checks the session: the id comes in the
 * x-session header, so no cookie decoding), with no framework and no validation. What the app
 * could reach if everything but the database cost nothing.
 */
import http from "node:http";
import pg from "pg";
import { saveResponseQuery, saveResponseStatement } from "../lib/assessment/save-sql";
import { kyselyOver } from "../lib/db/kysely";

const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: Number(process.env.DB_POOL_SIZE ?? 10) });
// Only compiles the statement (to the same text and parameters as the app's); pg runs it.
const compiler = kyselyOver(async () => {
  throw new Error("compile only");
});
const route = /^\/attempts\/([^/]+)\/responses\/(\d+)$/;

http
  .createServer((req, res) => {
    const m = route.exec(req.url ?? "");
    const session = req.headers["x-session"];
    if (req.method !== "PUT" || !m || typeof session !== "string") {
      res.writeHead(404).end();
      return;
    }
    let body = "";
    req.on("data", (c) => (body += c));
    req.on(
      "end",
      () =>
        void (async () => {
          try {
            const answer = JSON.parse(body);
            const caller = { sessionId: session };
            // Prepared under the same name as the app's, so both plan it once per connection.
            const c = saveResponseQuery(caller, {
              publicId: m[1],
              versionId: Number(m[2]),
              answer: JSON.stringify(answer),
              path: [],
              correct: true,
              score: 1,
              maxScore: 1,
              final: true,
              misconceptions: [],
            }).compile(compiler);
            const r = await pool.query({ name: saveResponseStatement(caller), text: c.sql, values: c.parameters as unknown[] });
            res
              .writeHead(r.rows[0]?.kind ? 200 : r.rows[0]?.authenticated ? 404 : 401, { "content-type": "application/json" })
              .end(JSON.stringify({ saved: true, revision: r.rows[0]?.revision ?? 0 }));
          } catch {
            res.writeHead(500).end();
          }
        })(),
    );
  })
  .listen(Number(process.env.PORT ?? 3900), "127.0.0.1", () => console.log("raw server ready"));
