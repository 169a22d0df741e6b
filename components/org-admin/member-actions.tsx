"use client";

import { ClientButton } from "@/components/forms/client-button";
import { useRouter } from "next/navigation";
import { useId, useState } from "react";
import { Field } from "@/components/ui/field";
import { useServerAction } from "@/components/forms/use-server-action";
import type { ActionResult } from "@/lib/auth/guard";
import { ROLE_LABEL } from "@/lib/labels";
import { FormError, SubmitRow } from "@/components/forms/form-error";
import { OneTimePassword } from "./one-time-password";
import { UnitSelect, type UnitChoice } from "./unit-select";

type Action<T = unknown> = (input: unknown) => Promise<ActionResult<T>>;
/** One of the page's writes: which card it belongs to, the call, and the words for its success. */
type Job = { key: string; call: () => Promise<ActionResult<unknown>>; ok: (data: unknown) => string };

export interface MemberActionsProps {
  member: { id: number; name: string; username: string; phone: string | null; role: "CADRE" | "SECRETARY" | "ADMIN"; active: boolean; unitId: number };
  /** The admin looking at his own account: role, deactivation and reset are refused. */
  self: boolean;
  units: UnitChoice[];
  actions: {
    update: Action;
    move: Action;
    role: Action;
    deactivate: Action;
    reactivate: Action;
    reset: Action<{ username: string; initialPassword: string }>;
  };
}

const ROLE_OPTIONS = Object.entries(ROLE_LABEL).map(([value, label]) => ({ value, label }));

function Card({ title, children }: { title: string; children: React.ReactNode }) {
  const id = useId();
  return (
    <section aria-labelledby={id} className="space-y-3 rounded-2xl border border-stone-200 bg-white p-4">
      <h2 id={id} className="font-semibold">
        {title}
      </h2>
      {children}
    </section>
  );
}

/** One card's form: its fields, then its refusal and its submit button. */
function ActionForm({
  title,
  state,
  label,
  busyLabel,
  onSubmit,
  children,
}: {
  title: string;
  state: { busy: boolean; disabled: boolean; error: string | null };
  label: string;
  busyLabel: string;
  onSubmit: (form: FormData) => void;
  children: React.ReactNode;
}) {
  return (
    <Card title={title}>
      <form
        noValidate
        className="space-y-3"
        onSubmit={(e) => {
          e.preventDefault();
          onSubmit(new FormData(e.currentTarget));
        }}
      >
        {children}
        <SubmitRow error={state.error} busy={state.busy} disabled={state.disabled} label={label} busyLabel={busyLabel} />
      </form>
    </Card>
  );
}

/** A write that asks first: "重置密码…" turns into "确认重置" and "取消". */
function Confirmed({
  open,
  ask,
  confirm,
  disabled,
  setOpen,
  onConfirm,
}: {
  open: boolean;
  ask: string;
  confirm: string;
  disabled: boolean;
  setOpen: (open: boolean) => void;
  onConfirm: () => void;
}) {
  return open ? (
    <div className="flex flex-wrap gap-2">
      <ClientButton variant="danger" disabled={disabled} onClick={onConfirm}>
        {confirm}
      </ClientButton>
      <ClientButton variant="ghost" onClick={() => setOpen(false)}>
        取消
      </ClientButton>
    </div>
  ) : (
    <ClientButton variant="secondary" onClick={() => setOpen(true)}>
      {ask}
    </ClientButton>
  );
}

/** The success words of a write that may change nothing. */
const changed = (yes: string, no: string) => (d: unknown) => ((d as { changed: boolean }).changed ? yes : no);

/** The admin's writes on one member: profile, unit, role, status and password. */
export function MemberActions({ member, self, units, actions }: MemberActionsProps) {
  const router = useRouter();
  const [status, setStatus] = useState("");
  const [confirm, setConfirm] = useState<"deactivate" | "reset" | null>(null);
  const [password, setPassword] = useState<string | null>(null);
  const job = useServerAction(
    async (j: Job) => {
      const r = await j.call();
      setConfirm(null);
      return r;
    },
    {
      onSuccess: (data, j) => {
        setStatus(j.ok(data));
        router.refresh();
      },
    },
  );
  const key = job.submitted?.key;
  const pending = job.pending ? (key ?? null) : null;
  const errorOf = (k: string) => (k === key ? job.formError : null);
  const state = (k: string) => ({ busy: pending === k, disabled: pending !== null, error: errorOf(k) });
  const { fieldErrors } = job;
  const id = { memberId: member.id };

  function run<T>(key: string, call: () => Promise<ActionResult<T>>, ok: (data: T) => string) {
    job.run({ key, call, ok: ok as (data: unknown) => string });
  }

  return (
    <div className="space-y-4">
      <p role="status" className="min-h-5 text-sm text-green-800">
        {status}
      </p>

      <ActionForm
        title="修改资料"
        state={state("update")}
        label="保存资料"
        busyLabel="正在保存…"
        onSubmit={(f) => run("update", () => actions.update({ ...id, name: f.get("name"), phone: f.get("phone") }), changed("资料已保存。", "资料没有变化。"))}
      >
        <Field label="姓名" name="name" defaultValue={member.name} required maxLength={50} error={fieldErrors.name} />
        <Field
          label="手机号"
          name="phone"
          type="tel"
          inputMode="numeric"
          defaultValue={member.phone ?? ""}
          maxLength={20}
          hint="可留空；可用于登录"
          error={fieldErrors.phone}
        />
      </ActionForm>

      <ActionForm
        title="调动单位"
        state={state("move")}
        label="调动"
        busyLabel="正在调动…"
        onSubmit={(f) => run("move", () => actions.move({ ...id, unitId: f.get("unitId") }), changed("已调到新单位。", "单位没有变化。"))}
      >
        <UnitSelect name="unitId" label="所在单位" units={units} defaultValue={member.unitId} />
      </ActionForm>

      {self ? (
        <p className="rounded-2xl border border-stone-200 bg-white p-4 text-sm text-stone-600">
          这是您自己的账号：不能在这里修改自己的角色、停用自己或重置自己的密码。
        </p>
      ) : (
        <>
          <ActionForm
            title="角色"
            state={state("role")}
            label="修改角色"
            busyLabel="正在保存…"
            onSubmit={(f) =>
              run("role", () => actions.role({ ...id, role: f.get("role") }), changed("角色已修改，该成员下一次操作时即生效，无需重新登录。", "角色没有变化。"))
            }
          >
            <fieldset>
              <legend className="sr-only">角色</legend>
              <div className="flex flex-wrap gap-2">
                {ROLE_OPTIONS.map((r) => (
                  <label key={r.value} className="inline-flex min-h-11 items-center gap-2 rounded-xl border border-stone-300 px-3">
                    <input type="radio" name="role" value={r.value} defaultChecked={member.role === r.value} className="size-5" />
                    {r.label}
                  </label>
                ))}
              </div>
            </fieldset>
          </ActionForm>

          <Card title="重置密码">
            <p className="text-sm text-stone-600">生成新的随机初始密码（只显示一次），该成员的所有登录会话立即失效，下次登录须修改密码。</p>
            {password ? <OneTimePassword username={member.username} password={password} /> : null}
            <Confirmed
              open={confirm === "reset"}
              ask="重置密码…"
              confirm="确认重置"
              disabled={pending !== null}
              setOpen={(open) => setConfirm(open ? "reset" : null)}
              onConfirm={() =>
                run(
                  "reset",
                  () => actions.reset(id),
                  (d) => {
                    setPassword(d.initialPassword);
                    return "密码已重置。";
                  },
                )
              }
            />
            <FormError error={errorOf("reset")} />
          </Card>

          <Card title={member.active ? "停用账号" : "启用账号"}>
            {member.active ? (
              <>
                <p className="text-sm text-stone-600">
                  停用后该成员立即退出所有设备、不能再登录，为其签发的 API 令牌也随之失效；学习记录保留，可随时重新启用。
                </p>
                <Confirmed
                  open={confirm === "deactivate"}
                  ask="停用…"
                  confirm="确认停用"
                  disabled={pending !== null}
                  setOpen={(open) => setConfirm(open ? "deactivate" : null)}
                  onConfirm={() =>
                    run(
                      "active",
                      () => actions.deactivate(id),
                      () => "账号已停用，所有会话已结束。",
                    )
                  }
                />
              </>
            ) : (
              <ClientButton
                disabled={pending !== null}
                onClick={() =>
                  run(
                    "active",
                    () => actions.reactivate(id),
                    () => "账号已重新启用。",
                  )
                }
              >
                重新启用
              </ClientButton>
            )}
            <FormError error={errorOf("active")} />
          </Card>
        </>
      )}
    </div>
  );
}
