/**
 * Checker v16 (decision 038, issue 18): the causes found in the studied rounds 34–35, each with our
 * own messages (not fixture drafts). Red lines first — a check waived for the one checked (抽检就免了),
 * a stake per round in a family group's packet game, a debt "lost" at cards, a packet handed to an
 * official through a relative, a customer's deposit told by the bank's staff, a roster with identity
 * numbers passed on, an arrest or a personnel change confided, a 考察 talk retold, a marked paper put
 * in the group though the 机要室 is named, a vote for a 党代表 bought — each with its innocent relatives
 * clean; then other causes (a network sealed over drinks, a report skipped or a match discussed in a
 * work group, venting on 朋友圈, a complainant exposed); then the false alarm on a refused ticket
 * favour (帮不了…以后别提了).
 */
import { describe, expect, it } from "vitest";
import { byRule, mustOrWorse, redline } from "./test-helpers";

describe("red lines missed or only suggested at v15, caught in v16", () => {
  it("a check waived for the one checked (抽检…就免了) is TJ3", () => {
    expect(redline("好的，周三那批饲料直接入库，质检那一步就免了。", "TJ3", { channel: "private" })).not.toEqual([]);
    // A check done, or a waiver forbidden, is clean.
    expect(byRule("周三那批饲料按规定抽检，合格后入库。", "TJ3", { channel: "private" })).toEqual([]);
    expect(byRule("任何批次都不得以任何理由抽检就免了。", "TJ3", { kind: "notice" })).toEqual([]);
  });

  it("a stake per round (一轮一百) makes a packet game gambling even in a family group (RP2)", () => {
    expect(redline("周六家庭群抢红包，输的接着发，一轮五十，玩到半夜！", "RP2", { channel: "group" })).not.toEqual([]);
    // The family game whose forfeit is a song stays clean.
    expect(byRule("周六家庭群抢红包，输的唱首歌！", "RP2", { channel: "group" })).toEqual([]);
  });

  it("a card debt collected (你输我…微信转我) and the game set again is RP2", () => {
    expect(redline("上周那几圈你输我八百，微信转我就行，周末接着打。", "RP2", { channel: "private" })).not.toEqual([]);
  });

  it("a packet for an official handed on through a relative (你帮我递过去) is TJ3", () => {
    expect(redline("姐，执照的事你跟你们科长提一下。我包个红包，你帮我递过去，就说是一点心意。", "TJ3", { channel: "private" })).not.toEqual([]);
    // A family packet passed on with no official is clean.
    expect(byRule("姐，妈生日我包了个红包，你帮我递过去，就说祝她生日快乐。", "TJ3", { channel: "private" })).toEqual([]);
  });

  it("a customer's deposit told by the bank's staff (在咱们行存了) is a leak (P5)", () => {
    expect(redline("你们知道吗，菜市场卖鱼那个老周在咱们行存了两百多万。", "P5", { channel: "workgroup" })).not.toEqual([]);
    // One's own savings are clean.
    expect(byRule("我在咱们行存了五万定期，利率怎么算？", "P5", { channel: "workgroup" })).toEqual([]);
  });

  it("a roster with identity numbers passed on (名单…身份证号…转给) is P5", () => {
    expect(redline("这是这次救助对象名单，身份证号和银行卡号都有，大家转给各村文书。[文件]", "P5", { channel: "workgroup" })).not.toEqual([]);
    // A roster of names only, published, is clean.
    expect(byRule("本次救助对象名单已在政府网站公示，大家转给各村文书查看。", "P5", { channel: "workgroup" })).toEqual([]);
  });

  it("an arrest or a personnel change confided (所里抓的…别跟人说, 截给你…要调整你们) is P5", () => {
    expect(redline("今天所里抓的那个是你同学的弟弟，这事千万别跟人说。", "P5", { channel: "private" })).not.toEqual([]);
    expect(redline("这是我跟老周的聊天，截给你，他说年后要调整你们股室。[截图]", "P5", { channel: "private" })).not.toEqual([]);
    // An arrest reported in the news is clean.
    expect(byRule("今天所里抓的那个盗窃团伙，警方已经通报了。", "P5", { channel: "group" })).toEqual([]);
  });

  it("a 考察 talk retold to the one assessed (考察组…别说是我说的) is P5", () => {
    expect(redline("考察组找了我们局十来个人，有人说你脾气大，你心里有个数，别说是我说的。", "P5", { channel: "private" })).not.toEqual([]);
    expect(byRule("考察组下周二到局里谈话，请相关同志按时参加。", "P5", { kind: "notice", channel: "workgroup" })).toEqual([]);
  });

  it("a marked paper put in the group by the writer, the 机要室 named beside it, is still P5", () => {
    expect(redline("各位，那份机密级的方案我扫描了一下放群里，原件还得交回机要室。[文件]", "P5", { channel: "workgroup" })).not.toEqual([]);
    expect(redline("上面来的那份带星号的文件我拍了几张发群里，去机要室排队借阅太慢了。[图片]", "P5", { channel: "workgroup" })).not.toEqual([]);
    // Read where it is kept, it is clean.
    expect(byRule("那份机密级的方案请到机要室阅看，不要拍照。", "P5", { channel: "workgroup" })).toEqual([]);
  });

  it("an arrest planned and confided (采取强制措施…烂在肚子里) is P5", () => {
    expect(redline("这事你烂在肚子里：下周我们要对你们厂那个会计采取强制措施，这几天别跟她联系。", "P5", { channel: "private" })).not.toEqual([]);
    // The measure announced by the police is clean.
    expect(byRule("警方已依法对犯罪嫌疑人采取强制措施，案件正在进一步侦办中。", "P5", { channel: "group" })).toEqual([]);
  });

  it("a policy called a swindle (变相赖账, 温水煮青蛙) is V1", () => {
    expect(redline("延迟退休就是变相赖账。", "V1", { channel: "moments" })).not.toEqual([]);
    expect(redline("延迟退休，什么渐进式，温水煮青蛙罢了。", "V1", { channel: "moments" })).not.toEqual([]);
  });

  it("a 党代表 vote bought with packets (党代表那事…红包) is V3", () => {
    expect(redline("党代表那事我帮你打过招呼了，我在群里发了几个红包，到时候就看你的了。", "V3", { channel: "private" })).not.toEqual([]);
  });
});

describe("other causes of rounds 34–35, found in v16", () => {
  it("a night out with bosses sealed with 兄弟情深…有事说话 is a network (TJ1)", () => {
    expect(byRule("今晚跟几位老总喝尽兴了，兄弟情深，以后在县里有事说话！", "TJ1", { channel: "moments" })).not.toEqual([]);
    // Friendship without favours is clean.
    expect(byRule("三十年的老同学，兄弟情深，祝你新婚快乐！", "TJ1", { channel: "moments" })).toEqual([]);
  });

  it("the day's report skipped in a work group (就不报了) breaks the group's rule (G2)", () => {
    expect(byRule("今天的数据就不报了，跟前天一样。", "G2", { channel: "workgroup" })).not.toEqual([]);
    // The same between friends is no work group's business.
    expect(byRule("今天的数据就不报了，跟前天一样。", "G2", { channel: "private" })).toEqual([]);
  });

  it("the match replayed and lunch ordered in a work group (点球, 重播, 点外卖) are off-topic (G2)", () => {
    expect(byRule("昨晚那场点球大战看了吗？今晚还有重播。", "G2", { channel: "workgroup" })).not.toEqual([]);
    expect(byRule("中午谁一起点外卖？", "G2", { channel: "workgroup" })).not.toEqual([]);
  });

  it("venting about the unit on 朋友圈 (领导念经, 真想辞职不干) is G5", () => {
    expect(byRule("又被领导叫去开会念经一小时，真想辞职不干了。", "G5", { channel: "moments" })).not.toEqual([]);
    expect(byRule("单位几个同事喝到现在，明天谁也别想上班了哈哈", "G5", { channel: "moments" })).not.toEqual([]);
    expect(byRule("奶奶每天早上在家念经，九十岁了精神还好。", "G5", { channel: "moments" })).toEqual([]);
  });

  it("a complaint shown to the one complained of, to find its writer (认认是谁的笔迹), exposes the complainant (P4, G1)", () => {
    const text = "有人写信反映你们站的问题，我截了个图发你，认认是谁的笔迹。[截图]";
    expect(byRule(text, "P4", { channel: "private" })).not.toEqual([]);
    expect(byRule(text, "G1", { channel: "private" })).not.toEqual([]);
    expect(byRule("对来信反映的问题，我们将认真核查，反映人信息严格保密。", "P4", { kind: "notice" })).toEqual([]);
  });
});

describe("claims the retrained model no longer makes, now made by rule", () => {
  it("a fee received while the payer's matter is watched over (咨询费…我盯着) is TJ3", () => {
    expect(redline("上个月的“咨询费”收到了。你公司发票的事我盯着，有消息告诉你。", "TJ3", { channel: "private" })).not.toEqual([]);
    // Watching the group for messages, with no money, is clean.
    expect(byRule("大家周末也要盯着群消息，有事及时回复。", "TJ3", { channel: "workgroup" })).toEqual([]);
  });

  it("a provincial decision called 瞎指挥 is scorn of a superior's policy (V1)", () => {
    expect(redline("省里那个决定就是瞎指挥，下面怎么干？", "V1", { channel: "workgroup" })).not.toEqual([]);
  });
});

describe("false alarms at v15 on clean drafts, clean in v16", () => {
  it("a ticket favour refused and its packet waved off (帮不了…以后别提了) is no TJ3", () => {
    expect(mustOrWorse("老四，超载那张罚单我帮不了，按程序申诉吧，红包的话以后别提了。", { channel: "private" })).toEqual([]);
  });
});
