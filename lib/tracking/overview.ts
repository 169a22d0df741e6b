/** The dashboard's headline figures, from the branch's live summary or from the aggregates. */
import type { BranchDashboard } from "./dashboard";

export interface Overview {
  members: number;
  completed: number;
  inProgress: number;
  notStarted: number;
  overdue: number;
  rate: number;
  averageScore: number | null;
  buckets: number[] | null;
  withheld: boolean;
}

/**
 * The headline figures: counted live for the branch's own secretary, else from the aggregates
 * (where "overdue" is everyone not completed once the deadline has passed).
 */
export function overview(data: Pick<BranchDashboard, "summary" | "figures" | "assignment">, now: Date = new Date()): Overview {
  const s = data.summary;
  const f = data.figures;
  if (s) {
    return {
      members: s.members,
      completed: s.completed,
      inProgress: s.inProgress,
      notStarted: s.notStarted,
      overdue: s.overdue,
      rate: s.members ? Math.round((1000 * s.completed) / s.members) / 10 : 0,
      averageScore: s.averageScore,
      buckets: s.buckets,
      withheld: false,
    };
  }
  const members = f?.members ?? 0;
  const completed = f?.completed ?? 0;
  const started = f?.started ?? 0;
  const past = data.assignment ? data.assignment.dueAt < now : false;
  return {
    members,
    completed,
    inProgress: past ? 0 : Math.max(0, started - completed),
    notStarted: past ? 0 : members - started,
    overdue: past ? members - completed : 0,
    rate: members ? Math.round((1000 * completed) / members) / 10 : 0,
    averageScore: f?.averageScore ?? null,
    buckets: f?.buckets ?? null,
    withheld: f?.withheld ?? false,
  };
}
