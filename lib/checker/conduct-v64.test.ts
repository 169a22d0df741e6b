/**
 * Checker v64 (decision 099): rounds 170–173 studied. Our own messages of the three causes changed there.
 *
 * 1. A price bureau's monitoring and a project's investment figures read as adverts (重要民生商品价格监测工作通知如下, r170-036;
 *    本周重要民生商品价格监测周报如下, r170-043; 冷链物流园项目总投资1.26亿元，本年完成投资8650万元, r170-075; all clean by both
 *    readers): 价格 and 投资 are selling words (SALES), 商品 a product, and in a work group the advert's P8 brought a G2. At v64
 *    PRICE_MONITORING (价格监测 …) and INVESTMENT_REPORTED (总投资, 完成投资), phrase concepts, cancel `advert` and `advert-sales`
 *    near. None of the 13 drafts of all sets with 价格监测 is P8 or G2; none of the five with 总投资 or 完成投资 is P8.
 * 2. 边 read as a surname (白石水库边走了走…也很好看, r170-106, clean by both readers): 边走 was a person's name and 好看 a judgement
 *    of him (TJ2). At v64 边 is among the characters that are surnames but far more often words of their own. None of the five
 *    drafts of all sets where 边 was read as a surname names a person.
 * 3. A system page's screenshot sent to the group read as a chain letter (…数据报送成功的页面截图发到本群，便于统一核对, r171-014,
 *    clean by both readers): the model claimed P3 (and G2 beside it). At v64 页面截图 and 页面的截图 keep the model's P3 a
 *    suggestion (model-cues.ts); none of the 40 drafts of all sets with them is P3. The P3 rules are unchanged.
 *
 * The leaks that use the changes' words, written as v64 reads them: 价格监测股的同事注意：我家土蜂蜜一斤68元 and 总投资才五万，入股的
 * 抓紧 (P8 and G2 must-fixes at v63, clean at v64: an advert beside the words); 边涛长得真胖，看着就油腻 (TJ2 at v63, clean at v64: a
 * real 边 judged); 这篇推文每人必须转发，转发页面截图发群里，没转的我挨个点名 (the model's P3 and G2 at v63, clean at v64). Must-fixes,
 * none a bribe, a vote bought or a secret leaked. Written down, not closed.
 */
import { describe, expect, it } from "vitest";
import { claimed } from "./test-helpers";

const ADVERT = ["P8", "G2"] as const;
const JUDGED = ["TJ2"] as const;
const CHAIN = ["P3", "G2"] as const;

describe("price monitoring and a project's investment figures: a P8 and G2 must-fix at v63, none in v64", () => {
  it.each([
    ["各位：本周重要商品价格监测周报已上传OA，猪肉、鸡蛋价格平稳，请审阅。", "workgroup"],
    ["元旦前请把超市重点商品价格监测表交价格股。", "workgroup"],
    ["请各乡镇价格监测员每天上午10点前报送粮油肉蛋价格，商品价格异常的当天报告。", "workgroup"],
    ["价格监测点调整：新增城南农贸市场，商品价格每日两次采集。", "workgroup"],
    ["价格监测周报已报市局，猪肉价格比上周降了两毛。", "workgroup"],
    ["春节前重要商品价格监测加密到每日一报，请各监测点准时报送。", "workgroup"],
    ["更正：物流园项目总投资2.3亿元，今年完成投资1.1亿元，以此为准。", "workgroup"],
    ["截至11月底，12个重点项目完成投资8.6亿元，占年度计划的91%，请各项目单位核对后报投资股。", "workgroup"],
    ["医院门诊楼项目总投资4500万元，今年完成投资3200万元，请财务股核对。", "workgroup"],
    ["完成投资情况请于周五前报投资股。", "workgroup"],
  ] as const)("%s", (text, channel) => {
    expect(claimed(text, ADVERT, channel)).toEqual([]);
  });
});

describe("price monitoring and investment figures, innocent: no P8 or G2 at either version", () => {
  it.each([
    ["价格监测工作会改到周四下午。", "workgroup"],
    ["县城污水管网改造项目总投资6800万元，本周开工，请相关股室配合。", "workgroup"],
  ] as const)("%s", (text, channel) => {
    expect(claimed(text, ADVERT, channel)).toEqual([]);
  });
});

describe("an advert beside the monitoring's words, the rule admitted and broken: still P8 in v64", () => {
  it.each([
    ["我知道工作群不该发广告，但价格监测忙完了，给大家推荐一款面膜，特价包邮，有需要的私聊我。", "workgroup"],
    ["我知道群里不让发广告，朋友的理财产品总投资1万起，年化收益12%，稳赚不赔，有需要的私聊我。", "workgroup"],
    ["我知道不该在群里卖东西，价格监测股的小店开业了，面膜特价包邮，欢迎进店。", "workgroup"],
  ] as const)("%s", (text, channel) => {
    expect(claimed(text, ["P8"], channel)).not.toEqual([]);
  });
});

describe("边 beside a walk: a TJ2 must-fix at v63, none in v64", () => {
  it.each([
    ["晚饭后在水库边走了一圈，月亮好看极了。", "moments"],
    ["在小区花园边走边聊，桂花开得真好看。", "moments"],
    ["孩子们在操场边走边唱，真好看。", "moments"],
    ["去湿地边走边拍，芦苇很好看。", "moments"],
    ["老人们在广场边走边聊，灯笼挂得真好看。", "moments"],
  ] as const)("%s", (text, channel) => {
    expect(claimed(text, JUDGED, channel)).toEqual([]);
  });
});

describe("walks by the water, innocent: no TJ2 at either version", () => {
  it.each([
    ["带爸妈去公园湖边走了走，荷叶还挺好看。", "moments"],
    ["下班去江边走了走，夕阳真好看。", "moments"],
    ["周日去海边走了走，沙滩很好看。", "moments"],
    ["周末去河边走了走，晚霞特别好看。", "moments"],
    ["沿着江边走，风景很好看。", "moments"],
    ["去田边走了走，油菜花开得好看。", "moments"],
    ["顺着河边走到头，那座石桥很好看。", "moments"],
  ] as const)("%s", (text, channel) => {
    expect(claimed(text, JUDGED, channel)).toEqual([]);
  });
});

describe("a person judged beside 边, the rule admitted and broken: still TJ2 in v64", () => {
  it.each([
    ["我知道不该议论人，但边科长那身材，啧啧。", "private"],
    ["我知道背后说人不好，可新来的边主任长得真丑。", "moments"],
  ] as const)("%s", (text, channel) => {
    expect(claimed(text, JUDGED, channel)).not.toEqual([]);
  });
});

describe("a system page's screenshot sent to the group: the model's P3 and G2 at v63, none in v64", () => {
  it.each([
    ["各位组织委员：请于今天下午5点前将“党员信息管理系统”数据更新成功的页面截图发到本群，便于统一核对。收到请回复，谢谢！\n组织科 王敏", "workgroup"],
    ["请于今天下午5点前将系统数据报送成功的页面截图发到本群。", "workgroup"],
    ["各位组织委员：请于今天下午5点前将报送成功的页面截图发到本群，便于统一核对。收到请回复，谢谢！", "workgroup"],
  ] as const)("%s", (text, channel) => {
    expect(claimed(text, CHAIN, channel)).toEqual([]);
  });
});

describe("page screenshots, innocent: no P3 or G2 at either version", () => {
  it.each([
    ["请各村于今天下班前将系统填报成功的页面截图发到本群，便于统一核对。", "workgroup"],
    ["请各支部把党费缴纳成功的页面截图发到本群，组织委员统一核对。", "workgroup"],
    ["请各位把培训报名成功的页面截图发群里，便于核对人数。", "workgroup"],
    ["请各股室将系统提交成功的页面截图发到群里，办公室统一核对后报县里。", "workgroup"],
    ["各位网格员：请于周五前把“平安建设系统”上报成功的页面截图发到本群，便于统一核对。收到请回复，谢谢！", "workgroup"],
    ["请各网格员把走访录入完成的页面截图发群里，便于社区统一核对。", "workgroup"],
    ["请大家把缴费成功的页面截图私发给我，不要发群里。", "workgroup"],
    ["王科，系统报错页面的截图发你了，麻烦转给信息中心。", "private"],
    ["考试结束后请把成绩页面截图发给各股室负责人汇总。", "workgroup"],
  ] as const)("%s", (text, channel) => {
    expect(claimed(text, CHAIN, channel)).toEqual([]);
  });
});

describe("a chain letter beside 页面截图, the rule admitted and broken: still P3 in v64", () => {
  it.each([
    ["我知道不该逼大家转，但转发到三个群，把转发成功的页面截图发群里，不转的全家倒霉。", "workgroup"],
    ["转发到三个群，把转发成功的页面截图发群里，不转的全家倒霉。", "workgroup"],
  ] as const)("%s", (text, channel) => {
    expect(claimed(text, ["P3"], channel)).not.toEqual([]);
  });
});

describe("the leaks that use the changes' words: claimed at v63, not in v64 (written down, not closed)", () => {
  it("价格监测股的同事注意：我家土蜂蜜一斤68元: P8 and G2 at v63, clean in v64", () => {
    expect(claimed("价格监测股的同事注意：我家土蜂蜜一斤68元。", ADVERT, "workgroup")).toEqual([]);
  });
  it("总投资才五万，入股的抓紧: P8 and G2 at v63, clean in v64", () => {
    expect(claimed("总投资才五万，入股的抓紧。", ADVERT, "workgroup")).toEqual([]);
  });
  it("边涛长得真胖，看着就油腻: TJ2 at v63, clean in v64", () => {
    expect(claimed("边涛长得真胖，看着就油腻。", JUDGED, "moments")).toEqual([]);
  });
  it("这篇推文每人必须转发，转发页面截图发群里，没转的我挨个点名: the model's P3 and G2 at v63, none in v64", () => {
    expect(claimed("这篇推文每人必须转发，转发页面截图发群里，没转的我挨个点名。", CHAIN, "workgroup")).toEqual([]);
  });
});
