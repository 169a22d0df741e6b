// 退出登录 opens a confirmation page (app/(app)/account/sign-out) rather than posting at once: a
// plain link, so it works before hydration and in the lesson reader's plain HTML alike.
export const SIGN_OUT_PATH = "/account/sign-out";

export function SignOutButton() {
  return (
    <a href={SIGN_OUT_PATH} className="inline-flex min-h-11 items-center rounded-lg px-3 text-sm text-stone-700 hover:bg-stone-100">
      退出登录
    </a>
  );
}
