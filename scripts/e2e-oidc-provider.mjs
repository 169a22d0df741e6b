#!/usr/bin/env node
// The identity provider the end-to-end suite signs in through: `oidc-provider` (a certified
// OpenID Provider implementation) on a local port, not a mock. Its test users are any login name:
// the account's subject is `acct-<name>` and its preferred_username is `<name>`, so "cadre001" is
// the demo's cadre001 and any other name is a stranger to the app. Test-only controls:
//   - a name ending in "#expire" signs in as that user, but its authorisation code lives 1 second;
//   - POST /__test/rotate-keys starts signing with a new key (the old one stays published).
// Serves http://localhost:<OIDC_PORT> (IPv4 and IPv6 loopback), a different site from the app at
// 127.0.0.1, so the app's state, nonce and PKCE cookies cross sites as they do in production.
import { generateKeyPairSync, randomBytes } from "node:crypto";
import http from "node:http";
import Provider from "oidc-provider";
import { E2E_SSO_CLIENT as CLIENT } from "./e2e-sso.mjs";

// OIDC_PORT=0: any free port (the unit tests); the issuer line printed at start names it.
const requestedPort = Number(process.env.OIDC_PORT ?? 3150);
const appPorts = (process.env.APP_PORTS ?? "3100").split(",").map((p) => p.trim());
let issuer = "";

const newKey = (n) => ({
  ...generateKeyPairSync("rsa", { modulusLength: 2048 }).privateKey.export({ format: "jwk" }),
  kid: `e2e-key-${n}`,
  alg: "RS256",
  use: "sig",
});
let keys = [newKey(1)];
const cookieKeys = [randomBytes(32).toString("hex")];

const page = (
  title,
  body,
) => `<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title><style>body{font-family:system-ui,sans-serif;max-width:22rem;margin:3rem auto;padding:0 1rem}label,input,button{display:block;width:100%;font-size:1rem;margin:.5rem 0}input,button{padding:.6rem;box-sizing:border-box}</style></head>
<body><main><h1>${title}</h1>${body}</main></body></html>`;

const escape = (s) => String(s).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * The provider's store, in memory and kept across the Provider instances a key rotation creates
 * (oidc-provider's own memory adapter is per instance: a rotation would sign everyone out).
 */
const store = new Map();
const live = (k) => {
  const e = store.get(k);
  if (e && e.expiresAt && e.expiresAt < Date.now()) store.delete(k);
  return store.get(k)?.payload;
};
class SharedAdapter {
  constructor(model) {
    this.model = model;
  }
  key(id) {
    return `${this.model}:${id}`;
  }
  async upsert(id, payload, expiresIn) {
    const expiresAt = expiresIn ? Date.now() + expiresIn * 1000 : 0;
    store.set(this.key(id), { payload, expiresAt });
    if (this.model === "Session") store.set(`sessionUid:${payload.uid}`, { payload: id, expiresAt });
    if (payload.grantId) store.set(`grant:${payload.grantId}`, { payload: [...(live(`grant:${payload.grantId}`) ?? []), this.key(id)], expiresAt: 0 });
  }
  async find(id) {
    return live(this.key(id));
  }
  async findByUid(uid) {
    const id = live(`sessionUid:${uid}`);
    return id ? this.find(id) : undefined;
  }
  async findByUserCode() {
    return undefined;
  }
  async consume(id) {
    const payload = live(this.key(id));
    if (payload) payload.consumed = Math.floor(Date.now() / 1000);
  }
  async destroy(id) {
    store.delete(this.key(id));
  }
  async revokeByGrantId(grantId) {
    for (const k of live(`grant:${grantId}`) ?? []) store.delete(k);
    store.delete(`grant:${grantId}`);
  }
}

function configuration() {
  return {
    adapter: SharedAdapter,
    clients: [
      {
        client_id: CLIENT.id,
        client_secret: CLIENT.secret,
        client_name: "微信使用规范学堂（测试）",
        redirect_uris: appPorts.map((p) => `http://127.0.0.1:${p}/api/auth/callback/oidc`),
        post_logout_redirect_uris: appPorts.map((p) => `http://127.0.0.1:${p}/login`),
        grant_types: ["authorization_code"],
        response_types: ["code"],
        token_endpoint_auth_method: "client_secret_basic",
      },
    ],
    jwks: { keys },
    cookies: { keys: cookieKeys },
    claims: { openid: ["sub"], profile: ["name", "preferred_username"] },
    pkce: { required: () => true },
    features: {
      devInteractions: { enabled: false },
      rpInitiatedLogout: {
        enabled: true,
        async logoutSource(ctx, form) {
          ctx.body = page(
            "退出统一身份认证",
            `${form}<p>确定要退出统一身份认证平台吗？</p><button type="submit" form="op.logoutForm" name="logout" value="yes">确认退出</button>`,
          );
        },
        async postLogoutSuccessSource(ctx) {
          ctx.body = page("已退出", "<p>您已退出统一身份认证平台。</p>");
        },
      },
    },
    interactions: { url: (ctx, interaction) => `/interaction/${interaction.uid}` },
    // A first-party client: no consent screen.
    async loadExistingGrant(ctx) {
      const grantId = ctx.oidc.result?.consent?.grantId || ctx.oidc.session.grantIdFor(ctx.oidc.client.clientId);
      if (grantId) {
        const found = await ctx.oidc.provider.Grant.find(grantId);
        if (found) return found;
      }
      const grant = new ctx.oidc.provider.Grant({ clientId: ctx.oidc.client.clientId, accountId: ctx.oidc.session.accountId });
      grant.addOIDCScope("openid profile");
      await grant.save();
      return grant;
    },
    async findAccount(ctx, id) {
      const name = id.replace(/^acct-/, "").replace(/#expire$/, "");
      return { accountId: id, claims: () => ({ sub: id, preferred_username: name, name: `测试用户 ${name}` }) };
    },
    ttl: {
      AuthorizationCode: (ctx, code) => (String(code.accountId).endsWith("#expire") ? 1 : 60),
      AccessToken: 600,
      IdToken: 600,
      Interaction: 600,
      Session: 3600,
      Grant: 3600,
    },
  };
}

let provider;
let handle;

async function readForm(req) {
  let body = "";
  for await (const chunk of req) body += chunk;
  return new URLSearchParams(body);
}

async function serve(req, res) {
  const url = new URL(req.url, issuer);
  const interaction = url.pathname.match(/^\/interaction\/([\w-]+)(\/login)?$/);
  try {
    if (interaction && req.method === "GET" && !interaction[2]) {
      const details = await provider.interactionDetails(req, res);
      res.writeHead(200, { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-store" });
      return res.end(
        page(
          "统一身份认证平台（测试）",
          `<form method="post" action="/interaction/${escape(details.uid)}/login"><label for="login">用户名</label><input id="login" name="login" autocomplete="username" required autofocus><button type="submit">登录</button></form>`,
        ),
      );
    }
    if (interaction && req.method === "POST" && interaction[2]) {
      const login = (await readForm(req)).get("login")?.trim();
      if (!login) {
        res.writeHead(400);
        return res.end("login required");
      }
      return await provider.interactionFinished(req, res, { login: { accountId: `acct-${login}` } }, { mergeWithLastSubmission: false });
    }
    if (url.pathname === "/__test/rotate-keys" && req.method === "POST") {
      keys = [newKey(keys.length + 1), ...keys];
      provider = new Provider(issuer, configuration()); // same in-memory store: sessions and codes carry over
      handle = provider.callback();
      res.writeHead(200, { "Content-Type": "application/json" });
      return res.end(JSON.stringify({ kid: keys[0].kid, published: keys.map((k) => k.kid) }));
    }
    return handle(req, res);
  } catch (e) {
    console.error("[e2e-oidc]", e);
    res.writeHead(500);
    res.end(String(e?.message ?? e));
  }
}

const listen = (host, port) =>
  new Promise((resolve, reject) => {
    const server = http.createServer((req, res) => void serve(req, res));
    server.once("error", reject);
    server.listen(port, host, () => resolve(server.address().port));
  });
const port = await listen("127.0.0.1", requestedPort);
await listen("::1", port).catch(() => {}); // no IPv6 loopback on this machine: IPv4 is enough
issuer = `http://localhost:${port}`;
provider = new Provider(issuer, configuration());
handle = provider.callback();
console.log(`[e2e-oidc] issuer ${issuer}, clients redirect to ports ${appPorts.join(", ")}`);
for (const sig of ["SIGINT", "SIGTERM"]) process.on(sig, () => process.exit(0));
