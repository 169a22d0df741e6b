/**
 * 提醒 → 谈话: branches remind first and talk in person when reminders do not help. A member
 * reminded on this many different days about the same assignment, and still not done, is flagged
 * in the member list for the secretary to talk to.
 */
export const REMINDERS_FOR_TALK = 3;
