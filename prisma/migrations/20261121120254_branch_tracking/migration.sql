-- AlterTable
ALTER TABLE "org_unit" ADD COLUMN     "webhook_url" TEXT;

-- CreateTable
CREATE TABLE "assignment" (
    "id" SERIAL NOT NULL,
    "unit_id" INTEGER NOT NULL,
    "course_id" TEXT,
    "quiz_id" TEXT,
    "title" TEXT NOT NULL,
    "starts_at" TIMESTAMP(3) NOT NULL,
    "due_at" TIMESTAMP(3) NOT NULL,
    "created_by_id" INTEGER NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "archived_at" TIMESTAMP(3),

    CONSTRAINT "assignment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "assignment_completion" (
    "assignment_id" INTEGER NOT NULL,
    "member_id" INTEGER NOT NULL,
    "completed_at" TIMESTAMP(3) NOT NULL,
    "best_score" DOUBLE PRECISION,
    "recorded_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "assignment_completion_pkey" PRIMARY KEY ("assignment_id","member_id")
);

-- CreateTable
CREATE TABLE "unit_aggregate" (
    "unit_id" INTEGER NOT NULL,
    "assignment_id" INTEGER NOT NULL,
    "members" INTEGER NOT NULL DEFAULT 0,
    "started" INTEGER NOT NULL DEFAULT 0,
    "completed" INTEGER NOT NULL DEFAULT 0,
    "score_sum" DOUBLE PRECISION NOT NULL DEFAULT 0,
    "score_count" INTEGER NOT NULL DEFAULT 0,
    "score_buckets" INTEGER[] DEFAULT ARRAY[0, 0, 0, 0, 0]::INTEGER[],
    "updated_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "refreshed_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "unit_aggregate_pkey" PRIMARY KEY ("unit_id","assignment_id")
);

-- CreateTable
CREATE TABLE "unit_rule_aggregate" (
    "unit_id" INTEGER NOT NULL,
    "assignment_id" INTEGER NOT NULL,
    "rule" TEXT NOT NULL,
    "score" DOUBLE PRECISION NOT NULL DEFAULT 0,
    "max" DOUBLE PRECISION NOT NULL DEFAULT 0,

    CONSTRAINT "unit_rule_aggregate_pkey" PRIMARY KEY ("unit_id","assignment_id","rule")
);

-- CreateTable
CREATE TABLE "aggregate_contribution" (
    "assignment_id" INTEGER NOT NULL,
    "member_id" INTEGER NOT NULL,
    "unit_path" INTEGER[],
    "started" BOOLEAN NOT NULL DEFAULT false,
    "completed" BOOLEAN NOT NULL DEFAULT false,
    "score" DOUBLE PRECISION,
    "rules" JSONB NOT NULL DEFAULT '{}',
    "updated_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "aggregate_contribution_pkey" PRIMARY KEY ("assignment_id","member_id")
);

-- CreateTable
CREATE TABLE "notification" (
    "id" BIGSERIAL NOT NULL,
    "member_id" INTEGER NOT NULL,
    "kind" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "link" TEXT,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "read_at" TIMESTAMP(3),

    CONSTRAINT "notification_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "reminder" (
    "id" BIGSERIAL NOT NULL,
    "unit_id" INTEGER NOT NULL,
    "assignment_id" INTEGER NOT NULL,
    "member_id" INTEGER NOT NULL,
    "channel" TEXT NOT NULL,
    "day_key" TEXT NOT NULL,
    "sent_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "sent_by_id" INTEGER,

    CONSTRAINT "reminder_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "certificate" (
    "id" SERIAL NOT NULL,
    "code" TEXT NOT NULL,
    "assignment_id" INTEGER NOT NULL,
    "member_id" INTEGER NOT NULL,
    "member_name" TEXT NOT NULL,
    "unit_name" TEXT NOT NULL,
    "course_title" TEXT NOT NULL,
    "completed_at" TIMESTAMP(3) NOT NULL,
    "score" DOUBLE PRECISION,
    "issued_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "certificate_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "assignment_unit_id_idx" ON "assignment"("unit_id");

-- CreateIndex
CREATE INDEX "assignment_completion_member_id_idx" ON "assignment_completion"("member_id");

-- CreateIndex
CREATE INDEX "unit_aggregate_assignment_id_idx" ON "unit_aggregate"("assignment_id");

-- CreateIndex
CREATE INDEX "aggregate_contribution_member_id_idx" ON "aggregate_contribution"("member_id");

-- CreateIndex
CREATE INDEX "notification_member_id_read_at_created_at_idx" ON "notification"("member_id", "read_at", "created_at");

-- CreateIndex
CREATE INDEX "reminder_unit_id_sent_at_idx" ON "reminder"("unit_id", "sent_at");

-- CreateIndex
CREATE UNIQUE INDEX "reminder_assignment_id_member_id_channel_day_key_key" ON "reminder"("assignment_id", "member_id", "channel", "day_key");

-- CreateIndex
CREATE UNIQUE INDEX "certificate_code_key" ON "certificate"("code");

-- CreateIndex
CREATE INDEX "certificate_member_id_idx" ON "certificate"("member_id");

-- CreateIndex
CREATE UNIQUE INDEX "certificate_assignment_id_member_id_key" ON "certificate"("assignment_id", "member_id");

-- AddForeignKey
ALTER TABLE "assignment" ADD CONSTRAINT "assignment_unit_id_fkey" FOREIGN KEY ("unit_id") REFERENCES "org_unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "assignment" ADD CONSTRAINT "assignment_course_id_fkey" FOREIGN KEY ("course_id") REFERENCES "course"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "assignment" ADD CONSTRAINT "assignment_quiz_id_fkey" FOREIGN KEY ("quiz_id") REFERENCES "quiz"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "assignment_completion" ADD CONSTRAINT "assignment_completion_assignment_id_fkey" FOREIGN KEY ("assignment_id") REFERENCES "assignment"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "notification" ADD CONSTRAINT "notification_member_id_fkey" FOREIGN KEY ("member_id") REFERENCES "member"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "certificate" ADD CONSTRAINT "certificate_assignment_id_fkey" FOREIGN KEY ("assignment_id") REFERENCES "assignment"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- An assignment names a course, an exam or both, and ends after it starts (not expressible in the Prisma schema).
