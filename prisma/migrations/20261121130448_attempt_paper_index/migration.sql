-- CreateIndex
CREATE INDEX "attempt_paper_idx" ON "attempt" USING GIN ("paper");
