-- CreateEnum
CREATE TYPE "QuestionStatus" AS ENUM ('DRAFT', 'PUBLISHED', 'ARCHIVED');

-- CreateEnum
CREATE TYPE "QuizKind" AS ENUM ('PRACTICE', 'PRE', 'POST', 'EXAM', 'REVIEW');

-- CreateEnum
CREATE TYPE "AttemptStatus" AS ENUM ('IN_PROGRESS', 'SUBMITTED');

-- CreateTable
CREATE TABLE "question" (
    "id" TEXT NOT NULL,
    "origin" TEXT NOT NULL DEFAULT 'content',
    "status" "QuestionStatus" NOT NULL DEFAULT 'PUBLISHED',
    "module_slug" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "current_version" INTEGER NOT NULL,
    "flagged_at" TIMESTAMP(3),
    "flag_reason" TEXT,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "question_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "question_version" (
    "id" SERIAL NOT NULL,
    "question_id" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "type" TEXT NOT NULL,
    "rules" TEXT[],
    "payload" JSONB NOT NULL,
    "misconceptions" TEXT[],
    "max_score" INTEGER NOT NULL,
    "content_hash" TEXT NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "created_by_id" INTEGER,
    "voided_at" TIMESTAMP(3),

    CONSTRAINT "question_version_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "quiz" (
    "id" TEXT NOT NULL,
    "kind" "QuizKind" NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "module_slug" TEXT,
    "blueprint" JSONB NOT NULL,
    "time_limit_sec" INTEGER,
    "pass_percent" INTEGER,
    "max_attempts" INTEGER,
    "position" INTEGER NOT NULL,
    "archived_at" TIMESTAMP(3),

    CONSTRAINT "quiz_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "attempt" (
    "id" BIGSERIAL NOT NULL,
    "public_id" TEXT NOT NULL,
    "member_id" INTEGER NOT NULL,
    "quiz_id" TEXT NOT NULL,
    "kind" "QuizKind" NOT NULL,
    "status" "AttemptStatus" NOT NULL DEFAULT 'IN_PROGRESS',
    "open_key" TEXT,
    "paper" INTEGER[],
    "started_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "deadline_at" TIMESTAMP(3),
    "submitted_at" TIMESTAMP(3),
    "score" DOUBLE PRECISION,
    "max_score" DOUBLE PRECISION,
    "percent" DOUBLE PRECISION,
    "passed" BOOLEAN,
    "rule_breakdown" JSONB,

    CONSTRAINT "attempt_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "response" (
    "attempt_id" BIGINT NOT NULL,
    "question_version_id" INTEGER NOT NULL,
    "answer" JSONB NOT NULL,
    "path" TEXT[],
    "correct" BOOLEAN NOT NULL,
    "score" DOUBLE PRECISION NOT NULL,
    "max_score" DOUBLE PRECISION NOT NULL,
    "final" BOOLEAN NOT NULL DEFAULT true,
    "misconceptions" TEXT[],
    "answered_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "revision" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "response_pkey" PRIMARY KEY ("attempt_id","question_version_id")
);

-- CreateTable
CREATE TABLE "mistake" (
    "member_id" INTEGER NOT NULL,
    "question_id" TEXT NOT NULL,
    "rules" TEXT[],
    "misconception" TEXT,
    "wrong_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "right_count" INTEGER NOT NULL DEFAULT 0,
    "cleared_at" TIMESTAMP(3),

    CONSTRAINT "mistake_pkey" PRIMARY KEY ("member_id","question_id")
);

-- CreateTable
CREATE TABLE "api_token" (
    "id" SERIAL NOT NULL,
    "name" TEXT NOT NULL,
    "token_hash" TEXT NOT NULL,
    "member_id" INTEGER NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "revoked_at" TIMESTAMP(3),
    "last_used_at" TIMESTAMP(3),

    CONSTRAINT "api_token_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "question_module_slug_status_idx" ON "question"("module_slug", "status");

-- CreateIndex
CREATE INDEX "question_version_rules_idx" ON "question_version" USING GIN ("rules");

-- CreateIndex
CREATE UNIQUE INDEX "question_version_question_id_version_key" ON "question_version"("question_id", "version");

-- CreateIndex
CREATE UNIQUE INDEX "attempt_public_id_key" ON "attempt"("public_id");

-- CreateIndex
CREATE UNIQUE INDEX "attempt_open_key_key" ON "attempt"("open_key");

-- CreateIndex
CREATE INDEX "attempt_member_id_quiz_id_started_at_idx" ON "attempt"("member_id", "quiz_id", "started_at");

-- CreateIndex
CREATE INDEX "attempt_quiz_id_status_idx" ON "attempt"("quiz_id", "status");

-- CreateIndex
CREATE INDEX "response_question_version_id_idx" ON "response"("question_version_id");

-- CreateIndex
CREATE INDEX "mistake_member_id_cleared_at_idx" ON "mistake"("member_id", "cleared_at");

-- CreateIndex
CREATE UNIQUE INDEX "api_token_token_hash_key" ON "api_token"("token_hash");

-- AddForeignKey
ALTER TABLE "question_version" ADD CONSTRAINT "question_version_question_id_fkey" FOREIGN KEY ("question_id") REFERENCES "question"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "attempt" ADD CONSTRAINT "attempt_quiz_id_fkey" FOREIGN KEY ("quiz_id") REFERENCES "quiz"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "response" ADD CONSTRAINT "response_attempt_id_fkey" FOREIGN KEY ("attempt_id") REFERENCES "attempt"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
