/**
 * The benchmark's "raw ceiling": node:http + pg doing exactly the hot path's write for one
 * answer (the same SQL statement the app runs), with no framework, no session lookup and no
 * validation. What the app could reach if everything but the database cost nothing.
 */
import http from "node:http";
import pg from "pg";
import { SAVE_RESPONSE_SQL } from "../lib/assessment/save-sql";

const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: Number(process.env.DB_POOL_SIZE ?? 10) });
const route = /^\/attempts\/([^/]+)\/responses\/(\d+)$/;

http
  .createServer((req, res) => {
    const m = route.exec(req.url ?? "");
    const member = Number(req.headers["x-member"]);
    if (req.method !== "PUT" || !m || !member) {
      res.writeHead(404).end();
      return;
    }
    let body = "";
    req.on("data", (c) => (body += c));
    req.on("end", async () => {
      try {
        const answer = JSON.parse(body);
        const r = await pool.query(SAVE_RESPONSE_SQL, [m[1], member, Number(m[2]), JSON.stringify(answer), [], true, 1, 1, true, []]);
        res.writeHead(r.rows[0]?.kind ? 200 : 404, { "content-type": "application/json" }).end(JSON.stringify({ saved: true, revision: r.rows[0]?.revision ?? 0 }));
      } catch {
        res.writeHead(500).end();
      }
    });
  })
  .listen(Number(process.env.PORT ?? 3900), "127.0.0.1", () => console.log("raw server ready"));
