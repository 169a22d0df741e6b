// A stand-in app server for scripts/cluster.test.ts: answers every request with its pid, on the
// port given as `-p <port>` (as `next start` takes it). With FAIL_AT_START it exits at once.
import http from "node:http";

if (process.env.FAIL_AT_START) process.exit(3);
const port = Number(process.argv[process.argv.indexOf("-p") + 1]);
http.createServer((req, res) => res.end(String(process.pid))).listen(port, "127.0.0.1");
