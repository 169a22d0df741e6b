// The app server's edge, before Next.js sees a request. Loaded with `node --import` (scripts/
// prepare.mjs serverNodeArgs: `npm start`, the e2e server and the benchmark). It does what Next
// cannot be made to do from inside the app:
//
// - The connection's own address. Next hands route handlers no socket address: it copies it into
//   X-Forwarded-For only when the client sent none, so a client that sends one chooses the address
//   the app sees (security review F3). This records the peer's address and the X-Forwarded-For as
//   received in two headers of our own, replacing any a client sent; lib/net/client-address.ts
//   reads them and believes forwarded addresses only from the proxies named in TRUSTED_PROXIES.
// - Methods the Fetch standard forbids (TRACE, TRACK, CONNECT): Next builds a WHATWG Request for
//   every request, undici's constructor throws "'TRACE' HTTP method is unsupported", and Next answers
//   500 — for any path, static files included, before proxy.ts could run (review F10). Answered
//   405 here, in Chinese.
import http from "node:http";

export const PEER_HEADER = "x-weguide-peer";
export const FORWARDED_HEADER = "x-weguide-forwarded-for";
const FORBIDDEN_METHODS = new Set(["TRACE", "TRACK", "CONNECT"]);

const emit = http.Server.prototype.emit;
if (!http.Server.prototype.emit.weguideEdgeHook) {
  const hooked = function (event, req, res, ...rest) {
    if (event === "request" && req?.headers) {
      if (FORBIDDEN_METHODS.has(String(req.method).toUpperCase())) {
        const body = JSON.stringify({ error: "不支持该请求方法" });
        res.writeHead(405, {
          Allow: "GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS",
          "Content-Type": "application/json; charset=utf-8",
          "Content-Length": Buffer.byteLength(body),
        });
        res.end(body);
        return true;
      }
      const fwd = req.headers["x-forwarded-for"];
      req.headers[PEER_HEADER] = req.socket?.remoteAddress ?? "";
      req.headers[FORWARDED_HEADER] = Array.isArray(fwd) ? fwd.join(", ") : (fwd ?? "");
    }
    return emit.call(this, event, req, res, ...rest);
  };
  hooked.weguideEdgeHook = true;
  http.Server.prototype.emit = hooked;
}
