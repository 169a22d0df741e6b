// A plain form POST to /sign-out (the same route the lesson reader's plain HTML uses): no client
// JavaScript needed, so it works before hydration too.
export function SignOutButton() {
  return (
    <form method="post" action="/sign-out">
      <button type="submit" className="min-h-11 rounded-lg px-3 text-sm text-stone-700 hover:bg-stone-100">
        退出登录
      </button>
    </form>
  );
}
