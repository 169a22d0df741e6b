/**
 * Causes found across all labelled sets at once (not in one studied pair of rounds), each counted
 * over every draft first: our own messages, each failing with the rule data before the change.
 */
import { describe, expect, it } from "vitest";
import { byRule, mustOrWorse, redline } from "./test-helpers";

describe("XY2: a picture or voice the sender knows is unclear (凑合看, 有点虚, 风声很大)", () => {
  it.each([
    "桥墩现场[图片]，光线不好拍虚了，大家将就看。",
    "我在河堤上，风声很大，语音里说的是水位的事[语音 40″]",
    "刚录的[语音 55″]，路上有点吵，凑合听一下。",
  ])("%s", (text) => {
    expect(byRule(text, "XY2", { channel: "workgroup" })).not.toEqual([]);
  });
});

describe("TJ2: gossip that two persons are intimate, even as hearsay (有点那个, 关系不一般) — decision 056", () => {
  it.each(["听说后勤科那个副科长跟新来的出纳有点那个，好几个人都看出来了。", "据说二中队的老钱跟他们队里那个内勤有点那个，你懂的。"])("%s", (text) => {
    expect(byRule(text, "TJ2", { channel: "group" })).not.toEqual([]);
  });
  it("not 有点那个 said of a thing (这个方案写得有点那个)", () => {
    expect(byRule("这个方案写得有点那个，我再改改。", "TJ2", { channel: "private" })).toEqual([]);
  });
});

describe("TJ2: a leader or colleague sneered at (镀金, 甩锅, 水平就这样) — decision 056", () => {
  it.each([
    ["听说咱们新来的分管副主任就是来基层镀金的，待满一年就回去。", "private"],
    ["今天又挨训了，说到底还是上头甩锅，累死累活的是我们。", "moments"],
    ["你瞧瞧这是他在处室群里的发言[图片]，水平就这样，呵呵", "private"],
  ] as const)("%s", (text, channel) => {
    expect(byRule(text, "TJ2", { channel })).not.toEqual([]);
  });
});

describe("P4: a colleague's depression told to others, even as hearsay (抑郁症) — decision 056", () => {
  it("听说是抑郁症", () => {
    expect(byRule("跟大家说一下，办公室老孙这两周休病假，听说是抑郁症，大家多担待。", "P4", { channel: "workgroup" })).not.toEqual([]);
  });
  it("not one's own (我的抑郁症)", () => {
    expect(byRule("我最近抑郁症复发了，想请两周假调整一下。", "P4", { channel: "private" })).toEqual([]);
  });
});

describe("P4: a person shown round to be known again (认认脸, 认一认) — decision 056", () => {
  it.each(["就是这个男的天天在售楼处闹，照片在这大家认认脸[图片]", "五栋那户的电动车又堵在楼道口了，车牌照片发群里，大家认一认[图片]"])("%s", (text) => {
    expect(byRule(text, "P4", { channel: "group" })).not.toEqual([]);
  });
});

describe("G7: a tangled matter laid out at length in the message (详细说一下, 说下我的看法：第一) — decision 058", () => {
  it.each([
    ["陈主任，水库移民那几户的安置问题我详细说一下，您看看怎么定。", "private"],
    ["关于食堂承包合同到期续签的事，我说下我的看法：第一，租金要重新评估；第二，卫生责任要写清楚。", "workgroup"],
    ["老赵，你那个补助的事我跟你掰扯掰扯，政策有三条，每条都有例外。", "private"],
  ] as const)("%s", (text, channel) => {
    expect(byRule(text, "G7", { channel })).not.toEqual([]);
  });
});

describe("U2: silence taken for receipt or consent in other words (就算通知到了, 我就当您同意了) — decision 058", () => {
  it.each([
    ["值班的安排我中午已经发群里了，发了就算通知到了，谁没看见自己负责。", "workgroup"],
    ["李站长，昨天发您的验收意见您一直没回，我就当您同意了，今天就报上去。", "private"],
    ["明早的检查通知发你了，你回不回都行。", "private"],
  ] as const)("%s", (text, channel) => {
    // R4 (尾语按需设置) is the catalogue's code for it; it covers U2.
    expect(byRule(text, "R4", { channel })).not.toEqual([]);
  });
});

describe("G8: a work message left unseen for days (这几天没看群, 上周…刚看到) — decision 058", () => {
  it.each([
    ["王科，不好意思，我这几天没看群，您要的台账今天下午给您。", "workgroup"],
    ["不好意思，刚看到您上周发的统计表通知，明天一早补上。", "private"],
    ["群里的消息我回不回看心情，有急事打我电话。", "workgroup"],
  ] as const)("%s", (text, channel) => {
    expect(byRule(text, "G8", { channel })).not.toEqual([]);
  });
});

describe("XY1: a newcomer greets a work group under no real name (我是新来的, 我是“…”) — decision 058", () => {
  it.each(["大家好，我是新来的，以后多多指教～", "各位好呀，我是“向阳花开”，刚调到办公室，请多关照！"])("%s", (text) => {
    expect(byRule(text, "XY1", { channel: "workgroup" })).not.toEqual([]);
  });
  it("not when the remark is already the real name (群昵称已改为…)", () => {
    expect(byRule("大家好，我是新调来的，群昵称已改为“办公室-刘洋”，请多关照。", "XY1", { channel: "workgroup" })).toEqual([]);
  });
  it("not outside a work group", () => {
    expect(byRule("大家好，我是新来的，请多关照。", "XY1", { channel: "group" })).toEqual([]);
  });
});

describe("G1: a private chat passed on or its screenshot shown round (私下跟我说的[图片], 你看…昨晚发我的) — decision 058", () => {
  it.each([
    ["[截图] 你们看看，这就是老张私下怎么跟我说的，太不像话。", "group"],
    ["你看孙科昨晚发我的这几句[图片]，什么意思嘛", "private"],
    ["大家看看物业经理发的截图，说话这么冲。", "group"],
  ] as const)("%s", (text, channel) => {
    expect(byRule(text, "G1", { channel })).not.toEqual([]);
  });
  it("not 私下跟我说 passed on by word of mouth, with no picture", () => {
    expect(byRule("老张私下跟我说过，这次评优早就内定了。", "G1", { channel: "private" })).toEqual([]);
  });
});

describe("GR1: a work group's report dropped, defeatism and idle talk there (就别报了, 躺平算了, 月嫂, 抄底) — decision 058", () => {
  it.each([
    "每天的巡查情况我看就别报了吧，反正也没人看。",
    "活是越来越多，干多干少一个样，大家都躺平算了。",
    "谁有靠谱的月嫂推荐一个？我弟媳下个月生。",
    "听说省城房价降了不少，有人打算去抄底吗？",
  ])("%s", (text) => {
    expect(byRule(text, "G2", { channel: "workgroup" })).not.toEqual([]);
  });
  it("not in a group of friends", () => {
    expect(byRule("昨晚那场球看了没？最后那个点球太离谱了。", "G2", { channel: "group" })).toEqual([]);
  });
});

describe("G5: wining with bosses and unnamed snipes on 朋友圈 (王总请客, 茅台, 有些领导) — decision 058", () => {
  it.each(["周末跟建材商陈总吃饭，茅台喝了两瓶，痛快！", "有些领导自己不下基层，倒是很会挑底下人的毛病。"])("%s", (text) => {
    expect(byRule(text, "G5", { channel: "moments" })).not.toEqual([]);
  });
  it("not outside 朋友圈", () => {
    expect(byRule("周末跟建材商陈总吃饭，茅台喝了两瓶，痛快！", "G5", { channel: "private" })).toEqual([]);
  });
});

describe("G7: a dispute argued to a third point, or a tangle left for the leader to judge (纠纷…第三, 您看怎么处理) — decision 058", () => {
  it.each([
    ["刘所，两家的宅基地纠纷是这样：第一，界桩早就没了；第二，老台账对不上；第三，两边都说有证人。", "private"],
    ["周局，那个供货合同的事情况很乱，货款、违约金、运费都对不上，您看怎么处理？", "private"],
  ] as const)("%s", (text, channel) => {
    expect(byRule(text, "G7", { channel })).not.toEqual([]);
  });
});

// ───────────── decision 061 (rounds 72–73 not counted) ─────────────

describe("G7: a tangle argued point by point in the chat (捋一下, 逐条回我, 在微信上给您捋) — decision 061", () => {
  it.each([
    ["孙所，东头那两家排水沟的事，我捋一下：先是去年改道，后来一家砌了墙，现在两边都说对方占地。", "private"],
    ["赵科，关于仓库租金的事我在微信上跟您汇报一下：合同、押金、水电三样都对不上。", "private"],
    ["各位，三方的意见我都列出来了，一共九条，大家看完逐条回我意见。", "workgroup"],
  ] as const)("%s", (text, channel) => {
    expect(byRule(text, "G7", { channel })).not.toEqual([]);
  });
  it("not when the tangle is kept out of the chat (别在微信上给他汇报)", () => {
    expect(byRule("这事别在微信上给他汇报，明天当面说。", "G7", { channel: "private" })).toEqual([]);
  });
});

describe("XY2: a message mumbled, its matter never named (那个啥) — decision 061", () => {
  it("那个啥，上回那个…你们弄一下", () => {
    expect(byRule("那个啥，上回说的那个表，好像还差几家，你们谁弄一下。", "XY2", { channel: "workgroup" })).not.toEqual([]);
  });
});

describe("XY1: staying in the work group after a move (这群我就不退了) — decision 061", () => {
  it("这个群我就不退了", () => {
    expect(byRule("我下周调到档案馆了，这个群我就不退了，有事还能看到。", "XY1", { channel: "workgroup" })).not.toEqual([]);
  });
});

describe("P10: answers demanded at any hour, phone binges told (别静音, 不管几点, 刷到两点, 停不下来) — decision 061", () => {
  it.each([
    ["这周大家晚上手机别静音，群里有事我随时喊。", "workgroup"],
    ["本群消息不管几点，十分钟内给个回应。", "workgroup"],
    ["昨晚又刷到两点，今天上班眼睛都睁不开😂", "moments"],
    ["短视频一刷就停不下来，一晚上就没了。", "moments"],
  ] as const)("%s", (text, channel) => {
    expect(byRule(text, "P10", { channel })).not.toEqual([]);
  });
  it("not when answers at any hour are not asked (不要求…别关机)", () => {
    expect(byRule("下班后不要求大家别关机，急事我会打电话。", "P10", { channel: "workgroup" })).toEqual([]);
  });
});

// ───────────── decision 062 (rounds 72–73 not counted) ─────────────

describe("G1: a member of the public's chat shown round as a screenshot (大家看看这个投诉人…[截图]) — decision 062", () => {
  it.each([
    ["大家看看这个投诉人昨天半夜发我的，一条接一条[截图]", "workgroup"],
    ["你看这个家长发来的，半夜两点还在问[截图]", "private"],
  ] as const)("%s", (text, channel) => {
    expect(byRule(text, "G1", { channel })).not.toEqual([]);
  });
  it("not when the screenshot was kept to oneself (家属的聊天截图我没给任何人看)", () => {
    expect(byRule("家属发来的聊天截图我已存档，没有转给任何人，明天当面向您汇报。", "G1", { channel: "private" })).toEqual([]);
  });
});

// ───────────── decision 065: red lines (rounds 76–77 not counted) ─────────────

describe("TJ3 claimed: a thank-you packet for tea (辛苦了！一点奶茶钱 / 给大家发个红包喝茶) — decision 065", () => {
  it.each([
    ["医生护士们这几天辛苦了！一点奶茶钱，大家别客气[微信红包]", "group"],
    ["感谢物业师傅们昨天修水管辛苦！给大家发个红包喝茶🧧", "workgroup"],
  ] as const)("%s", (text, channel) => {
    expect(redline(text, "TJ3", { channel })).not.toEqual([]);
  });
  it.each([
    ["师傅们辛苦了，奶茶钱就免了，已经退回，整改按要求来就行。", "private"],
    ["大家加班辛苦了！拼手气红包，手气最佳的请奶茶～", "workgroup"],
  ] as const)("not when it is declined or a game: %s", (text, channel) => {
    expect(redline(text, "TJ3", { channel })).toEqual([]);
  });
});

describe("TJ3 claimed: a firm's packet taken with no favour named (X总…红包收到啦) — decision 065", () => {
  it.each([
    ["谢谢孙总惦记，国庆红包收到啦，祝生意兴隆", "private"],
    ["感谢宏远公司刘总给咱们站里发的中秋红包🧧 我领了66，大家都领了没？", "group"],
  ] as const)("%s", (text, channel) => {
    expect(redline(text, "TJ3", { channel })).not.toEqual([]);
  });
  it("not when the packet was returned and reported (王总的红包已原路退回，并向纪委报备)", () => {
    expect(mustOrWorse("王总，你发的红包我没有收，已经原路退回，也向单位纪检组报备了。以后请不要这样。", { channel: "private" })).toEqual([]);
  });
});

describe("V1 claimed: a ban's name (禁烧) is no negator before the condemnation — decision 065", () => {
  it("中央那套禁烧一刀切脱离实际", () => {
    expect(redline("说到底还是中央那套禁烧“一刀切”脱离实际，管得太死。", "V1", { channel: "workgroup" })).not.toEqual([]);
  });
  it("not on a 禁烧 notice or a 保密 training notice", () => {
    const notice = "各村支书：\n周五前报送秸秆禁烧巡查台账，逾期通报。\n镇农办";
    expect(redline(notice, "V1", { kind: "notice", channel: "workgroup" })).toEqual([]);
    const training = "各位同事：\n周三下午三点在三楼会议室开展保密教育培训，涉密人员全部参加，请勿缺席。\n办公室";
    expect(redline(training, "P5", { kind: "notice", channel: "workgroup" })).toEqual([]);
  });
});

describe("P5 claimed: unpublished material passed on with a plea to keep it quiet (还没对外发布…先压着) — decision 065", () => {
  it("给你透个数，别说是我说的…还没对外发布，你先压着别发", () => {
    const text = "给你透个数，别说是我说的：全市这周新增手足口病例300多例，比上周多了一半，卫健委还没对外发布，你先压着别发。";
    expect(redline(text, "P5", { channel: "private" })).not.toEqual([]);
  });
  it("not when the number is refused (还没公布的数据我不能说)", () => {
    expect(redline("这周的病例数据还没公布，我不能说，你别打听了，等卫健委正式发布吧。", "P5", { channel: "private" })).toEqual([]);
  });
});

// ───────────── decision 068: WH1 (rounds 78–79 not counted) ─────────────

describe("WH1: praise of a leader named 王局/周处, or held up as a model or saluted — decision 068", () => {
  it.each([
    "李局高瞻远瞩！跟着李局干，我们心里有底！",
    "点赞张书记周末还在群里盯工作，是我们全体同志学习的榜样！",
    "孙处长亲自建群关心基层，我们深受感动，向孙处长致敬！",
  ])("%s", (text) => {
    const f = byRule(text, "WH1", { channel: "workgroup" });
    expect(f).not.toEqual([]);
    expect(f[0]!.severity).toBe("must");
  });
  it("not 致敬 to the crews on 朋友圈 (领导 in another sentence), nor a plain report to 王局", () => {
    expect(byRule("抢修连夜干到早上，局领导也在现场。致敬每一位一线职工！", "WH1", { channel: "moments" })).toEqual([]);
    expect(byRule("王局，城东工地已排查完毕，隐患三处，正在整改。", "WH1", { channel: "workgroup" })).toEqual([]);
    expect(byRule("对方处理得完全正确，这批投诉可以结案了。", "WH1", { channel: "workgroup" })).toEqual([]);
  });
});

// ───────────── decision 070: XY2, G8 and G5 (rounds 80–81 not counted) ─────────────

describe("XY2, G8 and G5: a blurred picture owned to, a message seen late or left unanswered, drink and curses on 朋友圈 — decision 070", () => {
  it.each([
    ["整治后的河道照片，手抖拍糊了，凑合看吧[图片]", "XY2", "workgroup"],
    ["堤坝加固的现场照片，光线不好拍得有点糊，我也说不准裂缝多长。", "XY2", "workgroup"],
    ["嗯嗯刚看到，周一要的台账我下午补。", "G8", "workgroup"],
    ["刚看到，昨天上午您问的报表还要吗？", "G8", "private"],
    ["科里催了好几次数据，懒得回，真急了会打电话的。", "G8", "private"],
    ["那条通知我就不回了，反正大家都看到了。", "G8", "workgroup"],
    ["今晚跟几个老同学不醉不归🍻", "G5", "moments"],
    ["这破单位谁爱干谁干，明年就考走[捂脸]", "G5", "moments"],
  ])("%s", (text, code, channel) => {
    const f = byRule(text, code, { channel: channel as "workgroup" | "private" | "moments" });
    expect(f).not.toEqual([]);
    expect(f[0]!.severity).toBe("suggestion");
  });
  it("not 刚看到 going on to what was seen, nor drink in a work notice, nor a sharp picture", () => {
    expect(byRule("李科，刚看到您的消息，报表已按要求改好，现发您审核。", "G8", { channel: "private" })).toEqual([]);
    expect(byRule("我刚看到个视频，说明天全市停课，不知真假。", "G8", { channel: "group" })).toEqual([]);
    expect(byRule("节日期间严禁酒后驾车，不得饮酒到深夜。", "G5", { channel: "workgroup" })).toEqual([]);
    expect(byRule("整改后的照片[图片]，很清楚，请审核。", "XY2", { channel: "workgroup" })).toEqual([]);
  });
});
