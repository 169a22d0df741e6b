"use client";

import { useRouter } from "next/navigation";
import { useId, useState } from "react";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { useServerAction } from "@/components/forms/use-server-action";
import type { ActionResult } from "@/lib/auth/guard";
import { ROLE_LABEL } from "@/lib/labels";
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

function Alert({ text }: { text: string | null }) {
  return text ? (
    <p role="alert" className="rounded-lg bg-red-50 p-3 text-sm text-red-800">
      {text}
    </p>
  ) : null;
}

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
  const errors: Record<string, string | null> = key ? { [key]: job.formError } : {};
  const { fieldErrors } = job;

  function run<T>(key: string, call: () => Promise<ActionResult<T>>, ok: (data: T) => string) {
    job.run({ key, call, ok: ok as (data: unknown) => string });
  }

  return (
    <div className="space-y-4">
      <p role="status" className="min-h-5 text-sm text-green-800">
        {status}
      </p>

      <Card title="修改资料">
        <form
          noValidate
          className="space-y-3"
          onSubmit={(e) => {
            e.preventDefault();
            const f = new FormData(e.currentTarget);
            run(
              "update",
              () => actions.update({ memberId: member.id, name: f.get("name"), phone: f.get("phone") }),
              (d) => ((d as { changed: boolean }).changed ? "资料已保存。" : "资料没有变化。"),
            );
          }}
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
          <Alert text={errors.update ?? null} />
          <Button type="submit" disabled={pending !== null}>
            {pending === "update" ? "正在保存…" : "保存资料"}
          </Button>
        </form>
      </Card>

      <Card title="调动单位">
        <form
          noValidate
          className="space-y-3"
          onSubmit={(e) => {
            e.preventDefault();
            const unitId = new FormData(e.currentTarget).get("unitId");
            run(
              "move",
              () => actions.move({ memberId: member.id, unitId }),
              (d) => ((d as { changed: boolean }).changed ? "已调到新单位。" : "单位没有变化。"),
            );
          }}
        >
          <UnitSelect name="unitId" label="所在单位" units={units} defaultValue={member.unitId} />
          <Alert text={errors.move ?? null} />
          <Button type="submit" disabled={pending !== null}>
            {pending === "move" ? "正在调动…" : "调动"}
          </Button>
        </form>
      </Card>

      {self ? (
        <p className="rounded-2xl border border-stone-200 bg-white p-4 text-sm text-stone-600">
          这是您自己的账号：不能在这里修改自己的角色、停用自己或重置自己的密码。
        </p>
      ) : (
        <>
          <Card title="角色">
            <form
              noValidate
              className="space-y-3"
              onSubmit={(e) => {
                e.preventDefault();
                const role = new FormData(e.currentTarget).get("role");
                run(
                  "role",
                  () => actions.role({ memberId: member.id, role }),
                  (d) => ((d as { changed: boolean }).changed ? "角色已修改，该成员下一次操作时即生效，无需重新登录。" : "角色没有变化。"),
                );
              }}
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
              <Alert text={errors.role ?? null} />
              <Button type="submit" disabled={pending !== null}>
                {pending === "role" ? "正在保存…" : "修改角色"}
              </Button>
            </form>
          </Card>

          <Card title="重置密码">
            <p className="text-sm text-stone-600">生成新的随机初始密码（只显示一次），该成员的所有登录会话立即失效，下次登录须修改密码。</p>
            {password ? <OneTimePassword username={member.username} password={password} /> : null}
            {confirm === "reset" ? (
              <div className="flex flex-wrap gap-2">
                <Button
                  type="button"
                  variant="danger"
                  disabled={pending !== null}
                  onClick={() =>
                    run(
                      "reset",
                      () => actions.reset({ memberId: member.id }),
                      (d) => {
                        setPassword(d.initialPassword);
                        return "密码已重置。";
                      },
                    )
                  }
                >
                  确认重置
                </Button>
                <Button type="button" variant="ghost" onClick={() => setConfirm(null)}>
                  取消
                </Button>
              </div>
            ) : (
              <Button type="button" variant="secondary" onClick={() => setConfirm("reset")}>
                重置密码…
              </Button>
            )}
            <Alert text={errors.reset ?? null} />
          </Card>

          <Card title={member.active ? "停用账号" : "启用账号"}>
            {member.active ? (
              <>
                <p className="text-sm text-stone-600">
                  停用后该成员立即退出所有设备、不能再登录，为其签发的 API 令牌也随之失效；学习记录保留，可随时重新启用。
                </p>
                {confirm === "deactivate" ? (
                  <div className="flex flex-wrap gap-2">
                    <Button
                      type="button"
                      variant="danger"
                      disabled={pending !== null}
                      onClick={() =>
                        run(
                          "active",
                          () => actions.deactivate({ memberId: member.id }),
                          () => "账号已停用，所有会话已结束。",
                        )
                      }
                    >
                      确认停用
                    </Button>
                    <Button type="button" variant="ghost" onClick={() => setConfirm(null)}>
                      取消
                    </Button>
                  </div>
                ) : (
                  <Button type="button" variant="secondary" onClick={() => setConfirm("deactivate")}>
                    停用…
                  </Button>
                )}
              </>
            ) : (
              <Button
                type="button"
                disabled={pending !== null}
                onClick={() =>
                  run(
                    "active",
                    () => actions.reactivate({ memberId: member.id }),
                    () => "账号已重新启用。",
                  )
                }
              >
                重新启用
              </Button>
            )}
            <Alert text={errors.active ?? null} />
          </Card>
        </>
      )}
    </div>
  );
}
