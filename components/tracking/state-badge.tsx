import { MEMBER_STATE_LABEL } from "@/lib/labels";
import type { MemberState } from "@/lib/tracking/state";

/** A member's state as a coloured badge; also rendered by the client member table, so it imports nothing server-side. */
export function StateBadge({ state, late }: { state: MemberState; late?: boolean }) {
  return <span className={`badge badge-${state}`}>{late ? `${MEMBER_STATE_LABEL[state]}（逾期完成）` : MEMBER_STATE_LABEL[state]}</span>;
}
