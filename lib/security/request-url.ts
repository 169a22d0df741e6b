/**
 * Whether a request's URL is one the app can read (proxy.ts, security review F10): every path
 * segment decodes as UTF-8, and neither the path nor the query holds a NUL, which PostgreSQL
 * refuses mid-query. Returns what is wrong, in Chinese, or null.
 */
import { storable } from "./storable";

export function requestUrlProblem(pathname: string, search: string): string | null {
  for (const segment of pathname.split("/")) {
    let decoded: string;
    try {
      decoded = decodeURIComponent(segment);
    } catch {
      return "地址中含有无法解码的字符（% 编码不完整或不是 UTF-8）。请检查链接是否完整。";
    }
    if (!storable(decoded)) return "地址中含有无法识别的字符。请检查链接是否完整。";
  }
  if (search) {
    for (const [k, v] of new URLSearchParams(search)) {
      if (!storable(k) || !storable(v)) return "查询参数中含有无法识别的字符（如空字符）。请检查链接是否完整。";
    }
  }
  return null;
}
