/** The data the quiz charts draw: shared by the server figures and the browser drawings. */
export interface BreakdownRow {
  key: string;
  /** Short label on the axis (a rule code, a module number). */
  short: string;
  /** Full name, in the table and the tooltip. */
  label: string;
  score: number;
  max: number;
}
export type BreakdownDatum = BreakdownRow & { percent: number };

export interface ProgressPoint {
  key: string;
  /** The attempt's date. */
  when: string;
  title: string;
  percent: number;
}

export interface CompareRow {
  key: string;
  short: string;
  label: string;
  before: number | null;
  after: number | null;
}
