-- AlterTable
ALTER TABLE "auth_session" ADD COLUMN     "identity_id" INTEGER;

-- CreateTable
CREATE TABLE "member_identity" (
    "id" SERIAL NOT NULL,
    "member_id" INTEGER NOT NULL,
    "issuer" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "claim" TEXT NOT NULL,
    "claim_value" TEXT NOT NULL,
    "linked_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "last_sign_in_at" TIMESTAMP(3),

    CONSTRAINT "member_identity_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "member_identity_issuer_subject_key" ON "member_identity"("issuer", "subject");

-- CreateIndex
CREATE UNIQUE INDEX "member_identity_member_id_issuer_key" ON "member_identity"("member_id", "issuer");

-- CreateIndex
CREATE INDEX "auth_session_identity_id_idx" ON "auth_session"("identity_id");

-- AddForeignKey
ALTER TABLE "auth_session" ADD CONSTRAINT "auth_session_identity_id_fkey" FOREIGN KEY ("identity_id") REFERENCES "member_identity"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "member_identity" ADD CONSTRAINT "member_identity_member_id_fkey" FOREIGN KEY ("member_id") REFERENCES "member"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
