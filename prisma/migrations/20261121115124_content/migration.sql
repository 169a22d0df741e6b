-- CreateTable
CREATE TABLE "rule" (
    "code" TEXT NOT NULL,
    "group" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "summary" TEXT NOT NULL,
    "quote" TEXT NOT NULL,
    "citation" JSONB NOT NULL,
    "keywords" TEXT[],
    "position" INTEGER NOT NULL,
    "search_text" TEXT NOT NULL,
    "content_hash" TEXT NOT NULL,
    "archived_at" TIMESTAMP(3),
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "rule_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "case_study" (
    "code" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "facts" TEXT NOT NULL,
    "outcome" TEXT NOT NULL,
    "positive" BOOLEAN NOT NULL,
    "rules" TEXT[],
    "citation" JSONB NOT NULL,
    "search_text" TEXT NOT NULL,
    "content_hash" TEXT NOT NULL,
    "archived_at" TIMESTAMP(3),
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "case_study_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "course" (
    "id" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "content_hash" TEXT NOT NULL,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "course_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "course_module" (
    "slug" TEXT NOT NULL,
    "course_id" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "summary" TEXT NOT NULL,
    "archived_at" TIMESTAMP(3),

    CONSTRAINT "course_module_pkey" PRIMARY KEY ("slug")
);

-- CreateTable
CREATE TABLE "lesson" (
    "id" TEXT NOT NULL,
    "module_slug" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "rules" TEXT[],
    "cases" TEXT[],
    "body" JSONB NOT NULL,
    "reading_minutes" INTEGER NOT NULL,
    "search_text" TEXT NOT NULL,
    "content_hash" TEXT NOT NULL,
    "archived_at" TIMESTAMP(3),
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "lesson_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "lesson_progress" (
    "member_id" INTEGER NOT NULL,
    "lesson_id" TEXT NOT NULL,
    "started_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "last_seen_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "completed_at" TIMESTAMP(3),

    CONSTRAINT "lesson_progress_pkey" PRIMARY KEY ("member_id","lesson_id")
);

-- CreateIndex
CREATE INDEX "course_module_course_id_position_idx" ON "course_module"("course_id", "position");

-- CreateIndex
CREATE INDEX "lesson_module_slug_position_idx" ON "lesson"("module_slug", "position");

-- CreateIndex
CREATE INDEX "lesson_rules_idx" ON "lesson" USING GIN ("rules");

-- CreateIndex
CREATE INDEX "lesson_progress_member_id_last_seen_at_idx" ON "lesson_progress"("member_id", "last_seen_at");

-- AddForeignKey
ALTER TABLE "course_module" ADD CONSTRAINT "course_module_course_id_fkey" FOREIGN KEY ("course_id") REFERENCES "course"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "lesson" ADD CONSTRAINT "lesson_module_slug_fkey" FOREIGN KEY ("module_slug") REFERENCES "course_module"("slug") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "lesson_progress" ADD CONSTRAINT "lesson_progress_lesson_id_fkey" FOREIGN KEY ("lesson_id") REFERENCES "lesson"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
