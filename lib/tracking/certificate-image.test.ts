import { expect, test } from "vitest";
import { CERTIFICATE_IMAGE, renderCertificateImage, renderReportImage } from "./certificate-image";

test("the certificate image is a PNG of the promised size, rendered without a browser", async () => {
  const started = performance.now();
  const res = renderCertificateImage(
    {
      code: "7K3M-Q9PX-2HRT",
      memberName: "张三",
      unitName: "测试党支部",
      courseTitle: "微信使用规范",
      completedAt: new Date("2026-12-02T02:00:00Z"),
      score: 92,
    },
    "https://weguide.example/verify/7K3M-Q9PX-2HRT",
  );
  const png = Buffer.from(await res.arrayBuffer());
  console.log(`[certificate-image] ${png.length} bytes in ${Math.round(performance.now() - started)} ms (first render, font load included)`);
  expect(res.headers.get("content-type")).toBe("image/png");
  expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  expect(png.readUInt32BE(16)).toBe(CERTIFICATE_IMAGE.width);
  expect(png.readUInt32BE(20)).toBe(CERTIFICATE_IMAGE.height);
  // Chinese glyphs drawn from the embedded font make a busy image; tofu boxes or a blank card would be far smaller.
  expect(png.length).toBeGreaterThan(40_000);
}, 60_000);

test("the 学习报告 image, with and without a certificate's 查验码", async () => {
  const r = { name: "张三", unitName: "测试党支部", points: 128, streak: 6, daysPractised: 20, lessonsLearned: 31, day: "2026-12-02" };
  const withCode = Buffer.from(
    await renderReportImage({ ...r, certificateCode: "7K3M-Q9PX-2HRT" }, "https://weguide.example/verify/7K3M-Q9PX-2HRT").arrayBuffer(),
  );
  const without = Buffer.from(await renderReportImage({ ...r, certificateCode: null }, null).arrayBuffer());
  for (const png of [withCode, without]) {
    expect(png.subarray(1, 4).toString()).toBe("PNG");
    expect(png.readUInt32BE(16)).toBe(CERTIFICATE_IMAGE.width);
  }
  expect(withCode.length).toBeGreaterThan(without.length); // the code and the address are drawn
}, 60_000);
