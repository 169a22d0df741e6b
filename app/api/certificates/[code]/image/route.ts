import { guardedRoute } from "@/lib/auth/guard";
import { db } from "@/lib/db/client";
import { certificateForViewer } from "@/lib/tracking/certificates";
import { renderCertificateImage } from "@/lib/tracking/certificate-image";

/** The certificate as a PNG to post in a group chat: the holder's own, or one in the caller's scope (else 404). */
export const GET = guardedRoute({ permission: "learn" }, async ({ viewer, params, req }) => {
  const cert = await certificateForViewer(db(), viewer, params.code ?? "");
  return renderCertificateImage(cert, new URL(`/verify/${cert.code}`, req.url).toString());
});
