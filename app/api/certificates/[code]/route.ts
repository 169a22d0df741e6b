import { guardedRoute } from "@/lib/auth/guard";
import { db } from "@/lib/db/client";
import { renderCertificatePdf } from "@/lib/tracking/certificate-pdf";
import { certificateForViewer } from "@/lib/tracking/certificates";

/** The certificate PDF: the holder's own, or a member's in the caller's scope (else 404). */
export const GET = guardedRoute({ permission: "learn" }, async ({ viewer, params, req }) => {
  const cert = await certificateForViewer(db(), viewer, params.code ?? "");
  const pdf = await renderCertificatePdf(cert, new URL(`/verify/${cert.code}`, req.url).toString());
  return new Response(new Uint8Array(pdf), {
    headers: {
      "Content-Type": "application/pdf",
      "Content-Disposition": `inline; filename="certificate-${cert.code}.pdf"; filename*=UTF-8''${encodeURIComponent(`结业证书-${cert.memberName}-${cert.code}.pdf`)}`,
      "Cache-Control": "private, no-store",
    },
  });
});
