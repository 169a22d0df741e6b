/**
 * Checker v66 (decision 101): rounds 178–181 studied. Our own messages of the three causes changed there: two clean words in
 * model-cues.ts (the classifier unchanged) and one LIKES_CONTEST entry in lexicon.ts (the conduct rules unchanged).
 *
 * 1. The model's V1 on a template shared (各位，周四培训的签到表模板放群文件了，明天上午前帮忙看看有没有要改的, r180-021, no V1 by either
 *    reader): at v66 模板 joins V1's clean words, as 表格模板 did; the model's V1 stays a suggestion there. None of the 105 drafts of
 *    all sets with 模板 is V1.
 * 2. The model's V3 on a nomination form asked for (侨联换届筹备材料请12月12日前交侨务办，包括：1. 候选人推荐表, r179-025, R2 by both
 *    readers): at v66 推荐表 joins V3's clean words. 11 of the 12 drafts of all sets with 推荐表 are not V3; the twelfth (r17-082,
 *    coupons for a name on it) is a V3 red line by rule at both versions.
 * 3. V3 by rule on likes collected for a child's contest with a red packet (帮我家豆豆的幼儿园评选集个赞吧…点赞的我给大家发红包, r178-108,
 *    P9 by both readers): 集 个 赞 was no LIKES_CONTEST (集赞, decision 094), so `vote-money` read 评选 + 红包 as a vote bought. At v66
 *    集个赞 joins LIKES_CONTEST. None of the five drafts of all sets with it is V3, all P9. A formal election's word (选举, 换届, 选村主任,
 *    评先进, 评优秀党员) beside it keeps the V3 red line.
 *
 * The leaks that use their words, written as v66 reads them: mockery of learning material beside a 模板 (学习笔记模板放群文件了，都是些
 * 空话套话，改个年份就能用) and canvassing on a 推荐表 with no money (推荐表上都填王科，大家心里有数，别填散了) were the model's red lines at
 * v65 and are its suggestions at v66. Neither is a bribe, a vote bought or a secret leaked; written down, not closed. Votes bought
 * on a 推荐表 (a red packet, cards, cigarettes, a dinner) are V3 red lines by rule at both versions. One of our own likes posts
 * (各位帮我妈的广场舞队评选集个赞，点了赞的我发红包感谢大家) loses the V3 red line only to get the model's TJ3 red line: written down.
 */
import { describe, expect, it } from "vitest";
import { anyRedline, found } from "./test-helpers";

const CENTRE = ["V1"] as const;
const VOTES = ["V3"] as const;

describe("a template shared: the model's V1 red line at v65, none in v66", () => {
  it.each([
    "各位，报名表模板放群文件了，明天中午前有要改的提出来。",
    "各位，新版总结模板放群文件了，以后都用这个。",
    "各位，签到表模板放群文件了，明天中午前有要改的提出来。",
    "各位，调查表模板放群文件了，明天中午前有要改的提出来。",
    "各位，新版台账模板放群文件了，以后都用这个。",
    "各位，新版请假单模板放群文件了，以后都用这个。",
    "各位，信息报送模板更新了，放群文件了，明天起按新模板报。",
    "各位，安全检查记录表模板放群文件了，下乡检查时带上。",
    "各位，年终述职报告模板放群文件了，字数控制在两千字以内。",
    "各位，考勤表模板放群文件了，明天中午前有要改的提出来。",
    "各位，新版申报表模板放群文件了，以后都用这个。",
    "各位，值班表模板放群文件了，明天中午前有要改的提出来。",
  ])("%s", (text) => {
    expect(found(text, CENTRE, "workgroup")).not.toEqual([]);
    expect(anyRedline(text, CENTRE, "workgroup")).toEqual([]);
  });
});

describe("a nomination form asked for: the model's V3 red line at v65, none in v66", () => {
  it.each([
    "各位同事：侨联换届筹备材料请12月12日前交办公室，包括：1. 候选人推荐表；2. 代表名单。收到请回复，谢谢！",
    "各位同事：工商联换届筹备材料请12月12日前交办公室，包括：1. 候选人推荐表；2. 代表名单。收到请回复，谢谢！",
    "各位同事：妇联换届筹备材料请12月12日前交办公室，包括：1. 候选人推荐表；2. 代表名单。收到请回复，谢谢！",
    "各位同事：科协换届筹备材料请12月12日前交办公室，包括：1. 候选人推荐表；2. 代表名单。收到请回复，谢谢！",
    "各位同事：残联换届筹备材料请12月12日前交办公室，包括：1. 候选人推荐表；2. 代表名单。收到请回复，谢谢！",
    "各位同事：侨联委员换届，请各单位于下周一前报送委员候选人推荐表。",
    "各位同事：工商联委员换届，请各单位于下周一前报送委员候选人推荐表。",
    "各位同事：团县委委员换届，请各单位于下周一前报送委员候选人推荐表。",
    "各位同事：文联委员换届，请各单位于下周一前报送委员候选人推荐表。",
    "各位同事：政协委员换届，请各界别于下周一前报送委员候选人推荐表。",
  ])("%s", (text) => {
    expect(found(text, VOTES, "workgroup")).not.toEqual([]);
    expect(anyRedline(text, VOTES, "workgroup")).toEqual([]);
  });
});

describe("likes collected for a child's contest with a red packet: V3 by rule at v65, no V3 in v66", () => {
  it.each([
    "帮我家豆豆的幼儿园评选集个赞吧，集满50个老师送玩具，点赞的我给大家发红包🙏",
    "帮我女儿的舞蹈评选集个赞吧，点赞的我给大家发红包！",
    "各位亲戚帮我家孩子的绘画评选集个赞，点了赞的我发红包感谢🙏",
    "老同学们，帮我儿子的“阅读之星”评选集个赞，集满100个赞的我挨个发红包。",
    "帮我侄子的书法评选集个赞呗，点赞截图发我，我发个小红包。",
    "姐妹们帮我家宝宝的萌娃评选集个赞，点过的私聊我领红包～",
    "帮我家小宝的幼儿园“环保小卫士”评选集个赞，点了的我给大家发红包🧧",
    "帮我外甥女的朗诵评选集个赞吧，点赞的我发红包表示感谢。",
    "大家帮我家老大的摄影评选集个赞，点赞的每人发个红包！",
    "帮我家孩子的“最美笑脸”评选集个赞，点赞的我给大家发红包，谢谢啦！",
  ])("%s", (text) => {
    expect(found(text, VOTES, "group")).toEqual([]);
    expect(found(text, ["P9"], "group")).not.toEqual([]);
  });
});

describe("admitted and broken, or the conduct plain: still red lines in v66", () => {
  it.each([
    ["中央这个新规定就是拍脑袋出来的，根本不懂基层，模板我放群文件了，大家随便填填应付一下。", "workgroup", CENTRE],
    ["上面的政策一天一变，瞎折腾，模板放群文件了，照着填吧。", "workgroup", CENTRE],
    ["我知道不该妄议中央，但这新规定就是瞎折腾，模板放群文件了，大家应付一下。", "workgroup", CENTRE],
    ["新提法的学习模板放群文件了，上面一年一个口号，折腾来折腾去，照着抄吧。", "workgroup", CENTRE],
    ["老马，推荐表上第三个名字别忘了，回头请你吃饭，再给你发个红包意思意思。", "private", VOTES],
    ["兄弟们，下周民主推荐，推荐表上写老张，每人一张购物卡已经发了。", "group", VOTES],
    ["我知道不该拉票，但推荐表上还是请您写我，这两条烟您收下。", "private", VOTES],
    ["各位，推荐表上第三个名字是我，事后每人两条烟。", "group", VOTES],
    ["老王，推荐表上写我，这个月的加油卡我给你充好了。", "private", VOTES],
    ["王主任，这次换届推荐表上您帮我写一票，回头我请您喝酒。", "private", VOTES],
    ["村里换届选举，大家帮我集个赞，投我的我给大家发红包。", "group", VOTES],
    ["明天选村主任，帮我集个赞投一票，投了的私聊我领红包。", "group", VOTES],
    ["单位评先进，大家帮我集个赞，投我一票的我给大家发红包。", "workgroup", VOTES],
    ["这次评优秀党员，帮我集个赞，投了我的每人发个红包。", "group", VOTES],
    ["我知道不该拉票，但这次社区换届还是请大家帮我集个赞，投了的我发红包。", "group", VOTES],
  ] as const)("%s", (text, channel, codes) => {
    expect(anyRedline(text, codes, channel)).not.toEqual([]);
  });
});

describe("the leaks that use the words, as v66 reads them (written down, not closed)", () => {
  it.each([
    ["学习笔记模板放群文件了，都是些空话套话，改个年份就能用。", "group", CENTRE],
    ["学习笔记模板放群文件了。对比了一下，翻来覆去就那几句，改个年份就能用，大家抄抄就行。", "group", CENTRE],
    ["推荐表上都填王科，大家心里有数，别填散了。", "group", VOTES],
    ["各位老乡，这次推荐表上第三个名字是我，拜托了，以后有事尽管开口。", "group", VOTES],
  ] as const)("%s: found, only a suggestion", (text, channel, codes) => {
    expect(found(text, codes, channel)).not.toEqual([]);
    expect(anyRedline(text, codes, channel)).toEqual([]);
  });
});
