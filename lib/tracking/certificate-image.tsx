/**
 * The certificate as a PNG a cadre can post in his branch's WeChat group (issue 17): rendered on
 * the server by Next's own ImageResponse (satori + resvg, no browser), Noto Sans SC embedded from
 * the npm package as the PDF does, with the 查验码 and the address /verify checks it at.
 */
import { ImageResponse } from "next/og";
import type { ReactNode } from "react";
import type { CertificateRow } from "./certificates";
import { cjkFont } from "./cjk-font";
import { formatChinaDate } from "./time";
import type { LearningReport } from "../daily/report";

export const CERTIFICATE_IMAGE = { width: 1080, height: 1440 } as const;

const RED = "#a51616";

/** What stands below the app's name: a column that takes the rest of the card (satori lays out divs, not fragments). */
const BODY = { display: "flex", flexDirection: "column", alignItems: "center", flexGrow: 1, width: "100%" } as const;

/** The portrait frame both images share: the app's name on top, the content below, as a PNG. */
function card(content: ReactNode): ImageResponse {
  return new ImageResponse(
    <div
      style={{
        width: "100%",
        height: "100%",
        display: "flex",
        flexDirection: "column",
        alignItems: "center",
        background: "#fffdf8",
        border: `16px solid ${RED}`,
        padding: 80,
        fontFamily: "Noto Sans SC",
        color: "#1c1917",
      }}
    >
      <div style={{ fontSize: 40, color: RED, marginTop: 40 }}>微信使用规范学堂</div>
      {content}
    </div>,
    {
      ...CERTIFICATE_IMAGE,
      fonts: [{ name: "Noto Sans SC", data: cjkFont(), weight: 400, style: "normal" }],
      headers: { "Cache-Control": "private, no-store" },
    },
  );
}

/** A portrait card (phones show it full width in a chat): who, what, when, the score and the 查验码. */
export function renderCertificateImage(
  c: Pick<CertificateRow, "code" | "memberName" | "unitName" | "courseTitle" | "completedAt" | "score">,
  verifyUrl: string,
): ImageResponse {
  return card(
    <div style={BODY}>
      <div style={{ fontSize: 96, color: RED, marginTop: 60, letterSpacing: 24 }}>结业证书</div>
      <div style={{ fontSize: 72, marginTop: 100 }}>{c.memberName}</div>
      <div style={{ fontSize: 36, color: "#44403c", marginTop: 20 }}>{c.unitName}</div>
      <div style={{ fontSize: 40, marginTop: 80, textAlign: "center", lineHeight: 1.6 }}>
        {`于 ${formatChinaDate(c.completedAt)} 完成「${c.courseTitle}」的全部学习要求`}
      </div>
      {c.score !== null ? <div style={{ fontSize: 40, marginTop: 20 }}>{`结业考试成绩 ${c.score} 分`}</div> : null}
      <div style={{ flexGrow: 1 }} />
      <div style={{ fontSize: 36, color: "#57534e" }}>{`查验码 ${c.code}`}</div>
      <div style={{ fontSize: 26, color: "#57534e", marginTop: 16 }}>{verifyUrl}</div>
    </div>,
  );
}

/** 学习报告: the cadre's figures as a card for his group, with his latest certificate's 查验码 when he has one. */
export function renderReportImage(r: LearningReport, verifyUrl: string | null): ImageResponse {
  const figures: [string, string][] = [
    ["学习积分", String(r.points)],
    ["连续学习", `${r.streak} 天`],
    ["每日一练", `${r.daysPractised} 天`],
    ["已学课时", `${r.lessonsLearned} 课`],
  ];
  return card(
    <div style={BODY}>
      <div style={{ fontSize: 88, color: RED, marginTop: 50, letterSpacing: 16 }}>学习报告</div>
      <div style={{ fontSize: 64, marginTop: 80 }}>{r.name}</div>
      <div style={{ fontSize: 34, color: "#44403c", marginTop: 16 }}>{r.unitName}</div>
      <div style={{ display: "flex", flexWrap: "wrap", justifyContent: "center", marginTop: 70 }}>
        {figures.map(([label, value]) => (
          <div
            key={label}
            style={{
              display: "flex",
              flexDirection: "column",
              alignItems: "center",
              width: 400,
              margin: 20,
              padding: 30,
              background: "#fef2f2",
              borderRadius: 24,
            }}
          >
            <div style={{ fontSize: 32, color: "#57534e" }}>{label}</div>
            <div style={{ fontSize: 64, marginTop: 10 }}>{value}</div>
          </div>
        ))}
      </div>
      <div style={{ flexGrow: 1 }} />
      <div style={{ fontSize: 30, color: "#57534e" }}>{`截至 ${r.day}`}</div>
      {r.certificateCode && verifyUrl ? (
        <div style={{ display: "flex", flexDirection: "column", alignItems: "center", marginTop: 16 }}>
          <div style={{ fontSize: 36, color: "#57534e" }}>{`结业证书查验码 ${r.certificateCode}`}</div>
          <div style={{ fontSize: 26, color: "#57534e", marginTop: 12 }}>{verifyUrl}</div>
        </div>
      ) : null}
    </div>,
  );
}
