import { signOutAction } from "@/app/(app)/actions";

// A server-action form: no client JavaScript needed, so it works before hydration too.
export function SignOutButton() {
  return (
    <form action={signOutAction as unknown as (f: FormData) => Promise<void>}>
      <button type="submit" className="min-h-11 rounded-lg px-3 text-sm text-stone-700 hover:bg-stone-100">
        退出登录
      </button>
    </form>
  );
}
