import { ClientButton, SubmitButton } from "@/components/forms/client-button";

/** A form's one refusal line (field errors show beside their fields instead). */
export function FormError({ error }: { error: string | null | undefined }) {
  if (!error) return null;
  return (
    <p role="alert" className="rounded-lg bg-red-50 p-3 text-sm text-red-800">
      {error}
    </p>
  );
}

/** A form's last lines: its refusal, then its submit button (saying what it is doing while busy) and maybe 取消. */
export function SubmitRow({
  error,
  busy,
  disabled = busy,
  label,
  busyLabel,
  className,
  onCancel,
}: {
  error: string | null | undefined;
  busy: boolean;
  /** Defaults to `busy`; a page with several forms disables all of them while any one runs. */
  disabled?: boolean;
  label: string;
  busyLabel: string;
  className?: string;
  /** Given: a 取消 button beside the submit button (an inline form that closes). */
  onCancel?: () => void;
}) {
  const submit = (
    <SubmitButton className={className} disabled={disabled}>
      {busy ? busyLabel : label}
    </SubmitButton>
  );
  return (
    <>
      <FormError error={error} />
      {onCancel ? (
        <div className="flex gap-2">
          {submit}
          <ClientButton variant="ghost" onClick={onCancel}>
            取消
          </ClientButton>
        </div>
      ) : (
        submit
      )}
    </>
  );
}
