-- AlterTable
ALTER TABLE "mistake" ADD COLUMN     "review_due_on" DATE,
ADD COLUMN     "review_step" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "reviewed_on" DATE;

-- CreateTable
CREATE TABLE "daily_set" (
    "member_id" INTEGER NOT NULL,
    "day" DATE NOT NULL,
    "attempt_id" BIGINT NOT NULL,
    "case_code" TEXT,
    "items" INTEGER NOT NULL,
    "answered" INTEGER[] DEFAULT ARRAY[]::INTEGER[],
    "correct" INTEGER[] DEFAULT ARRAY[]::INTEGER[],
    "completed_at" TIMESTAMP(3),
    "streak" INTEGER NOT NULL DEFAULT 0,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "daily_set_pkey" PRIMARY KEY ("member_id","day")
);

-- CreateTable
CREATE TABLE "point_event" (
    "id" BIGSERIAL NOT NULL,
    "member_id" INTEGER NOT NULL,
    "event_key" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "points" INTEGER NOT NULL,
    "day" DATE NOT NULL,
    "earned_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "point_event_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ranking_opt_out" (
    "member_id" INTEGER NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ranking_opt_out_pkey" PRIMARY KEY ("member_id")
);

-- CreateIndex
CREATE UNIQUE INDEX "daily_set_attempt_id_key" ON "daily_set"("attempt_id");

-- CreateIndex
CREATE INDEX "daily_set_day_idx" ON "daily_set"("day");

-- CreateIndex
CREATE INDEX "point_event_member_id_earned_at_idx" ON "point_event"("member_id", "earned_at");

-- CreateIndex
CREATE INDEX "point_event_day_idx" ON "point_event"("day");

-- CreateIndex
CREATE UNIQUE INDEX "point_event_member_id_event_key_key" ON "point_event"("member_id", "event_key");


-- The points ledger is append-only: what was earned stays earned (docs/decisions/018).
CREATE FUNCTION point_event_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'point_event is append-only';
END;
$$;
CREATE TRIGGER point_event_append_only BEFORE UPDATE OR DELETE ON "point_event"
  FOR EACH STATEMENT EXECUTE FUNCTION point_event_append_only();
