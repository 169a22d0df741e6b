/**
 * The certificate as a PDF, rendered on demand with pdfkit and Noto Sans SC embedded (subset) from
 * the npm package — no downloads, no system fonts. Its own module because pdfkit and fontkit cost a
 * process ~30 MB resident once loaded (docs/scaling.md, thirteenth round), and certificates.ts is
 * imported by what runs on every answer saved (aggregates.ts issues certificates on completion) and
 * by /record and /verify: they never load them; only the PDF route does.
 */
import PDFDocument from "pdfkit";
import type { CertificateRow } from "./certificates";
import { cjkFont } from "./cjk-font";
import { formatChinaDate } from "./time";

/** An A4 landscape certificate. Text is real text (subset font), so it can be searched and read aloud. */
export async function renderCertificatePdf(
  c: Pick<CertificateRow, "code" | "memberName" | "unitName" | "courseTitle" | "completedAt" | "score">,
  verifyUrl: string,
): Promise<Buffer> {
  const doc = new PDFDocument({
    size: "A4",
    layout: "landscape",
    margin: 56,
    info: { Title: `结业证书 ${c.code}`, Author: "微信使用规范学堂", Subject: c.courseTitle },
  });
  const chunks: Buffer[] = [];
  doc.on("data", (b: Buffer) => chunks.push(b));
  const finished = new Promise<void>((resolve, reject) => {
    doc.on("end", () => resolve());
    doc.on("error", reject);
  });
  doc.registerFont("cjk", cjkFont());
  const { width, height } = doc.page;
  const red = "#a51616";
  doc
    .lineWidth(3)
    .strokeColor(red)
    .rect(28, 28, width - 56, height - 56)
    .stroke();
  doc
    .lineWidth(1)
    .rect(36, 36, width - 72, height - 72)
    .stroke();
  doc.font("cjk").fillColor(red).fontSize(40).text("结 业 证 书", 0, 96, { align: "center", width });
  doc.fillColor("#1c1917").fontSize(20).text(c.memberName, 0, 180, { align: "center", width });
  doc.fontSize(14).fillColor("#44403c").text(c.unitName, 0, 214, { align: "center", width });
  doc.fontSize(16).fillColor("#1c1917");
  doc.text(`于 ${formatChinaDate(c.completedAt)} 完成「${c.courseTitle}」的全部学习要求，`, 72, 262, { align: "center", width: width - 144 });
  doc.text(c.score === null ? "特发此证。" : `结业考试成绩 ${c.score} 分，特发此证。`, 72, doc.y + 6, { align: "center", width: width - 144 });
  doc
    .fontSize(12)
    .fillColor("#57534e")
    .text(`证书编号：${c.code}`, 0, height - 150, { align: "center", width });
  doc.text(`查验地址：${verifyUrl}`, 0, height - 128, { align: "center", width });
  doc
    .fontSize(14)
    .fillColor(red)
    .text("微信使用规范学堂", width - 300, height - 100, { width: 220, align: "right" });
  doc.end();
  await finished;
  return Buffer.concat(chunks);
}
