import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, expect, test, vi } from "vitest";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { documentStylesheets, layoutStylesheets, resetStylesheetCache, stylesheetHrefs } from "./stylesheets";

afterEach(() => resetStylesheetCache());

test("stylesheet links are read from a document: only stylesheets, only same-site paths, once each", () => {
  const html =
    `<link rel="stylesheet" href="/_next/static/chunks/a.css" data-precedence="next"/>` +
    `<link rel="preload" as="script" href="/_next/static/chunks/x.js"/>` +
    `<link rel="stylesheet" href="https://evil.example/x.css"/><link rel="stylesheet" href="//evil.example/y.css"/>` +
    `<link href='/_next/static/chunks/b.css' rel='stylesheet'><link rel="stylesheet" href="/_next/static/chunks/a.css">`;
  expect(stylesheetHrefs(html)).toEqual(["/_next/static/chunks/a.css", "/_next/static/chunks/b.css"]);
});

test("the build's not-found page names the layout's stylesheet; without a build the page goes unstyled, logged", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "weguide-css-"));
  fs.mkdirSync(path.join(dir, "server/app"), { recursive: true });
  fs.writeFileSync(path.join(dir, "server/app/_not-found.html"), `<html><head><link rel="stylesheet" href="/_next/static/chunks/z.css"/></head></html>`);
  expect(layoutStylesheets(dir)).toEqual(["/_next/static/chunks/z.css"]);
  resetStylesheetCache();
  const log = vi.spyOn(console, "error").mockImplementation(() => {});
  expect(layoutStylesheets(path.join(dir, "missing"))).toEqual([]);
  expect(log).toHaveBeenCalledOnce();
  log.mockRestore();
  fs.rmSync(dir, { recursive: true, force: true });
});

test("under next dev the stylesheets come from the dev server's own sign-in page, read per request", async () => {
  let css = "a";
  const server = http.createServer((req, res) => {
    res.setHeader("content-type", "text/html");
    res.end(req.url === "/login" ? `<link rel="stylesheet" href="/_next/static/chunks/app_globals_${css}.css"/>` : "");
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  try {
    expect(await documentStylesheets(`${origin}/learn/red-lines/v1`, true)).toEqual(["/_next/static/chunks/app_globals_a.css"]);
    css = "b"; // an edit recompiles the CSS under a new name
    expect(await documentStylesheets(`${origin}/learn/red-lines/v1`, true)).toEqual(["/_next/static/chunks/app_globals_b.css"]);
  } finally {
    server.close();
  }
  expect(await documentStylesheets("http://127.0.0.1:9/learn/x/y", true)).toEqual([]); // nothing listening: unstyled, not an error
});
