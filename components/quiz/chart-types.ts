/** The data the quiz charts draw. */
export interface BreakdownRow {
  key: string;
  /** Short Chinese title (the rule's title, the module's short title). */
  title: string;
  /** Secondary text: the rule's code. */
  sub?: string;
  score: number;
  max: number;
}

export interface ProgressPoint {
  key: string;
  /** Which quiz: attempts of one quiz form one series, never joined to another quiz's. */
  quizId: string;
  quizTitle: string;
  isExam: boolean;
  /** The attempt's date. */
  when: string;
  percent: number;
}

export interface CompareRow {
  key: string;
  title: string;
  before: number | null;
  after: number | null;
}
