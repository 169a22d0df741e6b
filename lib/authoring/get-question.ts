/** One question as the admin sees it: the current version with its key, and every version's use. */
import { sql } from "kysely";
import type { Db } from "../db/client";
import { kysely, type CamelRow, type Col } from "../db/kysely";
import type { QuestionStatus } from "../generated/prisma/enums";
import type { TQuestion } from "../content/schema";
import { NotFoundError } from "../errors";

export type VersionInfo = CamelRow<"question_version", "id" | "version" | "type" | "rules" | "content_hash" | "created_at" | "voided_at"> & {
  /** The author's name (left join: null for the content sync's versions). */
  createdBy: Col<"member", "name"> | null;
  /** Final answers stored against this version. */
  answered: number;
  /** Attempts whose paper holds this version (submitted or not). */
  attempts: number;
};

export interface QuestionDetail {
  id: string;
  origin: string;
  status: QuestionStatus;
  type: TQuestion["type"];
  moduleSlug: string;
  /** The module's Chinese title (the slug where the module is gone). */
  moduleTitle: string;
  currentVersion: number;
  flaggedAt: Date | null;
  flagReason: string | null;
  createdAt: Date;
  /** The current version as authored (with its key: admin eyes only). */
  payload: TQuestion;
  currentVersionId: number;
  versions: VersionInfo[];
}

export async function getQuestion(d: Db, id: string): Promise<QuestionDetail> {
  const q = await d.prisma.question.findUnique({ where: { id } });
  if (!q) throw new NotFoundError();
  const { rows: versions } = await sql<
    VersionInfo & { payload: TQuestion }
  >`SELECT v.id, v.version, v.type, v.rules, v.content_hash AS "contentHash", v.created_at AS "createdAt",
            m.name AS "createdBy", v.voided_at AS "voidedAt", v.payload,
            (SELECT count(*)::int FROM response r WHERE r.question_version_id = v.id AND r.final) AS answered,
            (SELECT count(*)::int FROM attempt a WHERE a.paper @> ARRAY[v.id]) AS attempts
     FROM question_version v LEFT JOIN member m ON m.id = v.created_by_id
     WHERE v.question_id = ${id} ORDER BY v.version DESC`.execute(kysely(d));
  const current = versions.find((v) => v.version === q.currentVersion);
  if (!current) throw new Error(`question ${id} has no version ${q.currentVersion}`);
  const mod = await d.prisma.courseModule.findUnique({ where: { slug: q.moduleSlug }, select: { title: true } });
  return {
    id: q.id,
    origin: q.origin,
    status: q.status,
    type: q.type as TQuestion["type"],
    moduleSlug: q.moduleSlug,
    moduleTitle: mod?.title ?? q.moduleSlug,
    currentVersion: q.currentVersion,
    flaggedAt: q.flaggedAt,
    flagReason: q.flagReason,
    createdAt: q.createdAt,
    payload: current.payload,
    currentVersionId: current.id,
    versions: versions.map(({ payload: _p, ...v }) => v),
  };
}

/** One version's payload (for diff, rollback, regrade and preview). */
export async function getVersionPayload(d: Db, questionId: string, version: number): Promise<{ id: number; payload: TQuestion; voidedAt: Date | null }> {
  const v = await d.prisma.questionVersion.findUnique({
    where: { questionId_version: { questionId, version } },
    select: { id: true, payload: true, voidedAt: true },
  });
  if (!v) throw new NotFoundError();
  return { id: v.id, payload: v.payload as unknown as TQuestion, voidedAt: v.voidedAt };
}
