import { expect, test } from "vitest";
import { ZMemberListQuery } from "./state";

test("the member list query: empty fields are unset, junk falls back to defaults", () => {
  expect(ZMemberListQuery.parse({ state: "", minScore: "", maxScore: "", overdue: "", sort: "", dir: "" })).toEqual({ sort: "state", dir: "asc", page: 1 });
  expect(
    ZMemberListQuery.parse({ state: "completed", minScore: "60", maxScore: "100", overdue: "1", talk: "1", sort: "score", dir: "desc", page: "3" }),
  ).toEqual({
    state: "completed",
    minScore: 60,
    maxScore: 100,
    overdue: "1",
    talk: "1",
    sort: "score",
    dir: "desc",
    page: 3,
  });
  expect(ZMemberListQuery.parse({ state: "hacked", minScore: "abc", sort: "password", page: "-1" })).toEqual({ sort: "state", dir: "asc", page: 1 });
});
