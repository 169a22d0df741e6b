/** The one refusal line under a tree form (field errors show beside their fields instead). */
export function ErrorLine({ error }: { error: string | null }) {
  if (!error) return null;
  return (
    <p role="alert" className="rounded-lg bg-red-50 p-3 text-sm text-red-800">
      {error}
    </p>
  );
}
