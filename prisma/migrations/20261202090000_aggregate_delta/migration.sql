-- CreateTable
CREATE TABLE "aggregate_delta" (
    "id" BIGSERIAL NOT NULL,
    "assignment_id" INTEGER NOT NULL,
    "unit_path" INTEGER[],
    "sign" SMALLINT NOT NULL,
    "started" BOOLEAN NOT NULL,
    "completed" BOOLEAN NOT NULL,
    "score" DOUBLE PRECISION,
    "rules" JSONB NOT NULL DEFAULT '{}',
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "aggregate_delta_pkey" PRIMARY KEY ("id")
);
