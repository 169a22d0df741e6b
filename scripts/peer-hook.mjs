// Loaded into the app server with `node --import` (scripts/prepare.mjs serverNodeArgs: `npm start`,
// the e2e server and the benchmark). Next.js hands route handlers no socket address: it copies the
// socket's address into X-Forwarded-For only when the client sent none, so a client that sends one
// chooses the address the app sees (security review F3). Before Next sees a request, this records
// what the connection itself says — the peer's address and the X-Forwarded-For as received — in
// two headers of our own, replacing any a client sent. lib/net/client-address.ts reads them and
// trusts forwarded addresses only from the proxies named in TRUSTED_PROXIES.
import http from "node:http";

export const PEER_HEADER = "x-weguide-peer";
export const FORWARDED_HEADER = "x-weguide-forwarded-for";

const emit = http.Server.prototype.emit;
if (!http.Server.prototype.emit.weguidePeerHook) {
  const hooked = function (event, req, ...rest) {
    if (event === "request" && req?.headers) {
      const fwd = req.headers["x-forwarded-for"];
      req.headers[PEER_HEADER] = req.socket?.remoteAddress ?? "";
      req.headers[FORWARDED_HEADER] = Array.isArray(fwd) ? fwd.join(", ") : (fwd ?? "");
    }
    return emit.call(this, event, req, ...rest);
  };
  hooked.weguidePeerHook = true;
  http.Server.prototype.emit = hooked;
}
