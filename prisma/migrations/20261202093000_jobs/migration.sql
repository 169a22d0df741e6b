-- AlterTable
ALTER TABLE "assignment" ADD COLUMN     "remind_days_before" INTEGER DEFAULT 3,
ADD COLUMN     "remind_on_due" BOOLEAN NOT NULL DEFAULT true,
ADD COLUMN     "remind_weekly_overdue" BOOLEAN NOT NULL DEFAULT true;

-- AlterTable
ALTER TABLE "org_unit" ADD COLUMN     "push_time" TEXT,
ADD COLUMN     "webhook_failures" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "webhook_paused_at" TIMESTAMP(3);

-- CreateTable
CREATE TABLE "job" (
    "id" BIGSERIAL NOT NULL,
    "kind" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "payload" JSONB NOT NULL DEFAULT '{}',
    "status" TEXT NOT NULL DEFAULT 'pending',
    "run_at" TIMESTAMP(3) NOT NULL,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "last_error" TEXT,
    "locked_by" TEXT,
    "locked_until" TIMESTAMP(3),
    "last_run_at" TIMESTAMP(3),
    "sent_at" TIMESTAMP(3),
    "finished_at" TIMESTAMP(3),
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "job_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "job_key_key" ON "job"("key");

-- CreateIndex
CREATE INDEX "job_status_run_at_idx" ON "job"("status", "run_at");

