"use client";

import { Field } from "@/components/ui/field";
import { useServerAction } from "@/components/forms/use-server-action";
import type { ActionResult } from "@/lib/auth/guard";
import { SubmitRow } from "@/components/forms/form-error";

type Act = (input: unknown) => Promise<ActionResult<unknown>>;

/** 布置学习任务: the unit (her own or one below), what to do, and the dates (China dates). */
export function AssignForm({
  action,
  units,
  defaultUnitId,
  today,
  defaultDue,
}: {
  action: Act;
  units: { id: number; label: string }[];
  defaultUnitId: number;
  today: string;
  defaultDue: string;
}) {
  const assign = useServerAction(action); // success redirects to the dashboard
  const errors = assign.fieldErrors;

  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        assign.run(new FormData(e.currentTarget));
      }}
      className="space-y-4"
      noValidate
    >
      <div>
        <label htmlFor="assign-unit" className="mb-1 block text-sm font-medium text-stone-700">
          布置给
        </label>
        <select
          id="assign-unit"
          name="unitId"
          defaultValue={defaultUnitId}
          className="block min-h-11 w-full rounded-xl border border-stone-300 bg-white px-3 py-2 text-base"
          aria-describedby="assign-unit-hint"
        >
          {units.map((u) => (
            <option key={u.id} value={u.id}>
              {u.label}
            </option>
          ))}
        </select>
        <p id="assign-unit-hint" className="mt-1 text-xs text-stone-500">
          本组织及下级组织的全体成员（含之后加入的成员）都会收到此任务。
        </p>
      </div>
      <Field label="任务名称" name="title" defaultValue="公职人员微信使用规范专题学习" maxLength={60} error={errors.title} required />
      <fieldset className="space-y-2">
        <legend className="mb-1 text-sm font-medium text-stone-700">学习内容</legend>
        <label className="flex min-h-11 items-center gap-3">
          <input type="checkbox" name="course" defaultChecked className="h-5 w-5" />
          <span>学完课程全部课时</span>
        </label>
        <label className="flex min-h-11 items-center gap-3">
          <input type="checkbox" name="exam" defaultChecked className="h-5 w-5" />
          <span>通过结业考试（80 分及格）</span>
        </label>
        {errors.course ? <p className="text-sm text-red-700">{errors.course}</p> : null}
      </fieldset>
      <div className="grid grid-cols-2 gap-3">
        <Field label="开始日期" name="startsOn" type="date" defaultValue={today} error={errors.startsOn} required />
        <Field label="截止日期" name="dueOn" type="date" defaultValue={defaultDue} min={today} error={errors.dueOn} required />
      </div>
      <SubmitRow error={assign.formError} busy={assign.pending} label="布置任务" busyLabel="正在布置…" className="w-full" />
    </form>
  );
}
