"use client";

import { ClientButton } from "@/components/forms/client-button";
import Link from "next/link";
import { Field } from "@/components/ui/field";
import { useServerAction } from "@/components/forms/use-server-action";
import type { ActionResult } from "@/lib/auth/guard";
import { ROLE_LABEL } from "@/lib/labels";
import { OneTimePassword } from "./one-time-password";
import { UnitSelect, type UnitChoice } from "./unit-select";
import { SubmitRow } from "@/components/forms/form-error";

type Created = { id: number; username: string; name: string; initialPassword: string };

export function CreateMemberForm({ units, create }: { units: UnitChoice[]; create: (input: unknown) => Promise<ActionResult<Created>> }) {
  const creating = useServerAction(create);
  const { result, fieldErrors: errors } = creating;

  if (result?.ok) {
    return (
      <div className="space-y-3">
        <p className="text-sm">
          已新建成员 <strong>{result.data.name}</strong>。
        </p>
        <OneTimePassword username={result.data.username} password={result.data.initialPassword} />
        <div className="flex flex-wrap gap-2">
          <Link href={`/admin/members/${result.data.id}`} className="inline-flex min-h-11 items-center text-brand-700 underline">
            查看该成员
          </Link>
          <ClientButton variant="ghost" onClick={creating.reset}>
            继续新建
          </ClientButton>
        </div>
      </div>
    );
  }

  return (
    <form
      noValidate
      className="space-y-4 rounded-2xl border border-stone-200 bg-white p-4"
      onSubmit={(e) => {
        e.preventDefault();
        creating.run(Object.fromEntries(new FormData(e.currentTarget)));
      }}
    >
      <Field label="姓名" name="name" required maxLength={50} error={errors.name} />
      <Field label="登录名" name="username" required maxLength={64} autoComplete="off" hint="2–64 位字母、数字或 _ . @ -" error={errors.username} />
      <Field label="手机号" name="phone" type="tel" inputMode="numeric" maxLength={20} hint="可留空；可用于登录" error={errors.phone} />
      <UnitSelect name="unitId" label="所在单位" units={units} error={errors.unitId} />
      <fieldset>
        <legend className="mb-1 text-sm font-medium text-stone-700">角色</legend>
        <div className="flex flex-wrap gap-2">
          {Object.entries(ROLE_LABEL).map(([value, label]) => (
            <label key={value} className="inline-flex min-h-11 items-center gap-2 rounded-xl border border-stone-300 px-3">
              <input type="radio" name="role" value={value} defaultChecked={value === "CADRE"} className="size-5" />
              {label}
            </label>
          ))}
        </div>
      </fieldset>
      <SubmitRow error={creating.formError} busy={creating.pending} label="新建成员" busyLabel="正在新建…" className="w-full" />
    </form>
  );
}
