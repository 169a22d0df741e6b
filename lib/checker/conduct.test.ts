/**
 * The conduct rules over segmented text: each red line and principle caught in plain words, in
 * paraphrase and in euphemism (the examples), and left alone in the lawful, prohibitive,
 * refusing or teaching messages that mention the same words.
 */
import { describe, expect, it } from "vitest";
import { CONCEPTS, TITLE_SURNAMES } from "./lexicon";
import { SURNAMES } from "./rules";
import { checkMessage, type CheckResult, type Finding } from "./index";
import { CONDUCT_RULES } from "./conduct-rules";
import { segment } from "./segment";

/** The rules' findings only: the classifier's hedged suggestions are tested in classifier.test.ts. */
const run = (text: string, kind?: "chat" | "notice" | "reply"): CheckResult => {
  const r = checkMessage({ text, ...(kind ? { kind } : {}) });
  return { ...r, findings: r.findings.filter((f) => f.basis === "rule") };
};
const of = (r: CheckResult, code: string): Finding[] => r.findings.filter((f) => f.code === code);
const CONDUCT = ["V1", "V2", "V3", "TJ1", "TJ2", "TJ3", "RP2", "WH1", "P2", "P3", "P4", "P5", "P6", "P7", "P8", "P9"];
const conductCodes = (r: CheckResult) => [...new Set(r.findings.filter((f) => CONDUCT.includes(f.code)).map((f) => f.code))].sort();

function expectCaught(text: string, code: string, severity?: Finding["severity"]) {
  const r = run(text, "chat");
  const found = of(r, code);
  expect(found.length, `${code} in ${text}: got ${JSON.stringify(r.findings.map((f) => [f.code, f.triggers]))}`).toBeGreaterThan(0);
  const f = found[0]!;
  if (severity) expect(f.severity).toBe(severity);
  // Explainable: the trigger words are quoted from the text, and the finding spans them.
  expect(f.triggers.length).toBeGreaterThan(0);
  for (const w of f.triggers) expect(text).toContain(w);
  expect(text.slice(f.start, f.end)).toContain(f.triggers[0]);
  expect(f.message).toContain(`“${f.triggers[0]}”`);
  expect(f.rule).toMatch(/[\u4e00-\u9fff]/);
  return f;
}

describe("red packets, transfers and gifts", () => {
  it.each([
    ["各位党员同志：村党支部马上要换届了，到时候投票的时候帮帮忙。今天给大家每人发个200元微信红包。", "V3"],
    ["下个月换届，这点奶茶钱大家收着，到时候投我一票。", "V3"],
    ["推荐后备干部的事，大家表示表示，我心里有数，到时候请大家吃饭。", "V3"],
    ["换届选举就要开始了，投我一票的，事后请大家吃饭。", "V3"],
    ["刘书记：这次推荐后备干部，麻烦您在会上为我说几句话，我给您支付宝转了2万。", "V3"],
    ["张所长：上次办证的事多亏您帮忙，我通过微信给您转了5000元辛苦费，请一定收下。", "TJ3"],
    ["马局长：这次投标的事还望您多费心，微信上给您转了一万元。", "TJ3"],
    ["王主任，下周验收还请多关照，京东卡的卡密发您了，一点心意！", "TJ3"],
    ["老李：收到你的红包了，粮站收购的事我跟下面打过招呼了，你放心。", "TJ3"],
    ["营业执照的事多亏您帮忙，一点小意思，买包烟抽。", "TJ3"],
    ["各位同事：今晚群里红包接龙，手气最佳的继续发，输了别赖账！", "RP2"],
    ["来来来，埋雷了，尾数是3的中雷，红包翻倍发！", "RP2"],
  ])("%s → %s (red line)", (text, code) => {
    expectCaught(text, code, "redline");
  });

  it("P7: a plain red packet in a work group is a caution", () => {
    const f = expectCaught("各位同事：大家辛苦了，我在群里发个红包，祝周末愉快！", "P7", "suggestion");
    expect(f.triggers).toContain("红包");
  });

  it.each([
    "各位会员：\n工会将发放节日慰问品，不发放现金红包和购物卡。\n特此通知。\n机关工会",
    "各位会员：\n今年春节工会慰问金以微信转账方式发放，每人500元。\n特此通知。\n机关工会",
    "各位党员：\n不得收送微信红包、电子礼券，不得借节日之机拉票贿选。\n特此通知。\n机关纪委",
    "各位党员：\n警示片涉及某村干部换届期间发红包拉票被查处的案例。\n特此通知。\n机关纪委",
    "刘老板：您发的红包我已经退回了，按规定我们不能收。\n市场监管所 王强",
    "刘老板，心意领了，红包我不能收，不点开，24小时后会自动退回。给您办执照是我们的本职工作，以后有事直接来窗口。",
    "周哥，钱我退回了。换届期间红包、转账一律不收，选谁大家按组织程序来。",
    "包书记，换届期间群里不能发红包，这个红包我不领，也请大家都别领。选举的事按程序来。",
    "谢谢大家的祝福，心意我领了，红包就不收了，过24小时会自动退回。大家工作辛苦！",
    "李总，礼品卡我不会使用，请您收回。验收按标准和程序进行，有问题请走正式渠道反映。",
    "陈总：上次年检的转账已退回，请不要再发。\n检测站 王强",
    "谢谢妈！我也给大家发一个红包，端午安康！",
  ])("no red-packet finding in the lawful, prohibitive or refusing %j", (text) => {
    expect(run(text, "chat").findings.filter((f) => ["V3", "TJ3", "RP2", "P7"].includes(f.code))).toEqual([]);
  });

  it.each([
    ["这个红包您一定收下，不收就是看不起我，换届的时候投我一票。", "V3"],
    ["红包您别退回，审批的事还请多关照。", "TJ3"],
    ["红包不会退回的，验收的事拜托了，多关照。", "TJ3"],
    ["各位党员：明天选举投我一票，群里红包不领白不领！", "V3"],
    ["一点心意，转账您收下，不收下的话我心里过意不去，项目的事费心了。", "TJ3"],
  ])("still a red line when the words only look like a refusal: %j", (text, code) => {
    expectCaught(text, code, "redline");
  });
});

describe("secrets (P5)", () => {
  it.each([
    "各位同事：附件是《干部调整方案（机密）》，内部文件请勿外传。",
    "王科长：这是干部考察名单（内部资料），别往外传，您先看一下。",
    "老同学，我给你发了张照片，是标有“秘密”字样的内部文件，你看完就删。",
    "明天面试的题目我先发你，你好好准备，别说是我给的。",
    "这次项目的底价是380万，你们报价别超过这个数，心里有数就行。",
    "会议纪要还没印发，我先拍给你看看。",
    "上面那个文件我拍给你了，就给你一个人看。",
    "拆迁范围图还没公布，我先发你，你好决定房子卖不卖。",
    // Sent up for review is still sent over WeChat: 涉密不上网 (v5 let 请审阅 excuse a 机密 marking).
    "王科长：这份机密文件请您审阅后转发给相关同志。办公室 王明",
  ])("catches %j", (text) => {
    expectCaught(text, "P5", "redline");
  });

  it.each([
    "李科长：这不是什么秘密，方案已公开征求意见。",
    "各位同事：请牢记“上网不涉密、涉密不上网”，严禁通过微信传送涉密文件。",
    "各位同事：国家秘密分为绝密、机密、秘密三级。",
    "各位同事：下午的保密工作会议将传达涉密文件管理要求。",
    "刘主任：这个事情也没什么机密的，会议纪要已经在内网公开了。",
    "张科长：您说的“机密”二字是文件名里的吗？我这边查到的是公开版本，不涉及密级。",
    "各位同事：涉密阅览室下周一起开放，阅看涉密文件须登记。",
    "上级有一份文件需要传达，请各站所负责人下午3点到局机要室阅看。",
    "请各科室于周五前将会议纪要报送办公室。",
    "这个真不能说，内部的东西一个字都不能往外发。等政府正式公告了，我第一时间把公告链接发你。",
    "各位考生：面试题目由市考试中心统一命制，考前严格保密，严禁任何人泄露。",
    "王处长：工作方案初稿还没定稿，已按您的意见修改，请审阅。综合科 小李",
  ])("leaves alone %j", (text) => {
    expect(of(run(text, "chat"), "P5")).toEqual([]);
  });
});

describe("hearsay (V2 / P6)", () => {
  it.each([
    "各位同事：听说县城连续发生抢小孩案件，大家赶紧转发扩散！",
    "各位同事：网传明天起全市中小学停课一周，消息绝对可靠，请大家互相转告！",
    "紧急扩散！自来水厂被投毒，这两天千万别喝自来水！",
    "听群里人说化工厂爆炸了，有毒气体飘过来了，大家别出门！",
  ])("V2: %j", (text) => {
    expectCaught(text, "V2", "redline");
  });

  it("claims a rumoured punishment as gossip (P6) or as 传谣 (V2, which covers P6 since rounds 6–7: case C2)", () => {
    const r = checkMessage({ text: "各位同事：听说人事科的小王要被处分了，大家注意点。", kind: "chat" });
    expect(r.findings.some((f) => (f.code === "P6" || f.code === "V2") && f.severity !== "suggestion")).toBe(true);
  });

  it.each(["据说新来的局长跟刘科长关系不一般，你们懂的。", "老张这几天没来上班，是被纪委带走了，难怪他那辆新车不对劲。"])("P6: %j", (text) => {
    expectCaught(text, "P6", "must");
  });

  it.each([
    "刘主任：群里有人说下周停发交通补贴，想向您核实一下是否属实？",
    "赵主任：听说您下周要来调研，请问具体时间定了吗？",
    "赵区长：网上出现“中学食物中毒”的传言，经现场核查系一名学生肠胃炎。特此报告。",
    "各位居民：本周六停水，请互相转告。特此通知。\n居委会",
    "我刚问了派出所值班室，今天没有接到类似警情。大家先别转，有情况以公安机关发布的通报为准。",
  ])("leaves alone %j", (text) => {
    expect(run(text, "chat").findings.filter((f) => f.code === "V2" || f.code === "P6")).toEqual([]);
  });
});

describe("veiled criticism of central policy (V1)", () => {
  it.each([
    "说句实在话，中央这项政策我看就是瞎折腾，迟早得改回来。",
    "上面这政策就是拍脑袋，根本不懂下面的情况。",
    "又是新政策，上面动动嘴，下面跑断腿，懂的都懂。",
    "呵呵，这顶层设计真是高明，老百姓的死活谁管？",
  ])("catches %j", (text) => {
    expectCaught(text, "V1", "redline");
  });

  it.each([
    "各位党员：请于周三下午集中学习党中央关于乡村振兴的决策部署，认真领会精神。",
    "这份权威解读讲得比较清楚，建议各股室对照第三部分梳理落实情况。",
    "各科室：为整治形式主义、为基层减负，局里决定精简会议和文件。",
    "这篇的观点和中央的方针是对着干的，我不转也不评。想了解政策，建议看官方的权威解读。",
  ])("leaves alone %j", (text) => {
    expect(of(run(text, "chat"), "V1")).toEqual([]);
  });
});

describe("people: 品头论足 (TJ2), 关系网 (TJ1), 拍马屁 (WH1), private data (P4)", () => {
  it.each([
    ["新来的小刘长得真漂亮，那身材，啧啧。", "TJ2"],
    ["就他那水平，听说是靠关系上来的，讲话一套一套的，干事一件没有。", "TJ2"],
    ["咱们群里都是老乡，以后谁家孩子上学、谁单位有项目，群里吱一声，互相照应！", "TJ1"],
    ["建议搞个同学会群，以后提拔的事大家互相关照，资源共享。", "TJ1"],
    ["张区长高瞻远瞩，指示非常及时！", "WH1"],
    ["坚决落实张区长的英明部署！", "WH1"],
    ["老张得了抑郁症，最近在住院，大家别跟他提工作的事。", "P4"],
  ])("%j → %s", (text, code) => {
    expectCaught(text, code, "must");
  });

  it.each([
    "各位同事：新来的同事王芳负责档案工作，请大家多支持。",
    "各位同事：公积金缴存基数调整后，工资条会相应调整。",
    "各位同事：本周五组织同学会筹备组开会，商量校庆捐赠事宜。",
    "感谢各位领导的指导，材料已按要求修改。",
    "各位同事：如身体不适请及时就医，并按规定办理病假手续。",
  ])("leaves alone %j", (text) => {
    expect(run(text, "chat").findings.filter((f) => ["TJ1", "TJ2", "WH1", "P4"].includes(f.code))).toEqual([]);
  });
});

describe("forwarding pressure, bait, ads, vulgarity", () => {
  it.each([
    ["P3", "转发这条消息到3个群，今年必定走大运！"],
    ["P3", "看到请转发，不转者家人会生病。"],
    ["P9", "帮我在朋友圈集满30个赞，可以领礼品。"],
    ["P9", "这个APP可以拆礼物，帮我点一下。"],
    ["P9", "各位领导同事帮忙点个赞🙏 再帮我砍一刀"],
    ["P8", "正宗东北大米5斤装只要29.9元包邮，今天下单再送一袋小米。"],
    ["P8", "本人新开了一家奶茶店，凭工作证进店消费一律8折，欢迎大家光临！"],
    ["P8", "推荐一款超级好用的理财产品，年化收益20%，稳赚不赔，名额有限，立即购买！"],
    ["P8", "本人代理保险，需要的私聊我。"],
    ["P2", "这个检查组简直他妈的鸡蛋里挑骨头。"],
    ["P2", "这破系统又崩了，真他妈烦人。"],
    ["P2", "卧槽，这个表又要重填？"],
  ])("%s: %j", (code, text) => {
    expectCaught(text, code, "must");
  });

  it.each([
    "各位同事：近期出现“转发此条可得好运，不转将遭厄运”之类的信息，请不信谣、不传谣。",
    "各科室：严禁在工作群内发布集赞、转发抽奖等诱导分享信息。",
    "各位同事：近期有人在工作群发送代购、团购等广告信息，请遵守群规。",
    "各位同事：窗口工作人员严禁使用“滚”“蠢货”等不文明用语。",
    "王科长：您要的USB转接头已放在桌上。",
    "各位同事：请登录 https://sb.example.gov.cn/login 完成核对。",
    "各村：为助力乡村振兴，请推荐合作社参展。",
    "反诈提醒：“稳赚不赔”“高额返利”都是诈骗话术，请大家警惕。",
    "请大家到操场集合，注意操作规范。",
    "马哥，这种转发保好运的就不转了哈，工作群还是留给工作。",
  ])("leaves alone %j", (text) => {
    expect(run(text, "chat").findings.filter((f) => ["P3", "P9", "P8", "P2"].includes(f.code))).toEqual([]);
  });
});

describe("segmentation", () => {
  it("matches lexicon entries on word boundaries only", () => {
    // 中标 is not inside 执行中标准; 操 is not inside 操作 or 操场.
    expect(conductCodes(run("我们正在执行中标准化改造，请到操场集合，注意操作规范。", "chat"))).toEqual([]);
  });

  it("cuts the domain's euphemisms as one word", () => {
    const words = segment("这点奶茶钱收着，上面那个文件别外传").map((t) => t.w);
    expect(words).toContain("奶茶钱");
    expect(words).toContain("上面那个文件");
  });

  it("covers the text exactly, with offsets", () => {
    const text = "各位同事：\n  明天\t开会😀👍🏻\u0000\uD800x abc123";
    const tokens = segment(text);
    expect(tokens.map((t) => t.w).join("")).toBe(text);
    for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.w);
  });
});

describe("rules as data", () => {
  it("every rule names known concepts, a catalogued code and Chinese message and fix", () => {
    for (const r of CONDUCT_RULES) {
      for (const c of [...r.all, ...(r.unless ?? []), ...(r.unlessNear ?? [])]) expect(c in CONCEPTS).toBe(true);
      expect(r.message).toContain("{words}");
      expect(r.suggestion).toMatch(/[\u4e00-\u9fff]/);
    }
    expect(new Set(CONDUCT_RULES.map((r) => r.id)).size).toBe(CONDUCT_RULES.length);
  });

  it("no concept lists a word twice (a list grown by many studies stays a set)", () => {
    const repeated = Object.entries(CONCEPTS).flatMap(([name, words]) =>
      (words as readonly string[]).filter((w, i) => words.indexOf(w as never) !== i).map((w) => `${name}: ${w}`),
    );
    expect(repeated).toEqual([]);
  });

  it("the surnames of 王局, 李姐 and 张总 are one list, each of them a surname the name reader knows", () => {
    const surname = new RegExp(`^(?:${SURNAMES})$`);
    expect([...TITLE_SURNAMES].filter((s) => !surname.test(s))).toEqual([]);
    expect(new Set(TITLE_SURNAMES).size).toBe([...TITLE_SURNAMES].length);
    expect(CONCEPTS.SURNAME_ELDER).toContain("莫姐");
    expect(CONCEPTS.LEADER_SHORT).not.toContain("何处");
    expect(CONCEPTS.FIRM_PEOPLE).not.toContain("向总");
  });
});

describe("rounds 6–7: paraphrase and clean contexts", () => {
  it("a rumoured investigation of an official passed on is 传谣 (V2)", () => {
    expectCaught("听同学说市里的王处长昨天被纪委带走了，具体为什么还不清楚。", "V2", "redline");
  });

  it("a rumour seen on 朋友圈 and passed on unverified is 传谣", () => {
    expectCaught("朋友圈看到的，下周起全市中小学停课，不知道真假，先转给大家。", "V2", "redline");
  });

  it("money sent back (转回去) or for a family gathering is no favour bought", () => {
    expect(of(run("王老板，您那天转的辛苦费我给您转回去了，帮您办证本来就是我们的工作。", "chat"), "TJ3")).toEqual([]);
    expect(of(run("家庭聚会定在爸妈家，红包我先转你，你帮忙订个蛋糕。", "chat"), "TJ3")).toEqual([]);
  });

  it("case files and an obtained bid floor passed on are secrets (P5)", () => {
    expectCaught("那个案子的讯问笔录我看了，跟你们讲讲作案手法。", "P5", "redline");
    expectCaught("标底我打听到了，大概两百万出头，你们心里有数。", "P5", "redline");
  });

  it("comparing the system unfavourably with foreign ones is 妄议 (V1)", () => {
    expectCaught("人家国外那边早就不这么干了，咱们这套迟早要改。", "V1", "redline");
  });

  it("a screenshot of an unfinished report sent out is 滥用截屏 (G1)", () => {
    expectCaught("督查组的反馈意见我截了几张图，还没定稿，你们先看看。", "G1", "must");
  });
});

describe("rounds 6–7: words that only look like the conduct, and new paraphrase", () => {
  it("a layoff or a leaked question bank 'from a reliable source' is 传谣", () => {
    expectCaught("据可靠消息，下半年局里要裁员，名单都拟好了，大家心里有个底。", "V2", "redline");
  });

  it("妈的 and 孙子 as family words are not vulgar; as an oath and an insult they are", () => {
    expect(of(run("姐，妈的降压药我买好了，周末带回去。", "chat"), "P2")).toEqual([]);
    expect(of(run("爷爷八十大寿，孙子孙女都回来了。", "chat"), "P2")).toEqual([]);
    expectCaught("妈的，又让周末加班。", "P2", "must");
    expectCaught("谁不来谁是孙子。", "P2", "must");
  });

  it("money for a tender's 评委 is a favour bought (TJ3), not a vote (V3)", () => {
    const r = run("各位评委老师辛苦了，一点辛苦费请收下，我们公司那个标还请多关照[红包]", "chat");
    expect(of(r, "V3")).toEqual([]);
    expect(of(r, "TJ3").length).toBeGreaterThan(0);
  });

  it("a relative brought into a work group to meet people is 关系网 (TJ1)", () => {
    expectCaught("我把我小舅子拉进来了，他想认识认识各位领导。", "TJ1", "must");
  });

  it("a sticker made from a leader's face is G6; colleagues' health results are private (P4)", () => {
    expectCaught("[表情包：局长的真人表情包配字“收到”]", "G6");
    expectCaught("体检结果出来了，老王血糖快二十，小李肝功能指标异常。", "P4", "must");
  });

  it("a self-check notice asking whether secret files are stored is no leak", () => {
    const text = "各科室：\n关于开展保密自查的通知。\n1. 检查办公电脑中是否存有涉密文件；\n2. 自查情况报办公室。\n特此通知。\n局保密办";
    expect(of(run(text, "notice"), "P5")).toEqual([]);
  });
});

describe("rounds 8–9: refusals and warnings, words in their other sense", () => {
  it("a family lucky draw whose forfeit is a song, and a group owner stopping a 接龙, are no gambling", () => {
    expect(of(run("今天奶奶八十三了，发个拼手气红包，抢到手气最佳的负责给奶奶唱《生日歌》。"), "RP2")).toEqual([]);
    expect(of(run("刚才有人在群里发“接龙红包”，我作为群主提醒一下：工作群不发红包、不搞接龙。"), "RP2")).toEqual([]);
    expectCaught("接龙红包走起，手气最佳的发下一个，每包20块。", "RP2", "redline");
  });

  it("a hotline called is no money paid; a refuted rumour is no 妄议", () => {
    expect(of(run("就是这个人天天打12345投诉咱们，以后他来办事都留个心眼。"), "TJ3")).toEqual([]);
    expect(of(run("我问了发改局的同学，人家说根本没这回事，一切以政府网站发布为准。"), "V1")).toEqual([]);
  });

  it("hearsay's own source is no person gossiped about; 这周 is no surname", () => {
    expect(of(run("听同事说食堂明天有饺子，大家早点去。"), "P6")).toEqual([]);
    expect(of(run("李主任，我母亲住院了，这周想请三天假，工作已经交接给小王了。"), "P4")).toEqual([]);
    expectCaught("同事说老王出轨了。", "P6", "must");
  });

  it("怪不得 negates nothing; a person's papers photographed are private (P4)", () => {
    expectCaught("老王怪不得提得这么快，后台硬。", "P6", "must");
    expectCaught("来办户口迁移的两口子刚离婚，我把他们的离婚证拍下来给大家看看[图片]", "P4", "must");
  });

  it("leaks without the usual words: 透个风 about a document printed next week", () => {
    expectCaught("跟你们透个风，常委会过了，明年两个乡要并到镇里。文件下周才印发，你们心里有个数就行。", "P5", "redline");
  });
});
