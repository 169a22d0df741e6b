/**
 * Completion certificates. Issued in the same transaction that records a completion, as a
 * snapshot (name, unit, course, date, score) so later renames never change a certificate. The PDF
 * is rendered on demand (certificate-pdf.ts), the image for a WeChat group too (certificate-image.tsx).
 * The public /verify/<code> page shows only the snapshot.
 */
import { randomBytes } from "node:crypto";
import { sql } from "kysely";
import type { Viewer } from "../auth/viewer";
import { NotFoundError } from "../errors";
import { scopeRoot } from "../auth/viewer";
import type { Db } from "../db/client";
import { kysely, type CamelRow, type TableRow } from "../db/kysely";
import type { Tx } from "../db/tx";

export type CertificateRow = CamelRow<
  "certificate",
  "code" | "assignment_id" | "member_id" | "member_name" | "unit_name" | "course_title" | "completed_at" | "score" | "issued_at"
>;

// Crockford base32: no I, L, O, U — easy to read aloud and type from paper.
const ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

/** "XXXX-XXXX-XXXX": 60 random bits. */
export function newCertificateCode(): string {
  const bytes = randomBytes(12);
  const chars = [...bytes].map((b) => ALPHABET[b & 31]).join("");
  return `${chars.slice(0, 4)}-${chars.slice(4, 8)}-${chars.slice(8, 12)}`;
}

/** Accepts what people type: lower case, spaces, missing dashes, O for 0 and I/L for 1. */
export function normalizeCode(input: string): string | null {
  const s = input.toUpperCase().replace(/[\s-]/g, "").replace(/O/g, "0").replace(/[IL]/g, "1");
  if (!/^[0-9A-HJKMNP-TV-Z]{12}$/.test(s)) return null;
  return `${s.slice(0, 4)}-${s.slice(4, 8)}-${s.slice(8, 12)}`;
}

/**
 * Issues certificates for members whose completion was just recorded (inside that transaction),
 * and tells each of them. Returns the codes issued.
 */
export async function issueCertificates(t: Tx, assignmentId: number, memberIds: number[]): Promise<{ memberId: number; code: string }[]> {
  if (!memberIds.length) return [];
  const codes = memberIds.map(() => newCertificateCode());
  type Issued = CamelRow<"certificate", "code" | "member_id"> & TableRow<"assignment", "title">;
  const { rows: issued } = await sql<Issued>`WITH ins AS (
       INSERT INTO certificate (code, assignment_id, member_id, member_name, unit_name, course_title, completed_at, score)
       SELECT x.code, a.id, m.id, m.name, u.name, coalesce(c.title, q.title, a.title), ac.completed_at, ac.best_score
       FROM unnest(${memberIds}::int[], ${codes}::text[]) AS x(member_id, code)
       JOIN member m ON m.id = x.member_id
       JOIN org_unit u ON u.id = m.unit_id
       JOIN assignment a ON a.id = ${assignmentId}
       JOIN assignment_completion ac ON ac.assignment_id = a.id AND ac.member_id = m.id
       LEFT JOIN course c ON c.id = a.course_id
       LEFT JOIN quiz q ON q.id = a.quiz_id
       ON CONFLICT (assignment_id, member_id) DO NOTHING
       RETURNING member_id, code, assignment_id
     )
     SELECT ins.member_id AS "memberId", ins.code, a.title FROM ins JOIN assignment a ON a.id = ins.assignment_id`.execute(t.k);
  if (issued.length) {
    await sql`INSERT INTO notification (member_id, kind, title, body, link)
       SELECT x.member_id, 'completion', '学习任务已完成', '你已完成「' || x.title || '」，结业证书编号 ' || x.code || '。', '/api/certificates/' || x.code
       FROM unnest(${issued.map((r) => r.memberId)}::int[], ${issued.map((r) => r.code)}::text[], ${issued.map((r) => r.title)}::text[]) AS x(member_id, code, title)`.execute(
      t.k,
    );
  }
  return issued.map(({ memberId, code }) => ({ memberId, code }));
}

const SELECT = sql<CertificateRow>`SELECT c.code, c.assignment_id AS "assignmentId", c.member_id AS "memberId", c.member_name AS "memberName",
  c.unit_name AS "unitName", c.course_title AS "courseTitle", c.completed_at AS "completedAt", c.score, c.issued_at AS "issuedAt"
  FROM certificate c`;

/** Public verification: the snapshot only, or null. */
export async function verifyCertificate(
  d: Db,
  rawCode: string,
): Promise<Pick<CertificateRow, "code" | "memberName" | "unitName" | "courseTitle" | "completedAt" | "score"> | null> {
  const code = normalizeCode(rawCode);
  if (!code) return null;
  const {
    rows: [row],
  } = await sql<CertificateRow>`${SELECT} WHERE c.code = ${code}`.execute(kysely(d));
  if (!row) return null;
  return { code: row.code, memberName: row.memberName, unitName: row.unitName, courseTitle: row.courseTitle, completedAt: row.completedAt, score: row.score };
}

/**
 * A certificate for download: the holder's own, or one of a member in the viewer's scope when
 * the viewer may read units. Anything else is not found.
 */
export async function certificateForViewer(d: Db, viewer: Pick<Viewer, "id" | "role" | "unitId">, rawCode: string): Promise<CertificateRow> {
  const code = normalizeCode(rawCode);
  if (!code) throw new NotFoundError();
  const mayReadUnits = viewer.role !== "CADRE";
  const scope = scopeRoot(viewer);
  const {
    rows: [row],
  } = await sql<CertificateRow>`${SELECT} JOIN member m ON m.id = c.member_id JOIN org_unit u ON u.id = m.unit_id
     WHERE c.code = ${code} AND (c.member_id = ${viewer.id} OR (${mayReadUnits} AND (${scope}::int IS NULL OR u.path @> ARRAY[${scope}::int])))`.execute(
    kysely(d),
  );
  if (!row) throw new NotFoundError();
  return row;
}

/** The member's certificates, newest first. */
export async function certificatesOfMember(d: Db, memberId: number): Promise<CertificateRow[]> {
  const { rows } = await sql<CertificateRow>`${SELECT} WHERE c.member_id = ${memberId} ORDER BY c.issued_at DESC`.execute(kysely(d));
  return rows;
}
