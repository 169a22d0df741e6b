"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import type { ActionResult } from "@/lib/auth/guard";
// The form checks only: the full check needs the server's native word segmenter, and the index
// also exports the zod schema, which the browser does not need (validate.ts mirrors it).
import { checkForm } from "@/lib/checker/check-form";
import type { Channel, CheckInput, CheckResult, MessageKind } from "@/lib/checker/types";

/** Instant feedback in the browser while typing. */
const LOCAL_DELAY_MS = 250;
/** The full check (conduct rules need the server's segmenter) once the writer pauses. */
const SERVER_DELAY_MS = 500;

export interface Draft {
  text: string;
  kind: "" | MessageKind;
  sendAt: string;
  /** Where the draft goes; "" means not given. */
  channel: "" | Channel;
}

const keyOf = (d: Draft) => JSON.stringify([d.text, d.kind, d.sendAt, d.channel]);
/** What the form sends: the fields given, nothing for those left empty. */
export const inputOf = (d: Draft): CheckInput => ({
  text: d.text,
  ...(d.kind ? { kind: d.kind } : {}),
  ...(d.sendAt ? { sendAt: d.sendAt } : {}),
  ...(d.channel ? { channel: d.channel } : {}),
});

type Server =
  { state: "idle" } | { state: "pending"; key: string } | { state: "done"; key: string; result: CheckResult } | { state: "error"; key: string; error: string };

/**
 * The two checks of a draft: the form check in the browser as the writer types, and the full
 * check on the server once typing pauses (or on `confirm`). Only the newest draft's answer counts.
 * `valid`: the draft passes the input checks (nothing is checked otherwise).
 */
export function useMessageCheck(check: (input: unknown) => Promise<ActionResult<CheckResult>>, draft: Draft, valid: boolean) {
  const [local, setLocal] = useState<{ key: string; text: string; result: CheckResult } | null>(null);
  const [server, setServer] = useState<Server>({ state: "idle" });
  const seq = useRef(0);
  const requested = useRef<string | null>(null);
  const key = keyOf(draft);

  const confirm = useCallback(
    async (d: Draft) => {
      const k = keyOf(d);
      if (requested.current === k) return; // already confirmed or on its way
      requested.current = k;
      const mine = ++seq.current;
      setServer({ state: "pending", key: k });
      let r: ActionResult<CheckResult>;
      try {
        r = await check(inputOf(d));
      } catch {
        r = { ok: false, error: "网络异常，服务器复核失败" };
      }
      if (mine !== seq.current) return; // a newer draft was sent since
      if (!r.ok) requested.current = null; // let the writer retry
      setServer(r.ok ? { state: "done", key: k, result: r.data } : { state: "error", key: k, error: r.error });
    },
    [check],
  );

  // Instant check in the browser, debounced.
  useEffect(() => {
    if (!valid) return;
    const d = draft;
    const t = setTimeout(() => setLocal({ key: keyOf(d), text: d.text, result: checkForm(inputOf(d)) }), LOCAL_DELAY_MS);
    return () => clearTimeout(t);
  }, [draft, valid]);

  // Authoritative check on the server once typing pauses.
  useEffect(() => {
    if (!valid) return;
    const d = draft;
    const t = setTimeout(() => void confirm(d), SERVER_DELAY_MS);
    return () => clearTimeout(t);
  }, [draft, valid, confirm]);

  const serverResult = server.state === "done" && server.key === key ? server.result : null;
  const localResult = local && local.key === key ? local.result : null;
  const shown = valid ? (serverResult ?? localResult ?? local?.result ?? null) : null;
  return {
    /** The result to show: the server's for this draft, else the browser's (perhaps of an earlier draft). */
    shown,
    source: serverResult ? "server" : shown ? "local" : null,
    /** The result shown is for exactly this draft. */
    fresh: Boolean(serverResult ?? localResult),
    // Draw the highlight only from a result for exactly this text: stale offsets would mark the wrong words.
    marked: serverResult ?? (valid && local && local.text === draft.text ? local.result : null),
    pending: server.state === "pending" && server.key === key,
    serverError: server.state === "error" && server.key === key ? server.error : null,
    confirm,
  } as const;
}
