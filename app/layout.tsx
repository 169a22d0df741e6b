import type { Metadata, Viewport } from "next";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "微信使用规范学堂", template: "%s · 微信使用规范学堂" },
  description: "公职人员微信使用规范培训与自测",
};

export const viewport: Viewport = { width: "device-width", initialScale: 1, themeColor: "#a51616" };

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="zh-CN">
      <body className="min-h-dvh">
        <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:bg-white focus:p-2">
          跳到主要内容
        </a>
        {children}
      </body>
    </html>
  );
}
