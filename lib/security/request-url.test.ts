import { expect, test } from "vitest";
import { requestUrlProblem } from "./request-url";

test("security review F10: the URLs that gave 500s are refused with a Chinese reason; ordinary ones pass", () => {
  for (const [path, search] of [
    ["/api/v1/attempts/%FF", ""],
    ["/api/v1/org-units/%E0%A4%A/rollup", ""],
    ["/verify/%FF", ""],
    ["/learn/red-lines/%E0%A4%A", ""],
    ["/rules/%00", ""],
    ["/search", "?q=%00"],
    ["/admin/audit", "?actor=a%00b"],
    ["/admin/members", "?%00=1"],
  ]) {
    expect(requestUrlProblem(path, search), path + search).toMatch(/[\u4e00-\u9fff]/);
  }
  for (const [path, search] of [
    ["/", ""],
    ["/search", "?q=%E7%BA%A2%E5%8C%85"],
    ["/rules/V1", ""],
    ["/branch", "?unit=3&a=1"],
    ["/api/v1/attempts/abc_-1", ""],
    ["/search", "?q=%"], // a lone % in the query decodes leniently: harmless text
  ]) {
    expect(requestUrlProblem(path, search), path + search).toBeNull();
  }
});
