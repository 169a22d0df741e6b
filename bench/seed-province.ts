/**
 * A province, generated in SQL (set-based: no row-at-a-time inserts): a 4-level tree
 * (province committee → cities → counties → branches), cadres in the branches, and submitted
 * exam attempts with their answers. Figures per run come from the options.
 */
import pg from "pg";

export interface ProvinceOptions {
  cities: number;
  countiesPerCity: number;
  branchesPerCounty: number;
  cadresPerBranch: number;
  /** Submitted attempts per cadre; each has `answersPerAttempt` responses. */
  attemptsPerCadre: number;
  answersPerAttempt: number;
}

export const FULL: ProvinceOptions = {
  cities: 10,
  countiesPerCity: 10,
  branchesPerCounty: 10,
  cadresPerBranch: 100,
  attemptsPerCadre: 2,
  answersPerAttempt: 25,
};
export const QUICK: ProvinceOptions = { cities: 4, countiesPerCity: 5, branchesPerCounty: 5, cadresPerBranch: 100, attemptsPerCadre: 1, answersPerAttempt: 20 };

export async function seedProvince(
  url: string,
  o: ProvinceOptions,
  passwordHash: string,
): Promise<{ units: number; cadres: number; answers: number; rootId: number; ms: number }> {
  const t0 = Date.now();
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  const level = async (depth: number, per: number, kind: string, label: string) => {
    await c.query(
      `INSERT INTO org_unit (code, name, kind, parent_id, path, depth)
       SELECT p.code || '-' || k, '${label}' || k, '${kind}'::"UnitKind", p.id, '{}', ${depth}
       FROM org_unit p, generate_series(1, ${per}) k WHERE p.depth = ${depth - 1} AND p.code LIKE 'prov%'`,
    );
    await c.query(`UPDATE org_unit u SET path = p.path || u.id FROM org_unit p WHERE u.parent_id = p.id AND u.depth = ${depth} AND u.code LIKE 'prov%'`);
  };
  const [root] = (
    await c.query<{ id: number }>(`INSERT INTO org_unit (code, name, kind, path, depth) VALUES ('prov', '示范省委', 'COMMITTEE', '{}', 0) RETURNING id`)
  ).rows;
  await c.query(`UPDATE org_unit SET path = ARRAY[id] WHERE id = $1`, [root.id]);
  await level(1, o.cities, "COMMITTEE", "市委");
  await level(2, o.countiesPerCity, "GENERAL_BRANCH", "县党总支");
  await level(3, o.branchesPerCounty, "BRANCH", "党支部");
  await c.query(
    `INSERT INTO member (username, name, role, unit_id, password_hash, updated_at)
     SELECT 'p' || b.id || '-' || k, '学员' || b.id || '-' || k, 'CADRE', b.id, $1, now()
     FROM org_unit b, generate_series(1, ${o.cadresPerBranch}) k WHERE b.depth = 3 AND b.code LIKE 'prov%'`,
    [passwordHash],
  );
  // Papers drawn from the real bank: a few distinct ones, assigned round-robin.
  const papers = (
    await c.query<{ paper: number[] }>(
      `SELECT array_agg(id ORDER BY random()) AS paper FROM (
         SELECT v.id FROM question q JOIN question_version v ON v.question_id = q.id AND v.version = q.current_version
         WHERE q.status = 'PUBLISHED' AND q.type IN ('single','multiple','truefalse') ORDER BY random() LIMIT ${o.answersPerAttempt * 4}
       ) x`,
    )
  ).rows[0].paper;
  const paperSets = [0, 1, 2, 3].map((i) => papers.slice(i * o.answersPerAttempt, (i + 1) * o.answersPerAttempt));
  await c.query(
    `INSERT INTO attempt (public_id, member_id, quiz_id, kind, status, paper, started_at, submitted_at)
     SELECT md5(m.id::text || '-' || n), m.id, 'final-exam', 'EXAM', 'SUBMITTED', ($1::int[][])[1 + (m.id + n) % 4:1 + (m.id + n) % 4][1:${o.answersPerAttempt}],
            now() - (n || ' days')::interval - interval '1 hour', now() - (n || ' days')::interval
     FROM member m, generate_series(1, ${o.attemptsPerCadre}) n WHERE m.username LIKE 'p%-%'`,
    [paperSets],
  );
  // Slices of a 2-D array stay 2-D: flatten the paper column.
  await c.query(`UPDATE attempt SET paper = ARRAY(SELECT unnest(paper)) WHERE quiz_id = 'final-exam' AND array_ndims(paper) = 2`);
  await c.query(
    `INSERT INTO response (attempt_id, question_version_id, answer, path, correct, score, max_score, final, misconceptions, answered_at)
     SELECT a.id, p.vid, '{"type":"truefalse","value":true}'::jsonb, '{}', ok, ok::int, 1, true, '{}', a.submitted_at
     FROM attempt a CROSS JOIN LATERAL unnest(a.paper) p(vid) CROSS JOIN LATERAL (SELECT random() < 0.72 AS ok) r
     WHERE a.quiz_id = 'final-exam' AND a.member_id IN (SELECT id FROM member WHERE username LIKE 'p%-%')`,
  );
  await c.query(
    `UPDATE attempt a SET score = s.s, max_score = s.m, percent = round((100 * s.s / s.m)::numeric, 1)::float8, passed = 100 * s.s / s.m >= 80
     FROM (SELECT attempt_id, sum(score) s, sum(max_score) m FROM response GROUP BY attempt_id) s WHERE s.attempt_id = a.id`,
  );
  await c.query(`ANALYZE`);
  const counts = (
    await c.query<{ units: number; cadres: number; answers: number }>(
      `SELECT (SELECT count(*)::int FROM org_unit WHERE code LIKE 'prov%') units, (SELECT count(*)::int FROM member WHERE username LIKE 'p%-%') cadres,
              (SELECT count(*)::int FROM response) answers`,
    )
  ).rows[0];
  await c.end();
  return { ...counts, rootId: root.id, ms: Date.now() - t0 };
}
