import { beforeAll, expect, test } from "vitest";
import * as certificateRoute from "@/app/api/certificates/[code]/route";
import { issueToken } from "../api/tokens";
import { db } from "../db/client";
import { createMember } from "../org/members";
import { TEST_PASSWORD, makeMember, makeTree } from "../test/factories";
import { renderCertificatePdf } from "./certificate-pdf";
import { certificateForViewer, normalizeCode, verifyCertificate } from "./certificates";
import { extractPdfText } from "../test/pdf-text";
import { committeeStudy, learnLessons, setupCourse, sitQuiz } from "../test/tracking";

beforeAll(async () => {
  await setupCourse(db());
});

async function completedMember() {
  const d = db();
  const t = await makeTree(d);
  const admin = await makeMember(d, t.committee, "ADMIN");
  const m = await createMember(d, {
    username: `cert${Date.now()}${Math.random().toString(36).slice(2, 6)}`,
    name: "欧阳晓东",
    role: "CADRE",
    unitId: t.branchA.id,
    password: TEST_PASSWORD,
  });
  const a = await committeeStudy(d, t, admin, { dueIn: 7 });
  await learnLessons(d, m.id);
  await sitQuiz(d, m.id);
  const cert = await d.prisma.certificate.findUniqueOrThrow({ where: { assignmentId_memberId: { assignmentId: a.id, memberId: m.id } } });
  return { d, t, admin, m, a, cert };
}

test("the PDF is a real PDF with the CJK font embedded and says who, where, what, when, the score and the code", async () => {
  const { cert } = await completedMember();
  const pdf = await renderCertificatePdf(cert, `https://weguide.example/verify/${cert.code}`);
  expect(pdf.subarray(0, 5).toString("latin1")).toBe("%PDF-");
  expect(pdf.subarray(-6).toString("latin1")).toContain("%%EOF");
  const raw = pdf.toString("latin1");
  expect(raw).toMatch(/\/FontFile2/); // the TrueType program is embedded...
  expect(raw).toMatch(/\/BaseFont \/[A-Z]{6}\+NotoSansSC/); // ...as a subset of Noto Sans SC
  const text = extractPdfText(pdf);
  expect(text).toContain("结 业 证 书");
  expect(text).toContain("欧阳晓东");
  expect(text).toContain("甲支部");
  expect(text).toContain("公职人员微信使用规范");
  expect(text).toContain("结业考试成绩 100 分");
  expect(text).toContain(cert.code);
  expect(text).toContain(`https://weguide.example/verify/${cert.code}`);
  expect(pdf.length).toBeLessThan(1_000_000); // a subset, not the 10 MB font
});

test("verification by code confirms the snapshot and nothing else; codes are forgiving to type; unknown ones are not found", async () => {
  const { d, cert, m } = await completedMember();
  const v = await verifyCertificate(d, cert.code);
  expect(v).toEqual({ code: cert.code, memberName: "欧阳晓东", unitName: "甲支部", courseTitle: cert.courseTitle, completedAt: cert.completedAt, score: 100 });
  expect(Object.keys(v!)).not.toContain("memberId");
  expect(await verifyCertificate(d, cert.code.toLowerCase().replace(/-/g, " "))).toMatchObject({ code: cert.code });
  expect(normalizeCode("0o1l-iiii-2222")).toBe("0011-1111-2222");
  expect(await verifyCertificate(d, "ZZZZ-ZZZZ-ZZZZ")).toBeNull();
  expect(await verifyCertificate(d, "'; DROP TABLE certificate; --")).toBeNull();
  // A rename later does not change what the certificate says.
  await d.prisma.member.update({ where: { id: m.id }, data: { name: "改名后" } });
  expect((await verifyCertificate(d, cert.code))!.memberName).toBe("欧阳晓东");
});

test("the PDF route serves the holder and his secretaries in scope; anyone else gets 404", async () => {
  const { d, t, admin, m, cert } = await completedMember();
  const secA = await makeMember(d, t.branchA, "SECRETARY");
  const secB = await makeMember(d, t.branchB, "SECRETARY");
  const peer = await makeMember(d, t.branchA);
  const token = async (username: string) => (await issueToken(d, admin, { name: "t", username })).token;
  const get = async (username: string, code = cert.code) => {
    const res = await certificateRoute.GET(
      new Request(`http://localhost/api/certificates/${code}`, { headers: { authorization: `Bearer ${await token(username)}` } }),
      {
        params: Promise.resolve({ code }),
      },
    );
    return res;
  };
  const own = await get(m.username);
  expect(own.status).toBe(200);
  expect(own.headers.get("content-type")).toBe("application/pdf");
  expect(extractPdfText(Buffer.from(await own.arrayBuffer()))).toContain("欧阳晓东");
  expect((await get(secA.username)).status).toBe(200);
  expect((await get(secB.username)).status).toBe(404);
  expect((await get(peer.username)).status).toBe(404);
  expect((await get(m.username, "AAAA-BBBB-CCCC")).status).toBe(404);
  await expect(certificateForViewer(d, { id: peer.id, role: "CADRE", unitId: t.branchA.id }, cert.code)).rejects.toThrow();
});
