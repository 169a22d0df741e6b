/**
 * The checker's rules as data: what each finding says, how severe it is, and the word lists and
 * patterns that detect it. Every entry carries the inventory code it enforces (see
 * /work/shared/CONTENT-INVENTORY.md). Detectors in `detect-*.ts` only combine these; changing a
 * word list or a message never needs a change of code.
 *
 * Patterns are plain regular expressions compiled once at module load. Patterns used with
 * `matchAll` carry the `g` flag; everything else is used with `test`/`exec` and has no `g`.
 */
import type { MessageKind, Severity } from "./types";

/** The codes this checker can report. */
export type CheckCode =
  | "R1"
  | "R2"
  | "R3"
  | "R4"
  | "R5"
  | "G1"
  | "G2"
  | "G3"
  | "G4"
  | "G5"
  | "G6"
  | "G7"
  | "G8"
  | "U1"
  | "V1"
  | "V2"
  | "V3"
  | "TJ1"
  | "TJ2"
  | "TJ3"
  | "RP2"
  | "WH1"
  | "P2"
  | "P3"
  | "P4"
  | "P5"
  | "P6"
  | "P7"
  | "P8"
  | "P9"
  | "P10"
  | "XY1"
  | "XY2";

/** The form rules: they apply to official messages (not to `chat`) and need no segmentation. */
export const FORM_CODES = ["R1", "R2", "R3", "R4", "R5", "G4", "G6", "U1"] as const satisfies readonly CheckCode[];
/** Red lines (LABELS.md): 涉密, 妄议, 传谣, 拉票贿选, 红包. */
export const RED_LINE_CODES = ["V1", "V2", "V3", "TJ3", "RP2", "P5"] as const satisfies readonly CheckCode[];

export interface RuleInfo {
  code: CheckCode;
  title: string;
  /** Other inventory codes the same finding also illustrates (shown to learners, not reported). */
  related: readonly string[];
  /**
   * Inventory codes that forbid the very same conduct (a local rule restating this one: 浙江
   * ZJ1 for 拉票贿选, 咸阳 XY3 for 涉密 …). A draft labelled with one of them is caught by this
   * finding; the eval counts it so (evaluate.ts), and prints the strict count beside it.
   */
  sameConduct?: readonly string[];
}

/** Inventory codes (../shared/CONTENT-INVENTORY.md) the checker has no rule of its own for. */
export const OTHER_INVENTORY_CODES = ["P1", "U2", "U3", "ZJ1", "ZJ2", "ZJ3", "GR1", "XY3", "RP1", "RP3"] as const;

export const RULE_CATALOGUE: Readonly<Record<CheckCode, RuleInfo>> = {
  R1: { code: "R1", title: "称谓恰当礼貌", related: [] },
  R2: { code: "R2", title: "首句反映主题", related: ["G4"] },
  R3: { code: "R3", title: "内容简洁条理", related: ["G7", "XY2"] },
  // U2 (妥善处理接收延迟: ask for confirmation) is R4's 收到请回复 for an important, urgent matter.
  R4: { code: "R4", title: "尾语按需设置", related: ["U2"], sameConduct: ["U2"] },
  R5: { code: "R5", title: "署名明确勿漏", related: [] },
  G1: { code: "G1", title: "不要滥用截屏", related: [] },
  // Only for drafts sent to a work group (channel workgroup): an off-topic post there breaks G2
  // (单位群主要为了工作), the 群规 GR1 (不聊无关当地工作的其他话题) and U3 (禁止发送与公务无关的信息).
  G2: { code: "G2", title: "群里也要讲规矩（工作群只谈工作）", related: ["GR1", "U3"], sameConduct: ["GR1", "U3"] },
  G3: { code: "G3", title: "慎用语音", related: [] },
  G4: { code: "G4", title: "注意沟通效率（不用“在吗”“看到请回复”开头）", related: ["R2"] },
  // Only for posts to 朋友圈 (channel moments): the unit's people and matters shown to all one's friends.
  G5: { code: "G5", title: "区分朋友圈和工作圈", related: ["TJ2", "P5"] },
  G6: { code: "G6", title: "勿滥用私人化表情", related: [] },
  G7: { code: "G7", title: "不要处理太复杂的问题", related: ["R3"] },
  G8: { code: "G8", title: "及时回复信息", related: ["U2"] },
  U1: { code: "U1", title: "发送时间恰当（08:00—22:00）", related: [] },
  V1: { code: "V1", title: "不妄议中央", related: ["P1", "ZJ3", "GR1"], sameConduct: ["P1", "ZJ3", "GR1"] },
  // P6 (不传播不实的“八卦消息”) restates 传谣 for hearsay: the inventory's rumour case C2 carries both.
  V2: { code: "V2", title: "不造谣、不传谣", related: ["P6", "ZJ3"], sameConduct: ["ZJ3", "P6"] },
  V3: { code: "V3", title: "不拉票贿选", related: ["P7", "ZJ1"], sameConduct: ["P7", "ZJ1"] },
  TJ1: { code: "TJ1", title: "严禁利用微信群编织“关系网”", related: ["G2"] },
  TJ2: { code: "TJ2", title: "严禁对领导和同事品头论足", related: ["P6"] },
  WH1: { code: "WH1", title: "不对群主、领导吹捧表扬", related: ["GR1"] },
  TJ3: {
    code: "TJ3",
    title: "不收送可能影响公正执行公务的微信红包或电子礼券",
    related: ["ZJ2", "RP1", "RP2", "RP3"],
    sameConduct: ["ZJ2", "RP1", "RP2", "RP3"],
  },
  RP2: { code: "RP2", title: "严禁以微信红包形式赌博、变相收受贿赂", related: ["ZJ2"], sameConduct: ["ZJ2"] },
  P2: { code: "P2", title: "不能低俗", related: [] },
  P3: { code: "P3", title: "不能咒人（不强迫别人转发）", related: [] },
  P4: { code: "P4", title: "不泄露他人隐私", related: [] },
  P5: { code: "P5", title: "不发涉及国家和工作单位机密", related: ["XY3", "WH1"], sameConduct: ["XY3", "WH1"] },
  P6: { code: "P6", title: "不传播不实的“八卦消息”", related: ["V2"] },
  P7: { code: "P7", title: "收送红包当慎之又慎", related: ["ZJ2"] },
  P8: { code: "P8", title: "不要随意发广告", related: ["U3"], sameConduct: ["U3"] },
  // A 砍一刀 or 集赞 link sent to a work group is also 滥发 (U3: nothing unrelated to official business).
  P9: { code: "P9", title: "反对以送礼物为噱头诱导转发", related: ["U3"], sameConduct: ["U3"] },
  P10: { code: "P10", title: "别让微信绑架你的生活", related: [] },
  XY1: { code: "XY1", title: "进群实名备注（咸阳）", related: [] },
  XY2: { code: "XY2", title: "图片真实清晰、语音洪亮清楚（咸阳）", related: ["G3", "R3"] },
};

/** What a finding says. `{match}` is replaced by the offending text. */
export interface FindingSpec {
  code: CheckCode;
  severity: Severity;
  message: string;
  suggestion: string;
}

const spec = (code: CheckCode, severity: Severity, message: string, suggestion: string): FindingSpec => ({
  code,
  severity,
  message,
  suggestion,
});

export const FINDINGS = {
  addressMissing: spec("R1", "must", "开头缺少称谓，接收方不清楚消息是发给谁的。", "在开头写明称谓，如“各位同事：”“王主任：”“各支部：”。"),
  addressMissingReply: spec("R1", "suggestion", "回复开头没有称谓。", "回复时也宜以称谓开头，如“王主任：”。"),
  addressMissingBulletin: spec("R1", "suggestion", "公开通报没有称谓。", "发在工作群里的，可在标题后写明称谓，如“各位居民：”。"),
  addressMissingGroupReport: spec("R1", "suggestion", "发到工作群的汇报没有称谓。", "可在开头写明汇报对象，如“各位领导：”“王书记：”。"),
  addressNamePrivate: spec("R1", "suggestion", "私聊开头只称呼了名字，没有正式称谓。", "正式的请示、汇报宜用庄重的称谓开头，如“丽华主任：”“王科长：”。"),
  addressVague: spec("R1", "suggestion", "称谓“{match}”没有表明接收方的身份。", "改用能表明身份的称谓，如“各位同事：”“各位领导：”“张科长：”。"),
  addressFamiliar: spec("R1", "must", "“{match}”过于随意亲昵，不适合公务消息。", "改用庄重的称谓，如“各位同事：”“各位领导：”“张科长：”。"),
  vagueLeadIn: spec("R2", "suggestion", "首句“{match}”没有说明事由，接收方要读到后面才知道是什么事。", "删去铺垫，首句直接写明主题，如“关于……的事，现……”。"),
  pingLeadIn: spec("R2", "suggestion", "首句只有“{match}”，没有说明事由。", "首句直接写明要说的事，如“关于周五会议的材料，请……”。"),
  vagueReferences: spec(
    "R2",
    "suggestion",
    "开头用“{match}”指代要说的事，没有说明是什么事，接收方只能猜。",
    "首句直接写明事由，如“关于周四报送的考勤表，请……”，不用“那个事”“你懂的”指代。",
  ),
  smallTalkLeadIn: spec("R2", "suggestion", "首句是寒暄，没有说明事由，对方要读到后面才知道是什么事。", "删去寒暄，首句直接写明主题，如“关于……，想……”。"),
  closingPing: spec("G4", "suggestion", "“{match}”只催人回复，没说要对方确认什么。", "写明要对方回复的内容，如“收到请回复‘已阅’”；急事直接打电话。"),
  addressOnly: spec(
    "G4",
    "must",
    "只有称谓“{match}”，没有说事，对方要等下一条才知道是什么事。",
    "称谓后直接写明事由，一条消息说完整，如“王主任：关于……，请……”。",
  ),
  addressOnlyLeadIn: spec("R2", "suggestion", "消息只有称谓，没有首句，看不出是什么事。", "首句直接写明主题，如“关于周五会议的材料，请……”。"),
  openingPing: spec("G4", "must", "以“{match}”开头，只打招呼不说事，浪费对方时间。", "删去“{match}”，直接说明事由；确实需要当面沟通的，直接打电话。"),
  unnumberedMatters: spec("R3", "must", "一条消息里有多件事项，但没有分点列出，容易遗漏。", "按“1. 2. 3.”或“一、二、三、”分点写明每件事的时间、地点和要求。"),
  fragmented: spec(
    "R3",
    "must",
    "一件事拆成了好几行零碎的短句，对方要拼起来才看得懂，还容易前后矛盾。",
    "把时间、地点、要求写成完整的一条消息，必要时分点列出。",
  ),
  contentElsewhere: spec("R3", "must", "要求放在语音里，正文没有交代，对方无法查找、核对。", "把具体要求用文字写进这条消息，分点列出时间、对象和要求。"),
  contentInVoice: spec("R3", "suggestion", "事情都放在语音里，正文没有交代，对方无法查找、核对。", "把要点用文字写进这条消息，分点列出，语音只作补充。"),
  meetingIncomplete: spec("R3", "suggestion", "通知开会，没有写明地点（或线上方式）。", "写明会议的时间、地点和议题，如“明天下午3点在三楼会议室召开……”。"),
  overlong: spec("R3", "suggestion", "消息超过500字，在手机上阅读吃力，复杂事项也容易产生误解。", "压缩为要点；内容确实复杂的，改为电话、面谈或正式文件。"),
  closingNotice: spec("R4", "must", "通知类消息缺少专用尾语“特此通知”。", "在正文结尾、署名之前加上“特此通知。”"),
  closingInform: spec("R4", "suggestion", "告知类消息没有尾语。", "正式的通知宜以“特此通知。”结尾；只是告知情况的，也可不加。"),
  closingRequest: spec("R4", "suggestion", "请对方办事，但结尾没有请对方确认收到。", "在结尾加上“收到请回复，谢谢！”；如未收到回复，打电话确认。"),
  closingReport: spec("R4", "suggestion", "报告类消息缺少结尾语。", "在结尾加上“特此报告。”或“以上情况，请审阅。”"),
  signatureMissing: spec("R5", "must", "结尾没有署名，接收方不清楚是谁发出的。", "在结尾署上单位和姓名，如“办公室 王芳”，必要时加上日期。"),
  signatureMissingReply: spec("R5", "suggestion", "回复结尾没有署名。", "正式的回复宜署上单位和姓名，如“综合科 李明”。"),
  signatureMissingPrivate: spec(
    "R5",
    "suggestion",
    "私聊消息结尾没有署名。",
    "对方从微信上能看到是谁，但正式的请示、汇报宜在结尾署上单位和姓名，如“综合科 李明”。",
  ),
  signatureIntroduced: spec("R5", "suggestion", "开头已自报单位和姓名，但结尾没有署名。", "正式的消息结尾再署上单位和姓名更规范，如“立案庭 吴明”。"),
  signatureDateOnly: spec("R5", "must", "落款只有日期，缺少单位或姓名。", "在日期前署上单位和姓名，如“办公室 王芳”。"),
  sendTimeGroupReply: spec("U1", "suggestion", "回复时间为{match}，在晚上10:00以后或早上8:00以前。", "非急事可在第二天工作时间再回复。"),
  sendTimeUnderway: spec(
    "U1",
    "suggestion",
    "发送时间为{match}，在早上8:00以前或晚上10:00以后。",
    "消息说的是正在进行的值班、抢险或出车，可以即时发送；非急事请改在工作时间发送。",
  ),
  sendTimeAcknowledged: spec(
    "U1",
    "suggestion",
    "回复时间为{match}，在早上8:00以前或晚上10:00以后。",
    "只是确认收到、报个到，可以即时回复；非急事的安排请改在工作时间发送。",
  ),
  sendTime: spec("U1", "must", "发送时间为{match}，在早上8:00以前或晚上10:00以后。", "改在工作时间发送；确属紧急的，先打电话说明。"),
  emoji: spec("G6", "suggestion", "公务消息中使用了表情“{match}”。", "删去表情符号，用文字准确表达。"),
  idNumber: spec("P4", "must", "消息中含有他人的身份证号码，泄露个人隐私。", "删去身份证号码；确需核对的，通过内部系统或当面办理。"),
  bankCard: spec("P4", "must", "消息中含有他人的银行卡号，泄露个人隐私和财产信息。", "删去卡号；捐款、报销等通过单位财务或组织渠道办理。"),
  mobileNumber: spec(
    "P4",
    "must",
    "消息中含有他人的手机号码{match}，未经本人同意不应转发。",
    "删去他人号码，或先征得本人同意；工作联系请留办公电话或本人联系方式。",
  ),
  postPersonalData: spec(
    "P4",
    "must",
    "要求在群里发送身份证号、住址等个人信息，会泄露他人隐私。",
    "个人信息通过内部系统、加密文件或纸质材料报送，不要发到群里。",
  ),
  // Decision 058: in a chat too, and where no punctuation sets the matters apart (…弄完然后…报一下另外…还有就是…).
  mattersStrung: spec(
    "R3",
    "suggestion",
    "一条消息里用“然后”“另外”“还有”“对了”串起好几件事，没有分点，对方容易看漏。",
    "按“1. 2. 3.”分点写明每件事；事情多、头绪杂的，打电话或当面说。",
  ),
  // ── Decision 062: cross-round R2 and R3 causes (suggestions; data in LEAD_IN_AND_PIECES at the end) ──
  pleasantryLeadIn: spec(
    "R2",
    "suggestion",
    "开头先是寒暄，事由放在后面，对方要读到后面才知道是什么事。",
    "删去寒暄，首句直接写明事由，如“请于周五前报送……”；问候可放在事由之后或不写。",
  ),
  pointedRequest: spec(
    "R2",
    "suggestion",
    "开头用“{match}”指代要办的事，没有说明是哪件事、哪张表，对方只能猜。",
    "首句写明事由，如“请把12月考勤表……”，不用“那个表”“那个事”指代。",
  ),
  sentInPieces: spec(
    "R3",
    "suggestion",
    "消息说要分几条发或稍后再补（“{match}”），一件事拆成了好几条，对方要拼起来看。",
    "一条消息说完整，分点列出；内容多、头绪杂的，打电话或当面说。",
  ),
  chatScraps: spec("R3", "suggestion", "一件事拆成了好几行零碎的短句，对方要拼起来才看得懂。", "把事由、时间、要求写成完整的一句或一条消息。"),
  // ── Decision 068: form claims the writers do not make, made milder (data in VOICE_NOTE at the end) ──
  addressMissingVoice: spec("R1", "suggestion", "带语音的消息开头没有称谓。", "语音之外的文字宜以称谓开头，如“王局：”；要紧的事用文字写明，或直接打电话。"),
  signatureMissingVoiceReport: spec(
    "R5",
    "suggestion",
    "发到工作群的语音汇报结尾没有署名。",
    "正式的汇报宜用文字写明要点，结尾署上单位和姓名，如“综合科 李明”。",
  ),
} as const satisfies Record<string, FindingSpec>;

export type FindingId = keyof typeof FINDINGS;

// ───────────────────────────── shared vocabulary ─────────────────────────────

/** Words that, just before a term in the same clause, turn it into a prohibition (严禁收送红包). */
export const NEGATORS = /(?:不得|严禁|禁止|不准|不要|不许|切勿|请勿|勿|不能|不可|杜绝|防止|避免|谨防|严防|拒收|拒绝|反对|不|未|莫|没有|没)/;

// ───────────────────────────── R1 address ─────────────────────────────

/** Nouns a form of address ends with: titles, roles, collective recipients (R1). */
export const ADDRESS = {
  code: "R1",
  personTitles: [
    "书记",
    "副书记",
    "支书",
    "科长",
    "处长",
    "局长",
    "厅长",
    "部长",
    "主任",
    "主席",
    "秘书长",
    "秘书",
    "县长",
    "市长",
    "区长",
    "镇长",
    "乡长",
    "村长",
    "院长",
    "所长",
    "站长",
    "队长",
    "组长",
    "校长",
    "经理",
    "总",
    "董事长",
    "行长",
    "馆长",
    "社长",
    "台长",
    "庭长",
    "检察长",
    "专员",
    "巡视员",
    "调研员",
    "督察",
    "科员",
    "师傅",
    "女士",
    "先生",
    "医生",
    "大夫",
    "老师",
    "同志",
    "委员",
    "主管",
  ],
  collective: [
    "同事",
    "同志",
    "领导",
    "干部",
    "职工",
    "员",
    "代表",
    "负责人",
    "同学",
    "学员",
    "志愿者",
    "居民",
    "村民",
    "家长",
    "单位",
    "部门",
    "科室",
    "处室",
    "股室",
    "支部",
    "总支",
    "党委",
    "党组",
    "街道",
    "乡镇",
    "社区",
    "村",
    "镇",
    "乡",
    "中心",
    "学校",
    "医院",
    "局",
    "办",
    "委",
    "部",
    "科",
    "处",
    "室",
    "股",
    "所",
    "站",
    "队",
    "组",
    "院",
    "校",
    "公司",
    "班子",
    "警",
    "考生",
    "学生",
    "师生",
    "群众",
    "乡亲们",
    "业主",
    "住户",
  ],
  /** Too familiar for official messages (must-fix). */
  familiar: [
    "亲",
    "亲们",
    "亲亲",
    "宝",
    "宝宝",
    "宝宝们",
    "宝贝",
    "宝贝们",
    "宝子",
    "宝子们",
    "家人们",
    "老铁",
    "老铁们",
    "铁子们",
    "兄弟们",
    "兄弟姐妹们",
    "姐妹们",
    "哥们",
    "哥们儿",
    "哥几个",
    "小伙伴们",
    "小可爱们",
    "集美们",
    "大佬们",
    "美女们",
    "帅哥们",
    "喂",
    "嘿",
    "老头老太",
    "老头老太们",
    "老头们",
    "老太们",
  ],
  /** Polite but says nothing about who the recipients are (suggestion). */
  vague: ["大家", "各位", "您", "你", "朋友们", "大伙", "大伙儿"],
  /** Greetings that may follow or stand in for an address. */
  greeting: /^(?:您好|你好|大家好|大家上午好|大家下午好|大家晚上好|各位好|早上好|上午好|中午好|下午好|晚上好|早安|辛苦了|大家辛苦了)[！!，,。~～\s]*/,
  /** A greeting or call to attention after the address (局长早！, 大伙儿注意啦：): stripped before it is classified. */
  // 各位同事早上好！/ 各位领导下午好 (r54, r63): a time-of-day greeting after the address; none of the three
  // drafts of all sets so opened is labelled R1 (decision 052).
  trailingGreeting: /(?:早上好|上午好|中午好|下午好|晚上好|您好|你好|大家好|们好|好|早|注意啦|注意了|请注意)$/,
  prefix: /^(?:尊敬的|亲爱的|敬爱的)/,
  /** A clause containing any of these is content, not an address. */
  notAddress: /[请去到要将把让了吗呢吧啊是都\d]|那个|这个|明天|今天|后天|上午|下午|晚上|本周|下周|通知|提醒|注意|紧急|重要|收到|好的|谢谢|群里|咱们|我们/,
  /** Familiar terms that also work mid-message at the start of a sentence or clause. */
  familiarInline:
    /(?:^|[。！？!?\n，,：:；;])[ \t\u3000]{0,8}(家人们|老铁们?|亲们|宝子们|宝宝们|兄弟们|姐妹们|兄弟姐妹们|集美们|小伙伴们|小可爱们|铁子们)(?=[，,！!：:~～\s。]|$)/g,
  /** 亲 as a term of endearment after a sentence particle: 好的呢亲， */
  qinParticle: /(?<=[呢哈啊呀嘛哦的好滴])亲(?=[，,。！!~～\s]|$)/g,
} as const;

/** Common surnames, compound ones first (used for names in addresses and signatures). */
export const SURNAMES =
  "欧阳|司马|诸葛|上官|东方|慕容|令狐|皇甫|尉迟|公孙|长孙|宇文|司徒|夏侯|" +
  "[王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖萧田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付傅方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝]";

/** Two- to three-character words that start with a surname but are not names. */
export const NOT_NAMES = new Set([
  // 今天这台手术下来腿都站麻了 (r85): numb legs, no person surnamed 麻; neither draft of all sets with 麻了 names one (decision 074).
  "麻了",
  "谢谢",
  "收到",
  "好的",
  "明白",
  "周知",
  "特此",
  "马上",
  "祝好",
  "安全",
  "方便",
  "高兴",
  "白天",
  "常规",
  "文件",
  "于是",
  "向您",
  "程序",
  "时间",
  "明天",
  "江湖",
  "成功",
  "成员",
  "全体",
  "全部",
  "单位",
  "关于",
  "关注",
  "关心",
  "和谐",
  "金额",
  "石头",
  "黄金",
  "方案",
  "方面",
  "方式",
  "段落",
  "司机",
  "车辆",
  "路上",
  "吉祥",
  "宁可",
  "应该",
  "应当",
  "任务",
  "任何",
  "管理",
  "连续",
  "米饭",
  "党员",
  "党费",
  "卫生",
  "宫殿",
  "龙头",
  "华为",
  "古村",
  "景区",
  "席位",
  "全面",
  "解决",
  "解放",
  "包括",
  "万分",
  "万一",
  "单独",
  "邢台",
]);

// ───────────────────────────── R2 / G4 opening ─────────────────────────────

/**
 * Opening "pings" that carry no subject (G4). Tested against the first clause. The ping may be followed by the group it
 * calls (在吗在吗大家！！！周四全体到县社开年终总结会, r131-119, G4 by both readers): 78 of the 80 drafts of all sets that open
 * with 在吗, 在不在, 在么 or 在嘛 are G4, the two clean ones a chat among friends (decision 116).
 */
export const OPENING_PING = {
  code: "G4",
  pattern:
    /^(?:(?:请问)?(?:您|你)?(?:现在)?(?:在吗|在嘛|在么|在不在|在没|有空吗|有空没|有时间吗|方便吗|方便说话吗|方便接电话吗|忙吗|忙不忙|(?:看到|收到)(?:消息|信息|后)?请?回(?:复|个话|我)(?:一下|下)?(?:哈|啊|哦|呀)?|打扰一下在吗)[？?！!，,\s]*)+(?:(?:大家|各位)[？?！!，,\s]*)?$/,
  /** The same ping closing a message (…看到请回复！): a suggestion, the matter is already stated. */
  closing: /看到请?回复/,
} as const;

/** First sentences that only announce that there is something to say (R2). */
export const VAGUE_LEAD_IN = {
  code: "R2",
  maxLength: 20,
  patterns: [
    /^(?:那个|嗯|嗯嗯)?[，,]?(?:我|我们|我这边|这边)?(?:这里)?(?:有|有个|有件|有一件|有一个|有点|说个|说件|讲个|问个|请教个)(?:小|急|重要的?|紧急的?)?(?:事|事情|事儿|问题|情况)(?:想|要|需要|得|必须)?(?:跟|和|向|给|同)?(?:您|你|大家|各位|领导)?(?:说|讲|汇报|报告|请示|商量|沟通|请教|咨询|反映|通报|交代|确认|问|说明|找)?(?:您|你|大家|领导)?(?:一下|下)?(?:哈|啊|哦|呀|呢|吧)?$/,
    /^(?:我|我们)?(?:想|要)?(?:跟|和|向|给|同)?(?:您|你|大家|各位|领导)?(?:说|讲|汇报|报告|请示|商量|沟通|通报|交代|通知|提醒|说明|请教|咨询|问)(?:您|你|大家)?(?:个|件|一件|一个)?(?:小)?(?:事|事情|事儿|情况|问题)?(?:一下|下)?(?:哈|啊|哦|呀|呢|吧)?$/,
    /^(?:打扰|麻烦|冒昧打扰|不好意思|抱歉)(?:一下|了|您|你|您了|你了|大家了|大家)?(?:一下)?$/,
    /^(?:重要|紧急|特别)?(?:通知|提醒|事项)$/,
    /^(?:紧急扩散|求扩散|扩散|速看|必看|速转|重磅|震惊|紧急)$/,
  ],
  /** A first sentence of small talk (最近天气变化大，大家都挺忙的) with nothing to act on. */
  smallTalk: /天气|天冷了|天凉了|降温了|注意保暖|多穿点|最近都|最近挺|最近大家|好久不见|挺忙的|都挺忙|吃了吗|周末愉快|身体还好|一切都好|新的一周|大家加油/,
  task: /关于|请|定于|通知|报送|商请|汇报|会议|需要|拟|要求|事项|材料|安排|借用|审定|反馈/,
  /**
   * The matter named only by pointing at it (那个事, 就那个, 你懂的, 都知道了吧): two or more in the
   * opening (`referenceWindow` characters of content) and the reader cannot tell what it is about.
   */
  vagueReference: /那个事|那件事|那个表|那个啥|那个那个|那个谁|就那个|那个意思|上次那个|上次说的那|你懂的|你也知道的|都知道了吧/g,
  referenceWindow: 60,
} as const;

// ───────────────────────────── R3 order and length ─────────────────────────────

export const ORDER = {
  code: "R3",
  /** More than this many non-whitespace characters is overlong (suggestion). */
  maxChars: 500,
  /** This many matters or more without numbering must be numbered. */
  minMatters: 3,
  /** This many lines or more, three in four of at most `fragmentChars` characters, is one matter in scraps. */
  fragmentLines: 4,
  fragmentChars: 8,
  /** List markers: 1. 1、 (1) 一、 一是 （一） ① 第一， 首先 其次; 1. before a date (1.12月9日：…, r88-075), which the
   * decimal guard (?!\d) dropped: none of the 30 drafts of all sets with such items at a line's start is R3 (decision 076). */
  listMarker:
    /(?:^|[\n：:；;。！？!?，,\s])[ \t\u3000]{0,8}(?:\d{1,2}[.．、)）](?!\d)|\d{1,2}[.．](?=\d{1,2}月)|[（(]\d{1,2}[)）]|[一二三四五六七八九十]{1,3}[、是](?=\S)|[（(][一二三四五六七八九十]{1,3}[)）]|[①②③④⑤⑥⑦⑧⑨⑩]|第[一二三四五六七八九十]{1,3}[，,、是：:]|首先|其次|再次)/g,
  /** 然后 / 另外 / 还有 / 对了 anywhere, one linking word per matter (checkStrungMatters, decision 058). */
  strung: /另外|还有|然后|对了/g,
  /** Connectors that add another matter: 另外 还有， 再就是 此外 顺便说一下 对了 */
  connector:
    /(?:^|[。！？!?；;\n，,：:])[ \t\u3000]{0,8}(?:另外|此外|还要(?=[\u4e00-\u9fff])|再就是|再有就是|再有|还有就是|还有(?:一件事|一个事|一点|一项|(?![\d一二两三四五六七八九十几多]))|另(?=[，,])|顺便(?:说一下|提一下|通知一下|说下|问一下)?|对了)/g,
  /** The requirements left to voice messages sent before: the text does not carry the matter (一条消息说完整). */
  elsewhere: /按语音|见语音/,
  /**
   * The matter told only in voice notes (都在语音里了, 就是语音里说的): a suggestion beside G3. Of the twelve
   * such drafts of all sets, three carry R3 (decision 047); the requirements to be followed 按语音 stay must-fix.
   */
  inVoice: /语音里|听一下语音|几条语音|听语音/,
  /** A meeting called … */
  meeting: /开会|会议|召开/,
  /** … with no place: where, or that it is online. */
  meetingPlace: /地点|会议室|室|楼|厅|中心|礼堂|所|站|局|线上|视频|腾讯会议|钉钉|网上|在[\u4e00-\u9fff]{1,12}(?:召开|开会|举行)|到[\u4e00-\u9fff]{1,10}开/,
  /**
   * A duty roster (本周末值班安排如下：⏎周六：…⏎周日：…): its dated lines are one matter, the roster, not several. Of the 51 drafts
   * of all sets with 值班安排如下, 50 are clean and one R4, none R3 by label; nine were claimed R3 on their dates (r229-082,
   * r228-110; decision 113). Only the dates stop counting: three matters strung on 另外/还有 stay R3.
   */
  roster: /值班安排如下/,
  /** A time or date expression; sentences with different ones are counted as separate matters. */
  time: /\d{1,2}月\d{1,2}[日号]|\d{1,2}[日号](?!常)|周[一二三四五六日天]|星期[一二三四五六日天]|[今明后昨]天|[今明]日|[上下本这](?:周|星期|个月)|\d{1,2}[:：]\d{2}|\d{1,2}点/,
} as const;

// ───────────────────────────── R4 closing ─────────────────────────────

/** A unit naming itself at the opening as the sender of a reminder (医院纪委提醒：, 派出所提醒：), decision 044. */
const ISSUER_REMINDER = String.raw`^[\u4e00-\u9fff]{0,10}(?:纪委|纪检组|纪工委|办公室|办|科|股|局|所|站|队|院|中心|委员会|社区|街道|政府|部|支部|党委|工会|医院|学校|公司)(?:温馨)?(?:提醒|提示)[：:]`;
/** A notice's closing that asks it to be carried out (请各单位遵照执行), beside 特此通知 (decision 045); since decision 077 also
 * 请大家遵照执行 (r96-028): none of the six drafts of all sets with 请…遵照执行 is R4, all clean. */
export const ABIDE_CLOSING = String.raw`请[\u4e00-\u9fff]{0,6}遵照执行`;

export const CLOSING = {
  code: "R4",
  /** How many sentences before the signature count as the closing. */
  zoneSentences: 3,
  // 特此公示 closes a 公示 (关于…换届选举结果的公示, r87-118): none of the 14 drafts of all sets with 特此公告/通告/通报/公示
  // is R4 (decision 075).
  // 特此说明 (r93-057, a member leaving the work group): none of the six drafts of all sets with it is R4, all clean (decision 077).
  notice: new RegExp(`特此(?:通知|公告|通告|通报|告知|提醒|公示|说明)|${ABIDE_CLOSING}`),
  request:
    /收到(?:后)?请?(?:及时|立即|尽快|马上)?回(?:复|个话|个信)|请(?:及时|立即|尽快)?回复|回复(?:收到|确认)|收悉请复|盼复|望回复|敬请回复|请(?:予以)?确认|请(?:及时)?反馈|请告知|[请并]?于.{0,16}?(?:前|内)?(?:回复|反馈|告知|答复|确认)|是否方便/,
  report: /特此(?:报告|汇报)|专此报告|妥否|请(?:审阅|审示|审定|阅示|批示|指示|示|指正|阅处)|请批评指正/,
  /** Thanks for cooperation (谢谢大家配合！) or to all (谢谢大家！): writers accept it as a notice's closing (decisions 034, 035: never labelled R4). */
  thanks: /(?:谢谢|感谢)(?:大家|各位|您)?的?(?:配合|支持|理解)|(?:谢谢|感谢)(?:大家|各位)[！!。]/,
  /**
   * 尾语按需设置: 特此通知 is required of a notice that arranges something — a meeting, an activity, a
   * task or rule the recipients must carry out. A message that only informs (a parcel has arrived, a
   * document was published, a programme airs tonight, a bulletin) is asked for it only as a suggestion.
   */
  noticeArranges:
    /会议|开会|召开|参会|参加|出席|列席|集合|报到|到岗|值班|举行|举办|开展|活动|培训|学习|巡察|检查|督查|考核|报送|上报|提交|填报|登记|准备|落实|完成|整改|自查|配合|执行|实行|施行|启用|停用|停电|停水|关闭|务必|一律|不得|严禁|禁止|准时|按时|截止|之前|前将|另行通知|换届|选举|投票|转告|告知|说一声|通知到|外传/,
  /** A gathering of friends, classmates or comrades (同学聚会, 战友聚会): announced outside work, not an official notice. */
  noticeSocial: /同学聚会|战友聚会|老乡聚会|校友聚会|家庭聚会|同学会|校友会|战友会|老同学/,
  /** A reminder to the public (关于防范…诈骗的提醒): it warns rather than arranges, whatever its 务必. */
  /** … and a unit's reminder or one to all (纪委提醒：, 提醒各位网格员：), decision 044: 1 of 130 reminders in rounds 1–45 is labelled R4. */
  noticeWarns: new RegExp(String.raw`(?:的|风险|温馨|安全|防范)(?:提醒|提示)(?:[。：:\n]|$)|${ISSUER_REMINDER}|^提醒(?:一下)?(?:各位|大家|全体)`),
} as const satisfies {
  code: CheckCode;
  notice: RegExp;
  request: RegExp;
  report: RegExp;
  thanks: RegExp;
  noticeArranges: RegExp;
  noticeWarns: RegExp;
  noticeSocial: RegExp;
  zoneSentences: number;
};

/** When no kind is given it is inferred from these markers; undecided means no closing check. */
/** Without markers: a meeting being called is a notice; asking one named person to act is a request. */
export const KIND_HINTS = {
  /** A notice: one of `first`, then one of `then` within `window` characters of the same sentence. */
  notice: [
    { first: ["定于", "将于"], then: ["召开", "举行", "举办", "开展"], window: 24 },
    { first: ["会议，", "大会，", "培训，", "例会，"], then: ["参加", "参会", "出席"], window: 12 },
  ],
  request: /请(?!问|假)/,
} as const;

export const KIND_MARKERS: ReadonlyArray<{ kind: MessageKind; anywhere: RegExp; opening: RegExp }> = [
  { kind: "notice", anywhere: /特此(?:通知|公告)|通知如下/, opening: /的通知|(?:重要|紧急|有关)通知|^通知[：:]|通知$/ },
  { kind: "report", anywhere: /特此报告|汇报如下|报告如下|妥否/, opening: /(?:现将|向您|跟您|给您|特此|情况)(?:汇报|报告)|(?:汇报|报告)(?:如下|一下)/ },
];

// ───────────────────────────── R5 signature ─────────────────────────────

export const SIGNATURE = {
  code: "R5",
  maxLines: 4,
  maxLength: 40,
  unitSuffix:
    "办公室|办|科|股|处|局|厅|部|委|委员会|中心|小学|中学|大学|幼儿园|支部|总支|党委|党组|工委|工会|团委|妇联|政府|街道|社区|居委会|村委会|村|镇|乡|所|站|队|院|校|组|专班|指挥部|病区|公司|集团|协会|学会|室|馆|会|署|庭|分局|银行|支行|分行|医院|学校|食堂|合作社|班|年级",
  /** The sender named at the opening of a one-to-one message: 您好，我是市中院立案庭小吴。 */
  /** A role noted after the unit, in brackets: （群主）（值班） — not part of the unit's name. */
  // … also before the signature's date on the same line (局办公室（保密办） 12月7日, r67): none of the 18 drafts of all
  // sets whose last line is a unit with such a note is labelled R5 (decision 055).
  roleNote: /[（(][\u4e00-\u9fff]{1,6}[)）](?=\s{0,4}(?:\d{1,2}\s{0,2}月\s{0,2}\d{1,2}\s{0,2}[日号])?$)/,
  /** The same role before the name (区税务局办公室（群主）许静): dropped, the name kept. */
  roleNoteInner: /[（(](?:群主|负责人|联系人|值班员?|管理员|网格员)[)）](?=[\u4e00-\u9fff])/,
  /** A joint notice's note after the signature (马家坪信用社 王敏（与乡经发办联合通知）): dropped like a role. */
  jointNote: /[（(](?:与|会同|联合)[\u4e00-\u9fff、]{1,16}[)）]$/,
  /** The same note with the sender's name (县政府办公室（群主 孙浩）): the name is kept. */
  roleNameNote: /[（(](?:群主|负责人|联系人|值班员?|管理员|网格员)[\s：:]*([\u4e00-\u9fff]{2,4})[)）]$/,
  // 我是县医保局档案员刘芳。 (r96-049): a role and a name after the unit (decision 077).
  selfIntroduction:
    /我是[\u4e00-\u9fff（）()]{1,24}?(?:办公室|办|科|股|处|局|厅|部|委|中心|支部|党委|工会|政府|街道|社区|村委会|所|站|队|院|校|组|公司|集团|庭|分局|银行|支行|医院|馆)(?:[\u4e00-\u9fff]{0,4}|[\u4e00-\u9fff]{0,3}(?:员|干事|专干|会计)[\u4e00-\u9fff]{2,3})[，,。！!\s]/,
  /**
   * A unit's reminder named at the opening (医院纪委提醒：, 派出所提醒：): the issuer says who sends it and
   * that it is a public reminder; none of the 51 such drafts of rounds 1–45 is labelled R1 (decision 044).
   */
  issuerReminder: new RegExp(ISSUER_REMINDER),
  /** A reminder opened by 提醒： alone (提醒：阅览室今天下午暂停开放…保管利用科, r96-066): none of the 16 drafts of all sets opening
   * 提醒：, 提醒一下： or 温馨提醒： is R1, all clean (decision 077). */
  bareReminder: /^(?:温馨)?提醒(?:一下)?[：:]/,
  /**
   * A bracketed title naming a public bulletin (【警情通报】, and since decision 044 【辟谣】 and 【停水通知】 to
   * residents): it says what it is without an address. No draft of rounds 1–45 opening with 【…】 is labelled R1.
   */
  // 【气象科普】, 【防雷小知识】 (r87-046, r87-108): a unit's outreach post; none of the 162 drafts of all sets opening
  // with 【…】 is R1 (decision 075).
  bulletinTitle: /^【[^】]{0,20}(?:通报|公告|通告|提示|提醒|预警|快讯|辟谣|科普|知识|常识|停水通知|停电通知|停气通知|转发)】/,
  date: /^(?:(?:\d{4}|[〇零一二三四五六七八九]{4})\s*年\s*)?(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*月\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*[日号]$|^\d{4}[-./]\d{1,2}[-./]\d{1,2}$/,
  contactLabel: /(?:联系人|联系电话|联系方式|办公电话|咨询电话|电话|手机|邮箱|传真)[：:]\s*/g,
  /** An office extension after the name, as lesson r5 recommends: 周敏（分机 8021）, 分机号：8021. */
  extension: /[（(]?\s{0,4}分机号?\s{0,4}[：:]?\s{0,4}\d{2,6}\s{0,4}[)）]?/g,
  /** A piece containing any of these is a sentence, not a signature. */
  notSignature:
    /[。！？!?]|请|谢谢|感谢|吗|呢|吧|啊|哈|了|需要|要求|将于|已经|已于|明天|今天|后天|上午|下午|晚上|参加|开会|加班|上班|下班|回复|通知|报告|收到|好的|链接|http/,
  // 统计：罗平 (r181-054), 值班人：马德福 (r181-106): the field report's compiler or the one on duty, signing; both clean by both
  // readers, neither R5 (decision 102).
  leader: /^(?:——|—|--|-|落款[：:]?|署名[：:]?|(?:报告人|汇报人|报送人|发布人|统计人?|值班人|填报人|记录人)[：:])\s*/,
  /** A role beside the name (城关二小三年级二班 班主任 吴老师): neither identity nor content. */
  // 值班医生 (decision 048): the duty role of 医生/护士, as 值班员 already is.
  role: /^(?:班主任|副?班主任|任课老师|群主|负责人|网格员|值班员|联络员|代发|转发|(?:值班)?(?:护士|护士长|医生)|民警|社区民警|辅警|干事|科员)$/,
  /** The same role glued to the end of the unit (四（1）班班主任). */
  roleSuffix: /(?:副?班主任|任课老师|群主|负责人|网格员|值班员|联络员)$/,
  /**
   * A given name alone, as colleagues sign to each other (…还有5位在路上。一鸣, r185-059; …安装了国家反诈中心APP。国栋, r185-089;
   * …您看是否方便？志远, r183-066; ⏎晓东, ⏎雨欣): two characters, each a common given-name character, so that words (速度, 散会,
   * 儿科) and laughter (哈哈) are not names. None of the 15 drafts of all sets signed so that R5 was claimed on is labelled R5 by
   * either reader (decision 102).
   */
  givenName:
    /^(?:晓|志|国|建|一|雨|悦|达|海|春|文|伟|俊|丽|德|永|家|佳|嘉|梦|宏|红|玉|秀|桂|亚|慧|振|卫|金|新|子|思|欣|明|立)(?:燕|远|鸣|栋|鹏|国|东|欣|悦|娃|华|平|军|峰|强|伟|芳|红|丽|英|梅|霞|敏|静|婷|涛|刚|勇|杰|磊|斌|波|辉|林|龙|飞|宇|浩|凯|亮|超|鑫|云|莉|萍|娟|琴|玲|洁|兰|慧|颖|倩|雪|晨|阳|明|成|生|文|武|民|宁|珍|琳|蓉|薇)$/,
  /** A surname with 老师 (吴老师): how a teacher signs to parents. */
  teacherName: /^[\u4e00-\u9fff]老师$/,
} as const;

// ───────────────────────────── U1 send time ─────────────────────────────

export const SEND_TIME = {
  code: "U1",
  /** Allowed window in minutes after midnight, Beijing time: [08:00, 22:00]. */
  earliest: 8 * 60,
  latest: 22 * 60,
  /** Offset applied to ISO times that carry a zone: China Standard Time, UTC+8, no DST. */
  zoneOffsetMinutes: 8 * 60,
  /**
   * A chat that hands out work (材料…补一下, 把方案改好发我) is a work message whatever its kind: its
   * send time matters too. A chat with family or friends at night names no work to be done.
   */
  workTask:
    /(?:材料|文件|报告|方案|表格|报表|台账|讲话稿|汇报|总结|数据|稿子|通报|档案|清单)[^。！？!?\n]{0,16}(?:补|改好|改一下|修改|发我|发给我|报给|报上来|交上来|交给我|整理|弄好|弄完|准备好|提交|上报|核一下|核对)/,
  /**
   * A job finished and told (台账终于弄完了，回家路上月亮挺圆, r124-090, clean by both readers) hands out no work: it is taken out
   * before `workTask` is looked for. None of the five drafts of all sets with 终于/总算 … 弄完 is U1 (two clean, three P5: a
   * document shown; decision 087). 材料终于弄完了，小王你把数据核对一下发我 still hands out work.
   */
  workDone: /(?:终于|总算)[^。！？!?\n]{0,12}弄完了?/g,
  /**
   * Work under way as the message is sent (人到齐了，按分片开扫 at 05:25, r193-026, a sanitation crew on the early shift; 新生儿室12床
   * 宝宝刚测经皮胆红素 at 23:48 and 我马上过来看 at 23:52, r188-018/019, a hospital's night duty; 收到，已在路上 at 07:35, r188-021; all clean
   * by both readers): the crew gathered or on its way, a patient's bed, an emergency met at once. All 15 drafts of all sets claimed
   * U1 with these words are not U1 by label (decision 104), so U1 is only a suggestion there. A notice for tomorrow's gathering
   * (明早7:30局门口集合) names none of them and stays a must-fix.
   */
  underway: /人齐了|人到齐|到齐了|已在路上|在路上了|马上到|马上过来|十分钟后|立即|开扫|(?<![0-9０-９])[0-9０-９]{1,3}床|急诊|刚测|刚收/,
  /**
   * A reply that acknowledges the message it answers (收到，已到园 at 07:35, r264-048; 收到 at 06:46, r264-086; 饲养班收到，七点半到 at
   * 06:50, r264-087; all three traps, clean by both readers): the team told to come early answers when it is told. 33 of the 34
   * replies of all sets sent out of hours and opening with 收到 (or a team's 班/组/队/科/站/所/股/室 and 收到) are clean; the one
   * labelled U1 (r212-024) keeps it as a suggestion. Only for a short reply (`ackMaxLength` characters) that hands out no work
   * (`workTask`) and instructs no one (`ackInstructs`): 收到。小王把材料整理好发我 and 收到！各位明早6点集合出发，带好材料 at 23:00 stay
   * must-fixes, and 收到请回复 is a notice's ending, no acknowledgement (decision 121; the last two found in the lead's review).
   */
  acknowledged: /^\s*(?:[\u4e00-\u9fff]{1,4}[班组队科站所股室])?收到(?![的人请])/,
  ackMaxLength: 40,
  /** Words that address or instruct others (各位, 全员, 务必, 集合 …): a reply with one of them gives orders, no acknowledgement. None
   * of the 34 out-of-hours replies of all sets that open with 收到 has one. */
  ackInstructs: /各位|大家|全员|全体|所有人|请|务必|要求|必须|集合|扣分|带好|准时/,
} as const;

// ───────────────────────────── G6 emoji ─────────────────────────────

export const EMOJI = {
  code: "G6",
  /** A run of pictographic emoji (with modifiers, joiners and flags). ©®™ are not counted. */
  run: /(?:(?![\u00A9\u00AE\u2122])\p{Extended_Pictographic}|\p{Regional_Indicator})(?:(?![\u00A9\u00AE\u2122])\p{Extended_Pictographic}|\p{Emoji_Modifier}|\p{Regional_Indicator}|\u200D|\uFE0F)*/gu,
  /** A bracketed word as WeChat pastes its stickers ([捂脸] [抱拳] …); a sticker when the word is in `stickers`. */
  wechat: /\[([^[\]\n]{1,4})\]/g,
  stickers: new Set([
    "微笑",
    "撇嘴",
    "色",
    "发呆",
    "得意",
    "流泪",
    "害羞",
    "闭嘴",
    "睡",
    "大哭",
    "尴尬",
    "发怒",
    "调皮",
    "呲牙",
    "惊讶",
    "难过",
    "酷",
    "冷汗",
    "抓狂",
    "吐",
    "偷笑",
    "愉快",
    "白眼",
    "傲慢",
    "困",
    "惊恐",
    "流汗",
    "憨笑",
    "悠闲",
    "奋斗",
    "咒骂",
    "疑问",
    "嘘",
    "晕",
    "衰",
    "骷髅",
    "敲打",
    "再见",
    "擦汗",
    "抠鼻",
    "鼓掌",
    "坏笑",
    "左哼哼",
    "右哼哼",
    "哈欠",
    "鄙视",
    "委屈",
    "快哭了",
    "阴险",
    "亲亲",
    "可怜",
    "菜刀",
    "西瓜",
    "啤酒",
    "咖啡",
    "猪头",
    "玫瑰",
    "凋谢",
    "嘴唇",
    "爱心",
    "心碎",
    "蛋糕",
    "炸弹",
    "便便",
    "月亮",
    "太阳",
    "拥抱",
    "强",
    "弱",
    "握手",
    "胜利",
    "抱拳",
    "勾引",
    "拳头",
    "OK",
    "跳跳",
    "发抖",
    "怄火",
    "转圈",
    "嘿哈",
    "捂脸",
    "奸笑",
    "机智",
    "皱眉",
    "耶",
    "吃瓜",
    "加油",
    "汗",
    "天啊",
    "社会社会",
    "旺柴",
    "打脸",
    "哇",
    "翻白眼",
    "666",
    "让我看看",
    "叹气",
    "苦涩",
    "裂开",
    "合十",
    "庆祝",
    "烟花",
    "礼物",
    "红包",
    "發",
    "福",
  ]),
} as const;

// ───────────────────────────── P4 personal data ─────────────────────────────

export const PERSONAL_DATA = {
  code: "P4",
  /** 18-digit resident ID: region, birth date 19xx/20xx, sequence, check digit. */
  idNumber: /(?<![0-9A-Za-z])[1-8]\d{5}(?:19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\d{3}[\dXx](?![0-9A-Za-z])/g,
  /** Mainland mobile number, optionally grouped 3-4-4. */
  mobile: /(?<![0-9])1[3-9]\d(?:[ -]?\d{4}){2}(?![0-9])/g,
  /** Bank card number (16–19 digits) introduced as such. */
  bankCard: /(?:卡号|银行卡|账号)[^0-9。！？!?\n]{0,8}(?<![0-9])(?:[1-9]\d{15,18})(?![0-9])/g,
  /** The writer's own data ("本人身份证号…", "本人手机号已更换为…") is theirs to share. */
  own: /本人|我的|我(?:的)?(?:新)?(?:手机|电话|号码)/,
  ownLookback: 10,
  /** A number introduced as a work contact: 联系人 / 如有疑问请联系 / 咨询电话 … */
  contact: /联系人|联系电话|咨询电话|办公电话|值班电话|服务电话|热线|请(?:与|联系|致电|拨打)|如有(?:疑问|问题|需要|不明)|致电|拨打|联系/,
  contactLookback: 20,
  /** A sentence about a person's private circumstances is never a contact line. */
  sensitive: /身份证|住址|家住|病|案底|信访人|欠款|低保|困难/,
  /** A posting withdrawn or asked to be (请他撤回了): the sentence corrects it. */
  withdrawn: /撤回|已删除|删掉了/,
  // 截图前请遮挡居民姓名、身份证号 (decision 048): a request that masks the data is no request to post it;
  // all four drafts of all sets that ask for masking are clean (没打码 is the opposite).
  masked: /遮挡|打码|隐去|脱敏/,
  /** Posting the data called improper right after it (身份证号发群里不太合适，我用表格单独发您邮箱吧, r98-051): a refusal, the
   * guide's own advice (decision 078) — unless the sentence goes on to post it anyway (…不合适，但急用，先发群里了). */
  refused: /^[^。！？!?\n，,]{0,4}(?:不太合适|不合适|不妥|不太好|不安全)/,
  refusedBut: /但|可是|不过|还是|先发|就发|发了/,
  unmasked: /[没未不]有?(?:遮挡|打码|隐去|脱敏)/,
  /** Asking for others' personal data to be posted in a group. */
  postInGroup: [
    /(?:身份证号?码?|家庭住址|住址|银行卡号|病历|病情)[^。！？!?\n]{0,20}?(?:发|晒|贴|传|上传)(?:到|在|至)?(?:(?:这个|本|工作)?群|(?:我|给我)?微信)/g,
    /(?:发|晒|贴|传|上传)(?:到|在|至)?(?:这个|本|工作)?群(?:里)?[^。！？!?\n]{0,20}?(?:身份证|家庭住址|住址|银行卡号)/g,
  ],
} as const;

// ───────────────────────────── decision 062: cross-round R2 and R3 causes ─────────────────────────────

/**
 * Form causes of R2 and R3 misses counted across all sets (rounds 72–73 not counted), each on words that
 * carry the code in at least 80 % of at least five drafts (docs/decisions/062-checker-cross-round-form-r2-r3.md).
 * All four findings are suggestions; formFindings runs them last (checkLeadInAndPieces, detect-form.ts), each only when its code is not found yet.
 */
export const LEAD_IN_AND_PIECES = {
  /** A notice, request or report whose first sentence is a pleasantry (大家都辛苦了, 再接再厉, 阳光明媚). */
  pleasantryFirst: /辛苦了|辛苦大家|再接再厉|阳光明媚|好日子|忙了一整天|忙晕/,
  /** … or whose matter comes only after a turn (另外说一下, 顺便说一下, 说正事) past weather and greetings. */
  turnToMatter:
    /说正事|言归正传|顺便说一下|顺便说下|另外说一下|另外说下|现在说个事|说个正事|回到正题|说一下正事|说到这个|顺便提一下|顺便通知一下|另外通知一下|另外提醒一下|另外说个事|顺便说个事|说个事/,
  pleasantryBeforeTurn:
    /天气|天冷|天凉|降温|保暖|多穿|辛苦|早上好|上午好|下午好|晚上好|好日子|阳光|忙了一整天|忙晕|身体|感冒|再接再厉|好久不见|周末愉快|大家加油|节日快乐|吃了吗/,
  /** The opening points at the thing to be done and names it nowhere (那个表大家填一下, 上回说的那个表发我). */
  pointedRequest:
    /^(?:哎|诶|喂|那个)?[，,]?(?:把|你把)?(?:上次|上回|昨天|前天|之前|前几天|刚才)?(?:说的|提的|讲的)?那个(?:事情|事|表格|表|东西|材料|文件)[^，,。！？!?\n]{0,8}?(?:弄一下|弄下|填一下|填下|(?<!汇)报一下|(?<!汇)报下|发我|给我|交一下|交下|问了没|弄好没|怎么样了|咋样了|办一下)/,
  /** One matter sent in several messages (我分几条发, 剩下的等下再发, （未完）, （下一条）, （消息1）). */
  inPieces:
    /分几条(?:再)?发|分[两三四五六七八九]条发|(?:等[会下]|等会儿|一会儿?|稍后)(?:再|分开|单独)(?:发|补|说)|下条继续|[（(]未完|剩下的?.{0,4}(?:再发|分开发)|回头再补|先说这么多|[（(](?:消息\d{1,2}|第[\d一二三四五六七八九十]{1,2}条|下一条|\d{1,2}\/\d{1,2})[)）]/,
  /** A line that is only stickers, voice notes or pictures ([语音 59″]) is no scrap of the text. */
  bracketLine: /^(?:\[[^\]\n]*\]\s*)+$/,
} as const;

// ───────────────────────────── decision 068: form claims made milder ─────────────────────────────

/**
 * Slices where the writers do not carry a form code the checker claimed as must-fix, counted across all sets
 * (rounds 78–79 not counted; docs/decisions/068-checker-cross-round-form-claims-wh1.md): in at least 80 % of at
 * least ten drafts the claim is wrong, so it becomes a suggestion there (found still, no longer claimed).
 */
export const VOICE_NOTE = {
  /** A message carrying voice notes ([语音 59″], [语音转文字]): no address claimed (14 of 16 not R1), and in a work
   * group's report no signature claimed (16 of 20 not R5). */
  voiceNote: /[[【]语音/,
} as const;
