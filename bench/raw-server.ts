/**
 * The benchmark's "raw ceiling": node:http + pg running exactly the hot path's one statement for
 * one answer (the same SQL the app runs, which also checks the session: the id comes in the
 * x-session header, so no cookie decoding), with no framework and no validation. What the app
 * could reach if everything but the database cost nothing.
 */
import http from "node:http";
import pg from "pg";
import { saveResponseSql, saveResponseStatement } from "../lib/assessment/save-sql";

const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: Number(process.env.DB_POOL_SIZE ?? 10) });
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
            const r = await pool.query({
              name: saveResponseStatement(caller),
              text: saveResponseSql(caller),
              values: [m[1], session, Number(m[2]), JSON.stringify(answer), [], true, 1, 1, true, []],
            });
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
