#!/usr/bin/env node
/**
 * Stand-in for Prisma's native `schema-engine` binary (docs/decisions/002).
 *
 * The Prisma CLI (`migrate *`, `db *`) spawns a native schema engine that it downloads from
 * Prisma's servers, which these machines cannot reach. prisma.config.ts points
 * PRISMA_SCHEMA_ENGINE_BINARY here instead. This script speaks the binary's protocol and forwards
 * every call to the same engine compiled to WebAssembly (@prisma/schema-engine-wasm), which talks
 * to the database through a Prisma driver adapter:
 *
 *   postgres:// or postgresql://  -> @prisma/adapter-pg (a PostgreSQL server)
 *   pglite:///absolute/dir        -> pglite-prisma-adapter (the embedded PGlite data directory)
 *
 * The protocol, as the CLI (prisma 7.10) uses it:
 *   schema-engine [--datamodels <file>]... --datasource '{"url":…,"shadowDatabaseUrl"?:…}'
 *       JSON-RPC 2.0 server: one request per line on stdin, one response per line on stdout.
 *       The engine may itself send the CLI a `print` request (diff output goes that way).
 *   schema-engine --datasource '{"url":…}' cli can-connect-to-database | create-database | drop-database
 *       One-shot: the answer is the exit code; errors as JSON log lines on stderr.
 *   schema-engine --version
 * Logs always go to stderr as JSON lines ({timestamp, level, fields:{message,…}, target}), as the
 * native engine's tracing subscriber writes them; the CLI parses them.
 */
import { randomUUID } from "node:crypto";
import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import readline from "node:readline";
import { fileURLToPath, pathToFileURL } from "node:url";
import { acquireDirLock } from "../lib/db/dir-lock.mjs";

const require = createRequire(import.meta.url);

// ---------------------------------------------------------------------------------------------
// Logging. stdout belongs to JSON-RPC and stderr to JSON log lines: the CLI parses both, and in
// the one-shot form it rejects any stderr line that is not JSON. So nothing else may print.
// ---------------------------------------------------------------------------------------------

// The CLI swallows the engine's stderr unless it fails; PRISMA_SHIM_LOG=<file> keeps a copy.
const logFile = process.env.PRISMA_SHIM_LOG;

function log(level, fields, target = "schema_engine") {
  const line = `${JSON.stringify({ timestamp: new Date().toISOString(), level, fields, target })}\n`;
  process.stderr.write(line);
  if (logFile) fs.appendFileSync(logFile, `[${process.pid}] ${line}`);
}
const info = (message, extra = {}) => log("INFO", { message, ...extra });

// Libraries that print (console.*, Node's own warnings) are turned into log lines.
for (const method of ["log", "info", "debug", "warn", "error"]) {
  console[method] = (...args) => log(method === "error" ? "ERROR" : method === "warn" ? "WARN" : "DEBUG", { message: args.map(String).join(" ") });
}
process.removeAllListeners("warning");
process.on("warning", (w) => log("WARN", { message: `${w.name}: ${w.message}` }));

/** An error the CLI shows to the user as `<code>: <message>`, like the engine's known errors. */
class UserFacingError extends Error {
  constructor(code, message, meta = {}) {
    super(message);
    this.code = code;
    this.meta = meta;
  }
}

// ---------------------------------------------------------------------------------------------
// Command line
// ---------------------------------------------------------------------------------------------

function parseArgs(argv) {
  const args = { datamodels: [], datasource: {}, cli: undefined, version: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === "-d" || a === "--datamodels" || a === "--datamodel") args.datamodels.push(argv[++i]);
    else if (a === "--datasource") args.datasource = JSON.parse(argv[++i]);
    // Preview features and extension types change nothing for PostgreSQL migrations here.
    else if (a === "--enabled-preview-features" || a === "--extension-types") i++;
    else if (a === "-V" || a === "--version") args.version = true;
    else if (a === "cli") {
      args.cli = argv[i + 1];
      break;
    } else throw new Error(`prisma-schema-engine shim: unknown argument ${a}`);
  }
  return args;
}

/** The git hash of the WASM engine we forward to (its npm version ends with it). */
function engineHash() {
  const pkg = JSON.parse(fs.readFileSync(path.join(wasmDir(), "package.json"), "utf8"));
  return pkg.version.split(".").pop();
}

function wasmDir() {
  // The package's exports hide package.json and the .wasm file; its JS entry sits beside both.
  return path.dirname(require.resolve("@prisma/schema-engine-wasm/schema_engine_bg"));
}

// ---------------------------------------------------------------------------------------------
// Which database: the datasource URL decides.
// ---------------------------------------------------------------------------------------------

/**
 * `pglite:` URLs name a data directory: `pglite:///abs/dir` (what prisma.config.ts writes), or
 * `pglite:memory://…` for a throwaway in-memory database.
 */
function pgliteDirFromUrl(url) {
  const rest = url.slice("pglite:".length);
  if (rest.startsWith("memory://")) return rest;
  if (rest.startsWith("/")) return fileURLToPath(`file:${rest}`);
  return path.resolve(decodeURIComponent(rest));
}

function targetOf(url) {
  if (!url) throw new UserFacingError("P1012", "No datasource URL: set datasource.url in prisma.config.ts.");
  if (/^postgres(ql)?:\/\//i.test(url)) return { kind: "postgres", url };
  if (/^pglite:/i.test(url)) return { kind: "pglite", dir: pgliteDirFromUrl(url) };
  throw new UserFacingError(
    "P1013",
    "The provided database string is invalid. This schema engine understands postgres://, postgresql:// and pglite:///<directory> URLs.",
  );
}

// ---------------------------------------------------------------------------------------------
// PostgreSQL server
// ---------------------------------------------------------------------------------------------

async function loadPg() {
  const { default: pg } = await import("pg");
  // pg's own URL parser, so discrete fields mean exactly what the connection string meant.
  const { parse } = createRequire(require.resolve("pg"))("pg-connection-string");

  // @prisma/adapter-pg throws "Unsupported column type" for Postgres' internal `"char"` type
  // (OID 18), which the engine's introspection queries return (e.g. pg_class.relkind). Its text
  // form is a one-character string, so the result fields are relabelled as text (OID 25).
  const relabel = (res) => {
    for (const r of Array.isArray(res) ? res : [res]) {
      for (const f of r?.fields ?? []) if (f.dataTypeID === 18) f.dataTypeID = 25;
    }
    return res;
  };
  class Client extends pg.Client {
    query(config, values, callback) {
      if (typeof values === "function") [values, callback] = [undefined, values];
      if (typeof callback === "function") {
        return super.query(config, values, (err, res) => callback(err, err ? res : relabel(res)));
      }
      const r = super.query(config, values);
      return typeof r?.then === "function" ? r.then(relabel) : r;
    }
  }
  return { pg, parse, Client };
}

/** Discrete pg connection fields from a URL; `schema` is Prisma's, not pg's. */
function pgConfig(parse, url) {
  const { schema: _schema, ...config } = parse(url);
  return config;
}

async function withAdminClient(lib, config, fn) {
  const client = new lib.Client({ ...config, connectionTimeoutMillis: 10_000 });
  client.on("error", () => {});
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end().catch(() => {});
  }
}

const quoteIdent = (name) => `"${String(name).replaceAll('"', '""')}"`;

function pgLocation(config) {
  return config.port ? `${config.host ?? "localhost"}:${config.port}` : String(config.host ?? "localhost");
}

/** Maps a pg connection error to the user-facing error the native engine reports. */
function pgUserError(err, config) {
  const db = config.database ?? config.user;
  const at = pgLocation(config);
  switch (err?.code) {
    case "3D000":
      return new UserFacingError("P1003", `Database \`${db}\` does not exist on the database server at \`${at}\`.`, {
        database_name: db,
        database_location: at,
      });
    case "28P01":
    case "28000":
      return new UserFacingError(
        "P1000",
        `Authentication failed against database server, the provided database credentials for \`${config.user}\` are not valid.\n\nPlease make sure to provide valid database credentials for the database server at the configured address.`,
      );
    case "ECONNREFUSED":
    case "ENOTFOUND":
    case "EHOSTUNREACH":
    case "ETIMEDOUT":
      return new UserFacingError("P1001", `Can't reach database server at \`${at}\`\n\nPlease make sure your database server is running at \`${at}\`.`);
    case "42501":
      return new UserFacingError("P1010", `User \`${config.user}\` was denied access on the database \`${db}\``);
    default:
      return err instanceof Error ? err : new Error(String(err));
  }
}

/** Drops every user schema and recreates an empty `public`: a clean explicit shadow database. */
const EMPTY_DATABASE = `DO $$
DECLARE s name;
BEGIN
  FOR s IN SELECT nspname FROM pg_namespace
           WHERE nspname NOT LIKE 'pg\\_%' AND nspname <> 'information_schema' LOOP
    EXECUTE format('DROP SCHEMA %I CASCADE', s);
  END LOOP;
  CREATE SCHEMA public;
END $$`;

async function postgresTarget(url, shadowDatabaseUrl) {
  const lib = await loadPg();
  const { PrismaPg } = await import("@prisma/adapter-pg");
  const main = pgConfig(lib.parse, url);
  const options = { schema: new URL(url).searchParams.get("schema") ?? undefined };
  const pools = new Set();
  const shadowDatabases = new Set();

  const newAdapter = async (config) => {
    const pool = new lib.pg.Pool({ ...config, Client: lib.Client, max: 4 });
    pool.on("error", () => {}); // a dropped idle connection must not kill the engine
    pools.add(pool);
    const adapter = await new PrismaPg(pool, options).connect();
    // adapter-pg splits scripts on every ";" (breaking string literals and function bodies).
    // The native engine sends a script as one simple-protocol query; so do we.
    adapter.executeScript = async (script) => {
      try {
        await pool.query(script);
      } catch (e) {
        target.lastScriptError = e;
        adapter.onError(e);
      }
    };
    const dispose = async () => {
      pools.delete(pool);
      await pool.end().catch(() => {});
    };
    adapter.dispose = dispose;
    return adapter;
  };

  const dropShadow = async (name) => {
    shadowDatabases.delete(name);
    // FORCE: a pooled connection the engine forgot would otherwise block the drop.
    await withAdminClient(lib, main, (c) => c.query(`DROP DATABASE IF EXISTS ${quoteIdent(name)} WITH (FORCE)`));
  };

  const factory = {
    provider: "postgres",
    adapterName: "@prisma/adapter-pg",
    connect: () => newAdapter(main),
    async connectToShadowDb() {
      if (shadowDatabaseUrl) {
        // An explicit shadow database is reused, so it must start empty every time (the native
        // engine resets it too; the WASM engine does not).
        const adapter = await newAdapter(pgConfig(lib.parse, shadowDatabaseUrl));
        await adapter.executeScript(EMPTY_DATABASE);
        return adapter;
      }
      // adapter-pg's own connectToShadowDb reuses the connection string (so it reaches the main
      // database, not the shadow one) and drops the shadow database while its pool is still open.
      // Instead: a uniquely named database, built from discrete fields, pool closed before the drop.
      const name = `prisma_shadow_${Date.now()}_${randomUUID().slice(0, 8)}`;
      try {
        await withAdminClient(lib, main, (c) => c.query(`CREATE DATABASE ${quoteIdent(name)}`));
      } catch (e) {
        throw new UserFacingError(
          "P3014",
          "Prisma Migrate could not create the shadow database. Please make sure the database user has permission to create databases. " +
            "Read more about the shadow database (and workarounds) at https://pris.ly/d/migrate-shadow" +
            `\n\nOriginal error: ${e?.message ?? e}`,
        );
      }
      shadowDatabases.add(name);
      info(`Created shadow database ${name}`);
      const adapter = await newAdapter({ ...main, database: name });
      const closePool = adapter.dispose;
      adapter.dispose = async () => {
        await closePool();
        await dropShadow(name);
      };
      return adapter;
    },
  };

  const target = {
    factory,
    lastScriptError: undefined,
    async canConnect() {
      try {
        await withAdminClient(lib, main, (c) => c.query("SELECT 1"));
      } catch (e) {
        throw pgUserError(e, main);
      }
    },
    async createDatabase() {
      // The target database does not exist yet, so connect to a maintenance database.
      let lastError;
      for (const database of ["postgres", "template1"]) {
        try {
          await withAdminClient(lib, { ...main, database }, (c) => c.query(`CREATE DATABASE ${quoteIdent(main.database)}`));
          return main.database;
        } catch (e) {
          if (e?.code === "42P04") return main.database; // already exists
          lastError = e;
          if (e?.code !== "3D000") break;
        }
      }
      throw pgUserError(lastError, main);
    },
    async dropDatabase() {
      await withAdminClient(lib, { ...main, database: "postgres" }, (c) => c.query(`DROP DATABASE IF EXISTS ${quoteIdent(main.database)} WITH (FORCE)`));
    },
    async close() {
      for (const pool of [...pools]) await pool.end().catch(() => {});
      for (const name of [...shadowDatabases]) await dropShadow(name).catch(() => {});
    },
  };
  return target;
}

// ---------------------------------------------------------------------------------------------
// Embedded PGlite
// ---------------------------------------------------------------------------------------------

/**
 * PGlite has no cross-process lock: two processes on one directory lose rows or leave it
 * unopenable (STACK.md). The app holds `<dir>.lock` (its pid) while it has the directory open
 * (lib/db/pglite-lock.ts); we take it ourselves with the same code (lib/db/dir-lock.mjs), so the
 * app cannot open the directory in the middle of a migration either.
 */
function acquireLock(dir) {
  return acquireDirLock(dir, {
    inUse: (holder, lock) =>
      new UserFacingError(
        "P1001",
        `The embedded database ${dir} is in use by another process (pid ${holder}, see ${lock}); PGlite allows one process per directory. Stop that process (e.g. the app server) and retry.`,
      ),
    notTaken: (lock) => new UserFacingError("P1001", `Could not take the lock ${lock} for the embedded database ${dir}.`),
  });
}

async function pgliteTarget(dir) {
  const { PGlite } = await import("@electric-sql/pglite");
  const { PrismaPGlite } = await import("pglite-prisma-adapter");
  const instances = new Set();
  let release = () => {};
  let mainDb; // a promise, so that concurrent connects open the directory once
  let shadowTemplate; // a promise too: a pristine in-memory instance, cloned for each shadow
  const inMemory = dir.startsWith("memory://");

  const open = async (dataDir) => {
    const db = await PGlite.create({ dataDir });
    instances.add(db);
    return db;
  };
  const adapterFor = async (db, onDispose) => {
    const adapter = await new PrismaPGlite(db).connect();
    // pglite-prisma-adapter 0.7.2 does not await exec(), so a failing migration script would be
    // reported as applied. Await it and map the error the way the adapter maps query errors.
    adapter.executeScript = async (script) => {
      try {
        await db.exec(script);
      } catch (e) {
        target.lastScriptError = e;
        adapter.onError(e);
      }
    };
    // PGlite's query() always uses the extended protocol, which takes one statement; `db execute`
    // sends the whole script as one parameterless statement (the pg driver would use the simple
    // protocol there). The server rejects it before running anything, so it is safe to rerun the
    // script through exec(), which is PGlite's simple protocol.
    const executeRaw = adapter.executeRaw.bind(adapter);
    adapter.executeRaw = async (query) => {
      try {
        return await executeRaw(query);
      } catch (e) {
        if (query.args.length > 0 || !/cannot insert multiple commands into a prepared statement/.test(e?.message ?? "")) throw e;
        try {
          const results = await db.exec(query.sql);
          return results.reduce((n, r) => n + (r.affectedRows ?? 0), 0);
        } catch (e2) {
          adapter.onError(e2);
        }
      }
    };
    adapter.dispose = onDispose;
    return adapter;
  };
  const closeDb = async (db) => {
    if (!instances.delete(db)) return;
    await db.close(); // flushes the data directory: must happen before the process exits
  };

  const factory = {
    provider: "postgres",
    adapterName: "pglite-prisma-adapter",
    async connect() {
      // Opened once and kept for the life of the process; the engine may connect repeatedly.
      mainDb ??= Promise.resolve().then(() => {
        if (!inMemory) release = acquireLock(dir);
        return open(dir);
      });
      return adapterFor(await mainDb, async () => {});
    },
    async connectToShadowDb() {
      // A throwaway in-memory instance is a clean, private shadow database. `migrate dev` asks for
      // several; cloning one pristine instance takes ~0.7 s where starting a new one takes ~1.5 s.
      shadowTemplate ??= PGlite.create();
      const shadow = await (await shadowTemplate).clone();
      instances.add(shadow);
      return adapterFor(shadow, () => closeDb(shadow));
    },
  };

  const target = {
    factory,
    lastScriptError: undefined,
    async canConnect() {
      // Opening takes seconds; an existing-or-creatable, unlocked directory is "reachable".
      if (!inMemory) acquireLock(dir)();
    },
    async createDatabase() {
      if (!inMemory) fs.mkdirSync(dir, { recursive: true });
      return path.basename(dir);
    },
    async dropDatabase() {
      if (inMemory) return;
      acquireLock(dir)();
      fs.rmSync(dir, { recursive: true, force: true });
    },
    async close() {
      for (const db of [...instances]) await closeDb(db).catch(() => {});
      if (shadowTemplate) await (await shadowTemplate).close().catch(() => {});
      mainDb = undefined;
      shadowTemplate = undefined;
      release();
    },
  };
  return target;
}

async function openTarget(datasource) {
  const t = targetOf(datasource.url);
  return t.kind === "postgres" ? postgresTarget(t.url, datasource.shadowDatabaseUrl) : pgliteTarget(t.dir);
}

// ---------------------------------------------------------------------------------------------
// The WASM engine
// ---------------------------------------------------------------------------------------------

// The WASM engine reports a Rust panic's message here before it traps; the CLI's own WASM
// modules use the same global. Without it, a panic becomes "cannot read set_message".
const panicRegistry = {
  message: "",
  set_message(message) {
    this.message = message;
  },
};
globalThis.PRISMA_WASM_PANIC_REGISTRY = panicRegistry;

let wasmBindings; // a promise: the module is compiled and started once per process

function loadWasm() {
  wasmBindings ??= (async () => {
    const dir = wasmDir();
    const bindings = await import(pathToFileURL(path.join(dir, "schema_engine_bg.js")).href);
    const bytes = fs.readFileSync(path.join(dir, "schema_engine_bg.wasm"));
    const { instance } = await WebAssembly.instantiate(bytes, { "./schema_engine_bg.js": bindings });
    bindings.__wbg_set_wasm(instance.exports);
    instance.exports.__wbindgen_start();
    return bindings;
  })();
  return wasmBindings;
}

/**
 * Errors thrown by our adapter code (e.g. the PGlite lock) reach the engine only as "External
 * error id#N"; the binder keeps the original in this registry so we can report it properly.
 */
let adapterErrors;

async function loadEngine(datamodels, factory) {
  const bindings = await loadWasm();
  const { bindMigrationAwareSqlAdapterFactory } = await import("@prisma/driver-adapter-utils");
  // Without the binder the adapter's methods lose `this` and its errors do not reach the engine.
  const bound = bindMigrationAwareSqlAdapterFactory(factory);
  adapterErrors = bound.errorRegistry;
  return bindings.SchemaEngine.new({ datamodels }, engineLog, bound);
}

/** The WASM engine's tracing output: pass it on as the native engine's log lines. */
function engineLog(event) {
  try {
    const e = typeof event === "string" ? JSON.parse(event) : event;
    const level = String(e.level ?? "INFO").toUpperCase();
    const { level: _l, target, ...fields } = e;
    log(level, e.fields ?? fields, target ?? "schema_engine");
  } catch {
    info(String(event));
  }
}

/** The binary's JSON-RPC methods that the WASM engine's SchemaEngine class implements as is. */
const WASM_METHODS = new Set([
  "applyMigrations",
  "createMigration",
  "dbExecute",
  "debugPanic",
  "devDiagnostic",
  "diagnoseMigrationHistory",
  "diff",
  "ensureConnectionValidity",
  "evaluateDataLoss",
  "introspect",
  "introspectSql",
  "markMigrationApplied",
  "markMigrationRolledBack",
  "reset",
  "schemaPush",
]);

/** Without --datamodels (migrate diff, db execute) the WASM engine still needs a schema. */
const DATASOURCE_ONLY = [["schema.prisma", 'datasource db {\n  provider = "postgresql"\n}\n']];

function readDatamodels(paths) {
  if (paths.length === 0) return DATASOURCE_ONLY;
  return paths.map((p) => [p, fs.readFileSync(p, "utf8")]);
}

// ---------------------------------------------------------------------------------------------
// JSON-RPC server
// ---------------------------------------------------------------------------------------------

/** The JSON-RPC error object the native engine sends for a failed request. */
function rpcError(err) {
  return { code: 4466, message: "An error happened. Check the data field for details.", data: toKnownError(err) };
}

/**
 * Prisma's error shape from whatever was thrown. The WASM engine rejects with an Error named
 * SchemaConnectorError whose `code` is the Pxxxx code when it is a known (user-facing) error.
 */
function toKnownError(err) {
  if (err instanceof UserFacingError) {
    return { is_panic: false, message: err.message, meta: err.meta, error_code: err.code };
  }
  const message = err?.message ?? String(err);
  const externalId = /External error id#(\d+)/.exec(message)?.[1];
  const original = externalId && adapterErrors?.consumeError(Number(externalId))?.error;
  if (original && original !== err) return toKnownError(original);
  if (typeof err?.code === "string" && /^P\d{4}$/.test(err.code)) {
    return { is_panic: false, message, meta: err.meta ?? {}, error_code: err.code };
  }
  return { is_panic: false, message, backtrace: null };
}

/**
 * A migration script that fails under the WASM engine comes back as an uncoded "external connector
 * error", where the native engine reports P3018 with the database's error code. Rebuild P3018 from
 * the engine's span trace (which migration) and the driver's last error (which SQLSTATE).
 */
function asMigrationFailure(err, lastScriptError) {
  const name = /apply_script\s+with migration_name="([^"]+)"/.exec(err?.message ?? "")?.[1];
  if (!name || err?.code) return err;
  const dbError = lastScriptError?.message ?? /Error querying the database: (.*)/.exec(err.message)?.[1] ?? err.message;
  const code = lastScriptError?.code ?? "";
  return new UserFacingError(
    "P3018",
    "A migration failed to apply. New migrations cannot be applied before the error is recovered from. " +
      "Read more about how to resolve migration issues in a production database: https://pris.ly/d/migrate-resolve" +
      `\n\nMigration name: ${name}\n\nDatabase error code: ${code}\n\nDatabase error:\n${dbError}\n`,
    { migration_name: name, database_error_code: code, database_error: dbError },
  );
}

async function serve(args) {
  info("Starting schema engine RPC server", { git_hash: engineHash() });

  // Like the native engine, connect lazily and report a failure (bad URL, server down, directory
  // locked) as the answer to the request that needed it. Failing at start-up instead makes the
  // CLI exit 0 in silence: it sends its request after the process is already gone.
  let target;
  let enginePromise;
  const getTarget = async () => (target ??= await openTarget(args.datasource));
  const getEngine = () =>
    (enginePromise ??= getTarget()
      .then((t) => loadEngine(readDatamodels(args.datamodels), t.factory))
      .catch((e) => {
        enginePromise = undefined;
        throw e;
      }));

  const pendingToCli = new Map(); // our own requests to the CLI (print), by id
  let nextId = 1;
  const send = (msg) => process.stdout.write(`${JSON.stringify(msg)}\n`);
  const callCli = (method, params) =>
    new Promise((resolve) => {
      const id = `shim-${nextId++}`;
      pendingToCli.set(id, resolve);
      send({ jsonrpc: "2.0", id, method, params });
    });

  // Methods the binary has but the WASM engine lacks (or names differently).
  // evaluateDataLoss and createMigration get no shadow-database factory in the WASM engine: they
  // reuse the migrations' schema that diagnoseMigrationHistory cached, keyed by the migrations
  // that were *applied* at that time. When `migrate dev` first applied pending migrations, the key
  // differs and the engine fails ("PostgreSQL shadow DB must be provided through an external
  // factory"). Diagnosing again (now everything is applied) fills the cache; then retry once.
  const withWarmCache = (method) => async (engine, params) => {
    try {
      return await engine[method](params);
    } catch (err) {
      if (!/shadow DB must be provided through an external factory/.test(err?.message ?? "")) throw err;
      info(`${method}: migration schema not cached; diagnosing the migration history first`);
      await engine.diagnoseMigrationHistory({
        migrationsList: params.migrationsList,
        optInToShadowDatabase: true,
        filters: params.filters,
      });
      return engine[method](params);
    }
  };

  const extra = {
    evaluateDataLoss: withWarmCache("evaluateDataLoss"),
    createMigration: withWarmCache("createMigration"),
    getDatabaseVersion: (engine) => engine.version(),
    async diff(engine, params) {
      const result = await engine.diff(params);
      // The native engine prints the diff through the CLI (a `print` request) and returns no
      // stdout; the CLI shows nothing otherwise.
      if (result?.stdout) await callCli("print", { content: result.stdout.replace(/\n$/, "") });
      return { exitCode: result?.exitCode ?? 0, stdout: null };
    },
  };
  // These work on a database that may not exist yet, so they must not start the engine.
  const withoutEngine = {
    createDatabase: async () => ({ databaseName: await (await getTarget()).createDatabase() }),
    dropDatabase: async () => (await (await getTarget()).dropDatabase(), {}),
  };

  const handle = async (req) => {
    panicRegistry.message = "";
    try {
      const params = req.params ?? {};
      if (withoutEngine[req.method]) return { jsonrpc: "2.0", id: req.id, result: await withoutEngine[req.method](params) };
      if (!extra[req.method] && !WASM_METHODS.has(req.method)) {
        return { jsonrpc: "2.0", id: req.id, error: { code: -32601, message: `Method not found: ${req.method}` } };
      }
      const engine = await getEngine();
      const result = extra[req.method] ? await extra[req.method](engine, params) : await engine[req.method](params);
      return { jsonrpc: "2.0", id: req.id, result: result ?? {} };
    } catch (err) {
      if (panicRegistry.message || err instanceof WebAssembly.RuntimeError) await panic(err);
      const error = req.method === "applyMigrations" ? asMigrationFailure(err, target?.lastScriptError) : err;
      return { jsonrpc: "2.0", id: req.id, error: rpcError(error) };
    }
  };

  // A Rust panic leaves the WASM instance unusable. The native engine logs it and exits 101;
  // the CLI turns that into its "Prisma has encountered an error" report.
  const panic = async (err) => {
    const message = panicRegistry.message || err?.message || String(err);
    log("ERROR", { is_panic: true, message, backtrace: err?.stack ?? "" });
    await target?.close().catch(() => {});
    process.exit(101);
  };

  // Requests are served one at a time, in order, like the native engine's stdio loop.
  let queue = Promise.resolve();
  const rl = readline.createInterface({ input: process.stdin, crlfDelay: Infinity });
  rl.on("line", (line) => {
    if (!line.trim()) return;
    let msg;
    try {
      msg = JSON.parse(line);
    } catch {
      send({ jsonrpc: "2.0", id: null, error: { code: -32700, message: "Parse error" } });
      return;
    }
    if (msg.method === undefined && pendingToCli.has(msg.id)) {
      pendingToCli.get(msg.id)(msg.result);
      pendingToCli.delete(msg.id);
      return;
    }
    queue = queue.then(() => handle(msg)).then((res) => msg.id !== undefined && send(res));
  });

  // The CLI ends our stdin and, on Linux, sends SIGTERM right after: both lead here, once. The
  // request in flight finishes and PGlite is closed cleanly before the lock is released.
  let stopping;
  const shutdown = (code) =>
    (stopping ??= (async () => {
      await queue.catch(() => {});
      await target?.close().catch((e) => log("ERROR", { message: `closing the database: ${e?.message ?? e}` }));
      process.exit(code);
    })());
  rl.on("close", () => shutdown(0));
  process.on("SIGTERM", () => shutdown(0));
  process.on("SIGINT", () => shutdown(130));
}

// ---------------------------------------------------------------------------------------------
// One-shot `cli` commands
// ---------------------------------------------------------------------------------------------

async function runCli(args) {
  // The CLI skips the first stderr line of the one-shot form; the native engine starts with this.
  info("Starting schema engine CLI", { git_hash: engineHash() });
  let target;
  try {
    target = await openTarget(args.datasource);
    let message;
    switch (args.cli) {
      case "can-connect-to-database":
        await target.canConnect();
        message = "Connection successful";
        break;
      case "create-database":
        message = `Database '${await target.createDatabase()}' was successfully created.`;
        break;
      case "drop-database":
        await target.dropDatabase();
        message = "The database was successfully dropped.";
        break;
      default:
        throw new UserFacingError("P1000", `Unknown cli command: ${args.cli}`);
    }
    info(message);
    await target.close();
    process.exit(0);
  } catch (err) {
    await target?.close().catch(() => {});
    const known = toKnownError(err);
    // The CLI looks for exactly this target and reads error_code and message from it.
    log("ERROR", { is_panic: false, error_code: known.error_code ?? "", message: known.message }, "schema_engine::logger");
    process.exit(1);
  }
}

// ---------------------------------------------------------------------------------------------

async function main() {
  if (logFile) log("DEBUG", { message: "argv", argv: process.argv.slice(2), cwd: process.cwd() });
  const args = parseArgs(process.argv.slice(2));
  if (args.version) {
    process.stdout.write(`schema-engine-cli ${engineHash()} (wasm)\n`);
    return;
  }
  if (args.cli) return runCli(args);
  return serve(args);
}

main().catch((err) => {
  const known = toKnownError(err);
  log("ERROR", { is_panic: false, error_code: known.error_code ?? "", message: known.message }, "schema_engine::logger");
  process.exit(1);
});
