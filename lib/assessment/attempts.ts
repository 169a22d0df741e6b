/**
 * Attempts: start, read, save an answer, submit. Scoring happens here, on the server, from the
 * pinned question versions. Every write is idempotent and scoped to its member inside the SQL:
 * - start: one open attempt per member and quiz (unique open_key): a double click returns it;
 * - save: one row per attempt and question version (upsert), refused after the deadline, locked
 *   once answered where feedback was shown (practice);
 * - submit: one UPDATE that only moves IN_PROGRESS → SUBMITTED, so two tabs or two app nodes
 *   submitting at once produce one result.
 * One use-case per file (start-attempt, get-attempt, save-response, submit-attempt; the paper in
 * draw-paper, the row in load-attempt); callers import them from here.
 */
export { INSTANT_FEEDBACK } from "./key-access";
export { drawPaper } from "./draw-paper";
export { startAttempt } from "./start-attempt";
export { getAttempt, type AttemptItem, type AttemptView } from "./get-attempt";
export { saveResponse, type SaveResult } from "./save-response";
export { submitAttempt } from "./submit-attempt";
