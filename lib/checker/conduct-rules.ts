/**
 * The conduct rules as data. Each rule says which concepts (lexicon.ts) must appear together, how
 * far apart, what context cancels it (a refusal, a warning, a training notice, a negator), its
 * inventory code and severity, and what the finding tells the writer. Rules of one `group` report
 * at most one finding per sentence, the first rule in order winning (a red packet tied to a vote
 * is V3, not also TJ3 and P7).
 *
 * Severities follow the label specification (/work/corpus/LABELS.md): red lines V1 V2 V3 TJ3 RP2
 * P5; must-fix P2 P3 P4 P6 P8 P9 TJ1 TJ2 WH1; P7 (红包 with no tie to anything) is a caution.
 */
import type { Concept } from "./lexicon";
import type { CheckCode } from "./rules";
import type { Channel, Severity } from "./types";

export type Scope = "sentence" | "near" | "message";

/**
 * What makes a P5 rule's words no leak when it stands near them: a secret handled as it should be
 * (SECRET_PROPER: 以正式文件为准, 保密柜, 辟谣), a refusal to pass it on (WONT_SHARE), a ban on posting it
 * (POSTING_BAN) or a message taken back (RECALLED). Every P5 rule but `meeting-leak` cancels on these.
 * Decision 076 adds material sent through the unit's OA (OA_CHANNEL), WeChat refused in other words
 * (WECHAT_REFUSED), a post taken back at one's asking (RECALL_ASKED) and a private chat shown (CHAT_TOLD).
 */
const P5_CANCELS: readonly Concept[] = [
  "SECRET_PROPER",
  "WONT_SHARE",
  "POSTING_BAN",
  "RECALLED",
  "OA_CHANNEL",
  "WECHAT_REFUSED",
  "RECALL_ASKED",
  // Decision 126: 先撤回, asked in P5 only (RECALL_FIRST).
  "RECALL_FIRST",
  "CHAT_TOLD",
  "PHOTO_BANNED",
  // Decision 078: an order to take a post down (朋友圈那张…照片马上删掉).
  "DELETE_ORDERED",
  // Decision 081: a self-check item (工作微信群是否上传涉密文件).
  "SELF_CHECK_ITEM",
  // Decision 120: a screenshot refused (不方便截图), papers locked away (入柜); both voided by SENT_ANYWAY anywhere.
  "SHOT_REFUSED",
  "LOCKED_AWAY",
  // Decision 121: WeChat refused in the words 不在微信上传送 / 传输; voided by SENT_ANYWAY anywhere.
  "WECHAT_SEND_REFUSED",
];
/** … and for the rules on documents and unpublished material: a draft sent for review, hearsay named as such. */
const P5_DOC_CANCELS: readonly Concept[] = [...P5_CANCELS, "FOR_REVIEW", "REVIEW_SENT", "HEARSAY_SOURCE"];
/** What cancels the rules on a raid's or a check's material (HOT_MATERIAL): also 清查 as a stocktake (decision 085). */
const HOT_MATERIAL_CANCELS: readonly Concept[] = [...P5_DOC_CANCELS, "STOCKTAKE"];
/**
 * What cancels the two advert rules (`advert`, `advert-sales`) near: selling words used properly (SALES_PROPER), a lure named as
 * such (BAIT), a price bureau's monitoring and a project's own investment figures (PRICE_MONITORING, INVESTMENT_REPORTED; decision
 * 099). One list, so that the two rules cannot drift apart.
 */
const ADVERT_CANCELS: readonly Concept[] = ["SALES_PROPER", "BAIT", "PRICE_MONITORING", "INVESTMENT_REPORTED"];

export interface ConductRule {
  id: string;
  code: CheckCode;
  severity: Severity;
  /** Concepts that must all occur. The first is the anchor: the rule is tried at each sentence that has it. */
  all: readonly Concept[];
  /** Where the other concepts may be: the anchor's sentence, it and its neighbours, or anywhere. */
  scope: Scope;
  /** The rule does not fire when one of these occurs in the anchor's sentence. */
  unless?: readonly Concept[];
  /** … or in the anchor's sentence or either neighbour. */
  unlessNear?: readonly Concept[];
  /** … or in the anchor's own clause (between commas). */
  unlessClause?: readonly Concept[];
  /** … or in a match that overlaps the anchor's own match (大孙子 holds VULGAR's 孙子！; decision 125). */
  unlessOverlapping?: readonly Concept[];
  /** … or anywhere in the message. */
  unlessAnywhere?: readonly Concept[];
  /** Not when one of these codes was already found in the message (rules run in order). */
  yieldsTo?: readonly CheckCode[];
  /** The anchor is not an act when a negator precedes it in its clause (严禁收送红包). */
  negatable?: boolean;
  /** Skip anchors inside quotation marks (a warning quoting the bad message). */
  skipQuoted?: boolean;
  /** Not in an official notice (特此通知, or signed by a unit): the issuer is its own source. */
  unlessOfficial?: boolean;
  /** Not in an official notice that has one of these anywhere: a notice forbidding the conduct (重申…一律不得). */
  unlessOfficialWith?: readonly Concept[];
  /** Rules of one group report at most one finding per sentence; the first in order wins. */
  group?: string;
  /** Only for drafts sent to one of these channels (a work group's rules); never when no channel is given. */
  channels?: readonly Channel[];
  /**
   * A hint beside another finding (severity suggestion): it leaves the code to the classifier, which
   * may still claim it on its own judgement, as it would without the hint (decision 043).
   */
  hint?: boolean;
  /** The finding: {words} is replaced by the trigger words, quoted. */
  message: string;
  suggestion: string;
}

const PACKET_CONTEXT: readonly Concept[] = ["REFUSAL", "DISCUSSION"];

/** Money split, given a false 备注 or kept off the unit's books (decision 048): TJ3, whatever the split or the cover. */
const HIDDEN_MONEY = {
  code: "TJ3",
  severity: "redline",
  scope: "near",
  unlessNear: ["REFUSAL", "PROHIBITION"],
  negatable: true,
  group: "packet",
  unlessOfficialWith: ["PROHIBITION"],
  message: "{words}：把钱分次转、改备注、绕开单位账目，是在掩盖收受钱款。",
  suggestion: "不收此类钱款；已收到的退回，并向组织如实报告。",
} as const satisfies Omit<ConductRule, "id" | "all">;

/** Money tied to a vote (V3): what the vote-money rules share. */
const VOTE_MONEY = {
  code: "V3",
  severity: "redline",
  scope: "near",
  unless: PACKET_CONTEXT,
  negatable: true,
  group: "packet",
  unlessOfficialWith: ["PROHIBITION"],
  message: "{words}：把红包、转账或好处与投票、选举、推荐联系在一起，属于拉票贿选。",
  suggestion: "立即撤回，不得以任何形式拉票；已收到的红包、转账应退回并向组织报告。",
} as const satisfies Omit<ConductRule, "id" | "all">;

/** A gift from someone with business at the office, taken (TJ3): what the gift-taken rules share. */
const GIFT_TAKEN_RULE = {
  code: "TJ3",
  severity: "redline",
  // 您的心意我们工作队领了，土鸡蛋您留着: thanks said, the gift declined (r37).
  // 不用给老师们发红包，大家心意都领了 (r105-101): thanks for a gift not given (decision 081).
  unless: ["REFUSAL", "DISCUSSION", "FAMILY_SETTING", "KIN", "GIFT_DECLINED", "THANKS_ONLY"],
  unlessNear: ["REFUSAL", "PROHIBITION", "FAMILY_SETTING"],
  negatable: true,
  group: "packet",
  message: "{words}：收下管理服务对象、业务往来人员的“心意”、礼卡，属于违规收受礼品礼金。",
  suggestion: "不收此类心意和礼卡；已收到的退回，并向组织如实报告。",
} as const satisfies Omit<ConductRule, "id" | "all" | "scope">;

/** A gift with a plea for the unit's appraisal (评先进的事还请您多关照): TJ3, whatever names the gift (decision 049). */
const APPRAISAL_GIFT = {
  code: "TJ3",
  severity: "redline",
  scope: "near",
  unless: [...PACKET_CONTEXT, "REFUSAL"],
  unlessNear: ["RETURNED"],
  negatable: true,
  group: "packet",
  unlessOfficialWith: ["PROHIBITION"],
  message: "{words}：送礼物、礼券并请对方在评先评优中“关照”，是以财物谋取不正当利益。",
  suggestion: "不得收送此类礼券、红包；已收到的应退回，并向组织如实报告。评先评优按程序进行。",
} as const satisfies Omit<ConductRule, "id" | "all">;
/** A paper caught in a photo, a screenshot or a file and posted (P5): what cancels it, shared by the rules that read one. */
const PAPER_IN_PICTURE = {
  code: "P5",
  severity: "redline",
  scope: "near",
  unlessNear: [...P5_CANCELS, "PROHIBITION"],
  unlessOfficial: true,
  negatable: true,
  group: "secret",
} as const satisfies Partial<ConductRule>;
/** A red packet to the whole group for one's own success, a game, or an advance paid back is not a payment for a favour. */
const NOT_FOR_FAVOUR: readonly Concept[] = ["LAWFUL_MONEY", "BAIT", "BAIT_WEAK", "CELEBRATE", "GAMBLING", "GAMBLING_WEAK", "HARDSHIP", "REPAID"];

/** Near a red packet: a warning, a relative spoken to, a family occasion, a 拆礼物 game — not a favour bought. */
const FAVOUR_CONTEXT: readonly Concept[] = ["DISCUSSION", "KIN_ADDRESS", "FAMILY_SETTING", "BAIT"];

export const CONDUCT_RULES: readonly ConductRule[] = [
  // ───────────── red packets, transfers, gifts ─────────────
  {
    // 给您发了张500的京东E卡…明年评先进的事还请您多关照 (r56): a gift to one official with an appraisal left to
    // his care. All six drafts of all sets with 评先进/评先评优/评优/考核 …还请多关照/费心 beside a gift are TJ3, none V3
    // (r24-036, r25-034, r32-111, r49-064, r51-002, r56-052); those that ask for votes (投票, 推荐会, 选举) are V3.
    // First in the packet group, so `vote-money` does not claim the appraisal as a ballot (decision 049).
    id: "appraisal-gift",
    ...APPRAISAL_GIFT,
    all: ["MONEY", "APPRAISAL_ASK"],
  },
  {
    // The same with the gift named by a euphemism (一点小心意…今年评先进的事还请您多费心, r25).
    id: "appraisal-gift-euphemism",
    ...APPRAISAL_GIFT,
    all: ["GIFT_EUPHEMISM", "APPRAISAL_ASK"],
  },
  {
    id: "vote-money",
    ...VOTE_MONEY,
    all: ["MONEY", "VOTE"],
    // 世界杯预选赛…押主队的发我红包，一注50: a bet (RP2), its 预选 no election. 我女儿参加少儿绘画比赛…投完截图
    // 发我，我发红包 (r56): a child's contest, P9 in all seven such drafts of all sets, V3 in none (decision 049).
    // 我儿子参加“小小气象员”评选…能领红包 (r87-089): none of the 28 drafts of all sets with a child entered is V3 (decision 075).
    // 京东电子卡…项目还请您多多支持 (r93-045): a project's favour, TJ3 (decision 077).
    unlessNear: ["DISCUSSION", "TENDER", "GAMBLING", "CONTEST", "APPRAISAL_ASK", "CHILD_ENTRY", "PROJECT_SUPPORT"],
    // 摄影投票，请大家把链接转到朋友圈集赞，点赞前十名各奖200元红包 (r150-107): likes collected for a prize, P9 (decision 094).
    unless: [...PACKET_CONTEXT, "LIKES_CONTEST"],
    // 有同志在党支部群外私下给5名党员转账各200元 (r106-048): another's money reported, in the money's own clause (decision 082).
    unlessClause: ["OTHERS_PAID"],
    // 现向您反映一起疑似违规拉票情况…请组织核实 (r94-023): misconduct reported to the organ, no conduct (decision 078).
    // 关于工会委员选举中疑似拉票行为的情况反映。…另有同事反映收到其微信红包 (r223-100): a report's title line (decision 111).
    unlessAnywhere: ["REPORT_MADE", "INCIDENT_TITLE"],
  },
  {
    // 后天选支部委员，你帮我在…党员里说说，我一人给发个两百的红包 (r118-055); 评优秀党员那事你帮我跟你们科几个说说，给你转了500
    // (r119-010): a Party branch's own vote named, money near. Of the 25 drafts of all sets with these words 24 are V3 (decision 086).
    id: "vote-money-party",
    ...VOTE_MONEY,
    all: ["MONEY", "PARTY_VOTE"],
    // 妈，今天我们单位选支部委员，晚点回家，红包我明天给你发: a packet to one's mother, the vote only the day's news.
    unlessNear: ["DISCUSSION", "PROHIBITION", "KIN"],
    unlessClause: ["OTHERS_PAID"],
    unlessAnywhere: ["REPORT_MADE", "REPORT_FILED", "INCIDENT_TITLE"],
  },
  {
    // 这次评先进，咱们几个车队长拉个小群统一一下，都投小王 (r86-048): votes pooled for one man, no money said; all 15 drafts of
    // all sets with 都投 are V3 (decision 075).
    id: "vote-bloc",
    code: "V3",
    severity: "redline",
    all: ["VOTE_BLOC"],
    scope: "sentence",
    unless: ["DISCUSSION", "VOTE_TALLY"],
    unlessNear: ["PROHIBITION"],
    negatable: true,
    unlessOfficialWith: ["PROHIBITION"],
    message: "{words}：私下约定把票集中投给某人，属于拉票。",
    suggestion: "撤回这条消息；投票应由每个人按规定独立作出，不得串联拉票。",
  },
  {
    // [语音转文字] 副科竞争上岗那个票…帮我拢一拢，以后咱们就是一条线上的人了 (r258-105, V3 by both readers): votes gathered for the
    // sender, no money named; all seven drafts of all sets with 帮我/帮着…拢一拢 or 帮我/帮着拉一拉 are V3 (decision 120). A child's
    // contest (CONTEST, CHILD_ENTRY) and a report of another's canvassing are left alone, as beside `vote-benefit`.
    id: "vote-gather",
    code: "V3",
    severity: "redline",
    all: ["VOTE_GATHER", "VOTE_GATHER_BALLOT", "VOTE_GATHER_RACE"],
    scope: "sentence",
    unless: ["DISCUSSION"],
    unlessNear: ["PROHIBITION", "CONTEST"],
    // 民主测评的选票帮我拢一拢，统计完交组织部: ballots gathered to be counted (BALLOT_COUNTED).
    unlessAnywhere: ["CHILD_ENTRY", "REPORT_MADE", "REPORT_FILED", "INCIDENT_TITLE", "BALLOT_COUNTED"],
    negatable: true,
    unlessOfficialWith: ["PROHIBITION"],
    message: "{words}：托人替自己聚拢选票，属于拉票。",
    suggestion: "撤回这条消息；投票应由每个人按规定独立作出，不得托人拉票。",
  },
  {
    id: "vote-euphemism",
    code: "V3",
    severity: "redline",
    all: ["GIFT_EUPHEMISM", "VOTE"],
    scope: "near",
    unless: PACKET_CONTEXT,
    // A child's contest (投个票…抽三位送小礼物, r40-061): P9, as beside `vote-money` (decisions 049, 057). 一点心意…项目还请您
    // 多多支持 (r93-045): a project's favour, TJ3 (decision 077).
    unlessNear: ["APPRAISAL_ASK", "CONTEST", "PROJECT_SUPPORT"],
    negatable: true,
    group: "packet",
    unlessOfficialWith: ["PROHIBITION"],
    message: "{words}：以“意思一下”“表示表示”之类的好处换取选票或推荐，属于拉票贿选。",
    suggestion: "撤回这条消息；选举、推荐按组织程序进行，不得许诺或输送任何好处。",
  },
  {
    id: "vote-benefit",
    code: "V3",
    severity: "redline",
    all: ["BENEFIT", "VOTE"],
    scope: "near",
    unless: PACKET_CONTEXT,
    // A child's contest (投个票…抽三位送小礼物, r40-061): P9, as beside `vote-money` (decisions 049, 057); 我闺女学校在搞…评选
    // …回头请大家喝奶茶 (r89-029): a child's school anywhere in the message, no ballot (decision 076).
    unlessNear: ["APPRAISAL_ASK", "CONTEST", "PROJECT_SUPPORT"],
    // 监狱纪委：现反映一条线索…以“请大家喝茶”为名发放红包…投他一票 (r104-094): misconduct reported (decision 081).
    // 关于工会委员选举中疑似拉票行为的情况反映。…承诺请客并暗示投票 (r223-100): a report's title line (decision 111).
    unlessAnywhere: ["CHILD_ENTRY", "REPORT_MADE", "REPORT_FILED", "INCIDENT_TITLE"],
    negatable: true,
    group: "packet",
    unlessOfficialWith: ["PROHIBITION"],
    message: "{words}：以请客、许诺好处换取选票或推荐，属于拉票贿选。",
    suggestion: "撤回这条消息；选举、推荐按组织程序进行，不得许诺或输送任何好处。",
  },
  {
    id: "secret-for-money",
    code: "TJ3",
    severity: "redline",
    all: ["HOT_MATERIAL", "MONEY"],
    scope: "near",
    unless: ["SECRET_PROPER", "FOR_REVIEW", "DISCUSSION"],
    // 中央已经定了…快转给你们单位的人看看 (r77-068): a rumour passed round, no money (decision 064).
    unlessNear: ["FORWARD_ROUND"],
    negatable: true,
    group: "packet",
    unlessOfficialWith: ["PROHIBITION"],
    // 11月评标专家劳务费发放明细 (r99-074): the unit's own payment, in the money's own clause (decision 078).
    unlessClause: ["UNIT_PAYOUT"],
    // 第三巡察组在石桥镇发现一条涉嫌换届拉票贿选的线索，涉及某村党支部书记在党员微信群发放红包 (r266-030, a trap, clean by both
    // readers): misconduct reported, as `vote-money` and `game-for-favour` already yield to REPORT_MADE. None of the 106 drafts of
    // all sets with a word of REPORT_MADE is TJ3 (decision 122). 王局，现向您反映一个情况：标底我可以提前告诉你，给我转两万就行 stays a
    // P5 red line.
    unlessAnywhere: ["INCIDENT_REPORT", "REPORT_MADE"],
    message: "{words}：拿考题、标底等未公开信息换钱，是以职务之便谋取利益。",
    suggestion: "立即停止；此类行为须向组织如实报告。",
  },
  {
    // 又输我三千，转账收到。你那证的事周一来拿: a "lost" game paid to an official with his favour in
    // the next breath is a bribe dressed as a debt (TJ3), not a bet.
    id: "game-for-favour",
    code: "TJ3",
    severity: "redline",
    all: ["GAMBLING_WEAK", "MONEY", "FAVOUR"],
    scope: "near",
    unless: ["DISCUSSION", "REFUSAL"],
    unlessNear: ["FAMILY_SETTING", "PLAY_FORFEIT", "KIN_ADDRESS"],
    negatable: true,
    group: "packet",
    unlessOfficialWith: ["PROHIBITION"],
    // 县纪委监委派驻第六纪检监察组：⏎现反映一条线索：近期有企业负责人在一个有我局个别执法人员参加的微信群里组织"红包接龙"…
    // (r155-070, clean by both readers): a game reported to the discipline organ, as `gambling` already yields. None of the
    // 108 drafts of all sets with a word of REPORT_MADE or REPORT_FILED is TJ3 (decision 095).
    unlessAnywhere: ["REPORT_MADE", "REPORT_FILED"],
    message: "{words}：借打牌、打麻将“输钱”“还债”给公职人员送钱，又牵扯办事、检查，是变相行贿受贿。",
    suggestion: "不收此类“赌债”“输赢钱”；已收到的退回，并向组织如实报告。",
  },
  {
    id: "gambling",
    code: "RP2",
    severity: "redline",
    all: ["GAMBLING"],
    scope: "sentence",
    // 群里这个抢红包接龙我就不参加了: the sender stays out.
    unless: ["DISCUSSION", "DECLINE_JOIN", "NOT_GAMBLING_SENSE"],
    // 家人群里抢到老妈发的红包，手气最佳: a family's packet, no stake (r36); a stake per round is
    // `gambling-stake`, which no family setting cancels.
    unlessNear: ["FAMILY_SETTING"],
    negatable: true,
    skipQuoted: true,
    group: "packet",
    unlessOfficialWith: ["PROHIBITION"],
    // 现向您反映一起疑似违规拉票情况…请组织核实 (r94-023): misconduct reported to the organ, no conduct (decision 078).
    unlessAnywhere: ["REPORT_MADE", "REPORT_FILED"],
    message: "{words}：以微信红包接龙、比手气、埋雷等形式赌博。",
    suggestion: "停止此类活动；严禁以微信红包的形式进行赌博。",
  },
  {
    id: "gambling-weak",
    code: "RP2",
    severity: "redline",
    all: ["GAMBLING_WEAK", "MONEY"],
    scope: "near",
    unless: ["DISCUSSION", "DECLINE_JOIN"],
    // A family occasion's lucky-draw game whose forfeit is a song has no stake. 谁上去了都拉兄弟一把 (r87-093): a hand up,
    // no round; none of the 15 drafts of all sets with 拉…一把 is RP2 (decision 075).
    unlessNear: ["FAMILY_SETTING", "PLAY_FORFEIT", "SPLIT_BILL", "HAND_UP"],
    negatable: true,
    skipQuoted: true,
    group: "packet",
    unlessOfficialWith: ["PROHIBITION"],
    // 罗书记：向您反映一个情况…组织微信红包接龙赌博 (r93-087): gambling reported to the organ (decision 078).
    unlessAnywhere: ["REPORT_MADE", "REPORT_FILED"],
    message: "{words}：以微信红包比手气、接龙定输赢，属于赌博。",
    suggestion: "停止此类活动；严禁以微信红包的形式进行赌博。",
  },
  {
    id: "favour-money",
    code: "TJ3",
    severity: "redline",
    all: ["MONEY", "FAVOUR"],
    scope: "near",
    unless: [...PACKET_CONTEXT, ...NOT_FOR_FAVOUR],
    // 一位大爷硬往我手机里转了200块，说谢谢我帮他办了残疾证。已经原路退回了: sent back in the next sentence.
    // 各位校友帮个忙…我闺女参加绘画比赛…投完截图发群里，我挨个发红包感谢 (r57): a child's contest, P9 (decision 049).
    // 后天选支部委员，你帮我…说说，我一人给发个两百的红包 (r118-055): a vote bought (V3, `vote-money-party`), no favour in office;
    // one of the 25 drafts of all sets with a Party branch's vote named is TJ3 (decision 086).
    unlessNear: [...FAVOUR_CONTEXT, "RETURNED", "CONTEST", "CHILD_ENTRY", "PARTY_VOTE"],
    // 评审专家劳务费于本月15日前统一发放 (r99-027): the unit's own payment, in the money's own clause (decision 078); 2000块
    // 劳务费我先转您，正式的统一发放另算 stays TJ3.
    // 满299再送大礼包 (r105-020): a shop's sale to its customers, in the clause (decision 081).
    // 石门基层社有人在社员代表群里连发5个红包，并留言“改选时请多关照” (r107-013): another's money reported (decision 082).
    // 关于网传"我县盐务执法人员收受红包"视频的情况说明 (r274-111): a rumour's title in a rebuttal, in its own clause (decision 124).
    unlessClause: ["UNIT_PAYOUT", "SHOP_SALE", "OTHERS_PAID", "RUMOUR_TITLE"],
    // 关于商户微信转账的情况报备。…说是"感谢照顾"。我未点收，已于24小时内退回 (r84): a report of money offered, the
    // return two sentences on; none of the 11 drafts of all sets with 关于…情况报告/报备 is TJ3 (decision 074).
    // 关于石桥镇安置房项目包工头欲送微信红包的情况报告：…我未领取，已退回 (r163-100): the title's gap longer than eight words,
    // read by INCIDENT_TITLE (decision 111).
    unlessAnywhere: ["INCIDENT_REPORT", "INCIDENT_TITLE"],
    negatable: true,
    group: "packet",
    unlessOfficialWith: ["PROHIBITION"],
    message: "{words}：红包、转账或电子礼券与办事、审批、关照等公务联系在一起（事前请托或事后答谢），可能影响公正执行公务。",
    suggestion: "不得收送此类红包、转账或礼券；已收到的应退回，并向组织如实报告。",
  },
  {
    // [已收款 ¥1000]⏎行，心意我领了。…专家那边我也递个话 (r80-059): the transfer's mark heads the message, the favour is
    // two sentences on, out of `favour-money`'s reach; all seven drafts of all sets with [已收款 or [已领取 are TJ3
    // (decision 069).
    id: "transfer-taken-favour",
    code: "TJ3",
    severity: "redline",
    all: ["TRANSFER_TAKEN", "FAVOUR"],
    scope: "message",
    unless: [...PACKET_CONTEXT, ...NOT_FOR_FAVOUR],
    unlessNear: [...FAVOUR_CONTEXT, "RETURNED", "CONTEST", "CHILD_ENTRY"],
    negatable: true,
    group: "packet",
    unlessOfficialWith: ["PROHIBITION"],
    message: "{words}：收下转账、红包，又答应为对方办事、关照，可能影响公正执行公务。",
    suggestion: "不得收受此类转账、红包；已收到的应退回，并向组织如实报告。",
  },
  {
    // 李老板，下个月你们餐饮许可证要续了吧？最近手头有点紧，你懂的 (r45): an official short of money, said
    // beside the addressee's licence or case, asks for a bribe (TJ3 covers ZJ2, RP1–RP3). A loan asked of a
    // friend (手头紧，借我两千，发工资还你) sells nothing.
    id: "solicit-hint",
    code: "TJ3",
    severity: "redline",
    all: ["MONEY_SHORT", "FAVOUR"],
    scope: "near",
    unless: PACKET_CONTEXT,
    unlessNear: [...FAVOUR_CONTEXT, "RETURNED", "LOAN"],
    negatable: true,
    group: "packet",
    unlessOfficialWith: ["PROHIBITION"],
    message: "{words}：对有事要办的人说自己“手头紧”，是暗示对方送钱，属于变相索取好处，影响公正执行公务。",
    suggestion: "撤回这条消息；不得向管理服务对象索要或暗示索要钱物，业务一律按程序办理。",
  },
  {
    // 老板放心，你那批粮的水分我这边过磅时候松一松就行: an inspection eased for a business, promised to its owner.
    id: "lenient-inspection",
    code: "TJ3",
    severity: "redline",
    all: ["LENIENT_CHECK", "OUTSIDER"],
    scope: "near",
    unless: ["DISCUSSION"],
    negatable: true,
    group: "packet",
    unlessOfficialWith: ["PROHIBITION"],
    message: "{words}：答应在检查、验收、过磅时给商家“松一松”，是以职务之便给人好处，影响公正执行公务。",
    suggestion: "撤回这条消息；检查验收一律按标准执行，商家的请托应拒绝并报告。",
  },
  {
    // 收到。明天让车直接过磅，抽检那道就免了: a check waived for the one checked (round 35).
    id: "inspection-waived",
    code: "TJ3",
    severity: "redline",
    all: ["WAIVED_CHECK"],
    scope: "sentence",
    unless: ["DISCUSSION"],
    negatable: true,
    group: "packet",
    unlessOfficialWith: ["PROHIBITION"],
    message: "{words}：答应免去抽检、质检，是以职务之便给人好处，影响公正执行公务。",
    suggestion: "撤回这条消息；检查验收一律按标准执行，请托应拒绝并报告。",
  },
  {
    // 每个月那两百块收到了哈，你们厂的产值我就按你说的数填: money taken, the figures filled as the payer says (r36).
    id: "paid-figures",
    code: "TJ3",
    severity: "redline",
    all: ["MONEY_RECEIVED", "FIGURES_AS_TOLD"],
    scope: "near",
    unless: ["DISCUSSION"],
    unlessNear: ["RETURNED"],
    negatable: true,
    group: "packet",
    unlessOfficialWith: ["PROHIBITION"],
    message: "{words}：收了对方的钱，又按对方说的数填报，是收受好处、为人办事，影响公正执行公务。",
    suggestion: "撤回这条消息；钱款退回并报告，数据按实际核实填报。",
  },
  {
    // 收到哈，客气啥。下周一你把营业执照带过来，我给你走快点: a thing received, the business put ahead (r37).
    id: "thanks-fast-track",
    code: "TJ3",
    severity: "redline",
    all: ["GIFT_ACK", "FAST_TRACK"],
    scope: "near",
    unless: ["DISCUSSION"],
    unlessNear: ["RETURNED", "GIFT_DECLINED"],
    negatable: true,
    group: "packet",
    unlessOfficialWith: ["PROHIBITION"],
    message: "{words}：收下对方的东西，又答应给对方的事“走快点”，是以职务之便给人好处，影响公正执行公务。",
    suggestion: "撤回这条消息；不收办事人的东西，业务一律按程序和顺序办理。",
  },
  {
    // 今天又收到你四个二百的，明早那车先给你过磅 (r38): money taken, the payer's business put ahead.
    id: "money-fast-track",
    code: "TJ3",
    severity: "redline",
    all: ["MONEY_RECEIVED", "FAST_TRACK"],
    scope: "near",
    unless: ["DISCUSSION"],
    unlessNear: ["RETURNED", "GIFT_DECLINED"],
    negatable: true,
    group: "packet",
    unlessOfficialWith: ["PROHIBITION"],
    message: "{words}：收了对方的钱，又答应先给对方办、给对方通融，是收受好处、为人办事，影响公正执行公务。",
    suggestion: "撤回这条消息；钱款退回并报告，业务一律按程序和顺序办理。",
  },
  {
    // 我给他转个红包，你帮我递过去 … 跟你们局长说说: money for an official through a relative (round 35);
    // the kin spoken to is the go-between, not the one paid.
    id: "packet-passed-on",
    code: "TJ3",
    severity: "redline",
    all: ["MONEY", "PASS_ON", "OFFICE_TITLE"],
    scope: "near",
    unless: [...PACKET_CONTEXT, ...NOT_FOR_FAVOUR],
    unlessNear: ["DISCUSSION", "RETURNED"],
    negatable: true,
    group: "packet",
    unlessOfficialWith: ["PROHIBITION"],
    message: "{words}：托人把红包、礼金转交给领导、办事人员，同样是请托送礼，可能影响公正执行公务。",
    suggestion: "不要托人转交红包礼金；办事按正常程序申请。",
  },
  {
    // 今晚家族群抢红包，输的发下一轮，一轮一百: a stake per round is gambling, family or not (round 34).
    id: "gambling-stake",
    code: "RP2",
    severity: "redline",
    all: ["GAMBLING_WEAK", "STAKE"],
    scope: "sentence",
    unless: ["DISCUSSION", "DECLINE_JOIN"],
    negatable: true,
    skipQuoted: true,
    group: "packet",
    unlessOfficialWith: ["PROHIBITION"],
    message: "{words}：以微信红包定输赢、按轮下注，属于赌博。",
    suggestion: "停止此类活动；严禁以微信红包的形式进行赌博。",
  },
  {
    // 上次那个教辅的数再往上加点，按老比例，别走学校账: a kickback arranged off the books.
    id: "kickback",
    code: "TJ3",
    severity: "redline",
    all: ["KICKBACK"],
    scope: "sentence",
    unless: ["DISCUSSION"],
    negatable: true,
    group: "packet",
    unlessOfficialWith: ["PROHIBITION"],
    message: "{words}：按比例私下返钱、不走单位账，属于收受回扣，以职务之便谋取利益。",
    suggestion: "立即停止；不得收受回扣，已收受的应如实向组织报告。",
  },
  {
    // Money to someone in office on a standing arrangement (这200块是那批货的辛苦费，以后每批都这么算).
    id: "standing-payment",
    code: "TJ3",
    severity: "redline",
    all: ["MONEY", "STANDING_DEAL", "LEADER"],
    scope: "near",
    unless: [...PACKET_CONTEXT, ...NOT_FOR_FAVOUR, "KIN_ADDRESS", "FAMILY_SETTING"],
    negatable: true,
    group: "packet",
    unlessOfficialWith: ["PROHIBITION"],
    message: "{words}：按批、按单给公职人员固定“好处”，是以钱换关照，可能影响公正执行公务。",
    suggestion: "不得给予或收受此类款项；已发生的应退回，并向组织报告。",
  },
  {
    id: "gift-to-officials",
    code: "TJ3",
    severity: "redline",
    all: ["GIFT_EUPHEMISM", "MONEY", "LEADER"],
    scope: "near",
    unless: [...PACKET_CONTEXT, ...NOT_FOR_FAVOUR],
    // 妈生日快乐！🎂 红包是我和小雨给您的一点心意 (r107-007): a parent greeted, the 您 hers (decision 082).
    // Not RETURNED near (锦旗我们收下了…您转的红包我已经退回, r158-095, clean by both readers): it would excuse a new gift pressed
    // after an old one was sent back (上回的红包已经退回了。这回的心意您收下…低保的事还得麻烦您), so r158-095 stays a false alarm
    // (the lead's review of decision 096).
    unlessNear: [...FAVOUR_CONTEXT, "KIN_BIRTHDAY"],
    negatable: true,
    group: "packet",
    unlessOfficialWith: ["PROHIBITION"],
    message: "{words}：以“心意”为名向领导、检查人员赠送红包、购物卡等，可能影响公正执行公务。",
    suggestion: "不得赠送或收受此类礼金礼卡；已送出、已收到的应退回，并向组织报告。",
  },
  {
    // 给每位参会的局长发个电商平台的“大礼包”，走的是企业账: firms paying for officials' gifts,
    // money or goods, is a bribe whatever the occasion (TJ3).
    id: "business-paid-gift",
    code: "TJ3",
    severity: "redline",
    all: ["BUSINESS_PAYS", "MONEY", "LEADER"],
    scope: "near",
    unless: [...PACKET_CONTEXT, "LAWFUL_MONEY"],
    unlessNear: ["PROHIBITION", "DISCUSSION"],
    negatable: true,
    group: "packet",
    unlessOfficialWith: ["PROHIBITION"],
    message: "{words}：由企业、老板出钱给公职人员发礼包、购物卡，是变相行贿受贿。",
    suggestion: "不收、不发此类礼包；已收到的退回，并向组织如实报告。",
  },
  {
    id: "business-paid-benefit",
    code: "TJ3",
    severity: "redline",
    all: ["BUSINESS_PAYS", "BENEFIT", "LEADER"],
    scope: "near",
    unless: [...PACKET_CONTEXT, "LAWFUL_MONEY"],
    unlessNear: ["PROHIBITION", "DISCUSSION"],
    negatable: true,
    group: "packet",
    unlessOfficialWith: ["PROHIBITION"],
    message: "{words}：由企业、老板买单请公职人员吃喝、送礼品，是变相行贿受贿。",
    suggestion: "谢绝企业买单的宴请和礼品；已收到的退回，并向组织如实报告。",
  },
  {
    // 用办公经费买E卡，给分管领导每人一张: cards shared out to officials, whatever pays for them.
    id: "cards-for-leaders",
    code: "TJ3",
    severity: "redline",
    all: ["MONEY", "LEADER", "HANDOUT"],
    scope: "near",
    unless: [...PACKET_CONTEXT, "KIN_ADDRESS", "FAMILY_SETTING"],
    negatable: true,
    group: "packet",
    unlessOfficialWith: ["PROHIBITION"],
    message: "{words}：给领导、公职人员分送购物卡、电子卡等（无论用谁的钱），属于违规收送电子礼券。",
    suggestion: "停止分送；已发出的收回、已收到的退回，并向组织报告。公款购买的还涉及违规使用经费。",
  },
  {
    // 用办公经费为每人购买了电子购物卡 / 从办公经费里挤了点，给每人发个电子红包: public money turned
    // into gifts (RP3); the 经费 that cancels other packet rules (工会经费慰问) is not the point here.
    id: "public-funds-gifts",
    code: "TJ3",
    severity: "redline",
    all: ["PUBLIC_FUNDS", "MONEY"],
    scope: "near",
    unless: ["REFUSAL", "DISCUSSION"],
    negatable: true,
    group: "packet",
    unlessOfficialWith: ["PROHIBITION"],
    message: "{words}：用公款、办公经费购买购物卡、电子红包等发放，属于违规使用公款发放礼金礼券。",
    suggestion: "停止发放；已发出的收回，按财经纪律处理，并向组织报告。",
  },
  {
    // 犬子考上大学，定于…设宴…扫下方二维码随礼: a family banquet whose gifts are collected from colleagues.
    id: "banquet-gifts",
    code: "TJ3",
    severity: "redline",
    all: ["BANQUET", "GIFT_COLLECT"],
    scope: "near",
    unless: ["REFUSAL", "DISCUSSION"],
    unlessNear: ["PROHIBITION"],
    negatable: true,
    group: "packet",
    message: "{words}：借婚丧喜庆操办宴席，向同事、管理服务对象收礼金，属于违规收受礼金。",
    suggestion: "撤回这条消息；不借机敛财，不向同事和管理服务对象收取礼金。",
  },
  {
    // 祝王局生日快乐！…[红包][红包]: a packet sent to an official with a wish for his birthday or festival.
    id: "occasion-packet-to-official",
    code: "TJ3",
    severity: "redline",
    all: ["MONEY", "OCCASION_WISH", "OFFICE_TITLE"],
    scope: "near",
    // 给领导发个红包沾沾喜气: the 喜气 of a packet to an official is no celebration of one's own (CELEBRATE not here).
    unless: [...PACKET_CONTEXT, ...NOT_FOR_FAVOUR.filter((c) => c !== "CELEBRATE"), "KIN", "FAMILY_SETTING"],
    unlessNear: ["DISCUSSION", "KIN_ADDRESS", "FAMILY_SETTING", "PROHIBITION"],
    // 沈书记：⏎关于供应商向我发送微信红包的情况报告。…称"节日心意"。我未领取，已退回 (r223-024, a trap, clean by both readers): the
    // wish is the payer's, quoted in a report; all 15 drafts of all sets with a report's title line are clean (decision 111).
    unlessAnywhere: ["INCIDENT_TITLE"],
    negatable: true,
    group: "packet",
    message: "{words}：借生日、节日给领导、公职人员发红包，属于违规赠送礼金。",
    suggestion: "祝福用文字即可；已发出的红包应撤回，已收到的应退回。",
  },
  {
    // 药业的小赵给咱科每人发了个红包 (decision 048): a supplier's packet to staff; all earlier such drafts
    // with a label are TJ3, the clean ones forbid it or refuse it.
    id: "supplier-packet",
    code: "TJ3",
    severity: "redline",
    all: ["SUPPLIER_FIRM", "MONEY"],
    scope: "near",
    unless: ["REFUSAL", "DISCUSSION"],
    unlessNear: ["REFUSAL", "PROHIBITION"],
    // 关于上月供应商赠送购物卡一事的核查结果报告…已全部主动上交纪委登记 (r86-091): a report of cards handed in; none of the 21
    // drafts of all sets with 上交 is TJ3 (decision 075).
    // 关于苗木供应商向我发送微信红包的情况报告…我未领取 (r114-040): a report of money offered, as `favour-money`; all 16
    // drafts of all sets with 关于…情况报告/报备 are clean (decision 085).
    unlessAnywhere: ["HANDED_IN", "INCIDENT_REPORT"],
    negatable: true,
    group: "packet",
    unlessOfficialWith: ["PROHIBITION"],
    message: "{words}：收受药企、供应商等业务往来方的红包礼金，属于违规收受礼金。",
    suggestion: "一律不收；已收到的退回，并向纪检部门报告。",
  },
  {
    // 顺达客运给咱科发的电子购物券，一人一张 (r67): a firm's packet or coupons handed to one's own section; all seven
    // drafts of all sets with UNIT_HANDOUT are TJ3 (decision 055). The supplier rule's guards, a lawful payment too.
    id: "unit-handout",
    code: "TJ3",
    severity: "redline",
    all: ["UNIT_HANDOUT", "MONEY"],
    scope: "near",
    unless: ["REFUSAL", "DISCUSSION", "LAWFUL_MONEY"],
    unlessNear: ["REFUSAL", "PROHIBITION", "RETURNED"],
    negatable: true,
    group: "packet",
    unlessOfficialWith: ["PROHIBITION"],
    message: "{words}：管理服务对象、业务往来方给本科室、本单位人员发红包、礼券，属于违规收受礼金。",
    suggestion: "一律不收；已收到的退回，并向纪检部门报告。",
  },
  {
    // 吴组长，这是我们商场的电子礼券…您和组里同事过节用 (r69): a firm's own voucher handed to an official; both
    // drafts of all sets with FIRM_VOUCHER are TJ3 (r13-038, r69-108; decision 057). The unit-handout guards.
    id: "firm-voucher",
    code: "TJ3",
    severity: "redline",
    all: ["FIRM_VOUCHER"],
    scope: "near",
    unless: ["REFUSAL", "DISCUSSION", "LAWFUL_MONEY"],
    unlessNear: ["REFUSAL", "PROHIBITION", "RETURNED"],
    negatable: true,
    group: "packet",
    unlessOfficialWith: ["PROHIBITION"],
    message: "{words}：企业把自家的礼券、购物卡送给公职人员，属于违规收送电子礼券。",
    suggestion: "一律不收；已收到的退回，并向纪检部门报告。",
  },
  {
    // 讲课费别走医院账，分几次转我，备注就写还款 (decision 048): money hidden as it moves; all five such drafts
    // of rounds 1–53 are TJ3.
    id: "disguised-transfer",
    ...HIDDEN_MONEY,
    all: ["MONEY_DISGUISED", "MONEY"],
    unless: ["REFUSAL", "DISCUSSION", "LAWFUL_MONEY"],
  },
  {
    // 分几次转我，每次别超过五千，备注就写还款: split and disguised, whatever the money is called.
    id: "split-transfer",
    ...HIDDEN_MONEY,
    all: ["MONEY_SPLIT", "MONEY_DISGUISED"],
    unless: ["REFUSAL", "DISCUSSION"],
  },
  {
    // 过节的心意我就领了 / 电影卡收到啦，谢谢: a gift from someone with business at the office, taken.
    id: "gift-taken",
    ...GIFT_TAKEN_RULE,
    all: ["GIFT_TAKEN"],
    scope: "sentence",
  },
  // 红包我先收着 / 吕总太客气了，那我就收下了 / 你转的5000我就收下了: a bare "I'll keep it" is a gift taken only beside money or
  // thanks for a gift; 快递我先收着，你下班来拿 takes nothing (decision 083).
  { id: "gift-taken-money", ...GIFT_TAKEN_RULE, all: ["TAKEN_BARE", "MONEY"], scope: "near" },
  { id: "gift-taken-euphemism", ...GIFT_TAKEN_RULE, all: ["TAKEN_BARE", "GIFT_EUPHEMISM"], scope: "near" },
  { id: "gift-taken-thanks", ...GIFT_TAKEN_RULE, all: ["TAKEN_BARE", "GIFT_ACK"], scope: "near" },
  { id: "gift-taken-sign", ...GIFT_TAKEN_RULE, all: ["TAKEN_BARE", "TAKEN_SIGN"], scope: "near" },
  {
    id: "favour-euphemism",
    code: "TJ3",
    severity: "redline",
    all: ["GIFT_EUPHEMISM", "FAVOUR"],
    scope: "near",
    unless: [...PACKET_CONTEXT, ...NOT_FOR_FAVOUR],
    // Not RETURNED near, as `gift-to-officials` (the lead's review of decision 096).
    unlessNear: FAVOUR_CONTEXT,
    negatable: true,
    group: "packet",
    unlessOfficialWith: ["PROHIBITION"],
    message: "{words}：以“心意”“意思一下”为名向办事的公职人员输送好处，可能影响公正执行公务。",
    suggestion: "不得收送任何形式的“心意”；已收到的应退回，并向组织如实报告。",
  },
  {
    id: "packet-plain",
    code: "P7",
    severity: "suggestion",
    all: ["MONEY"],
    scope: "sentence",
    unless: [...PACKET_CONTEXT, "LAWFUL_MONEY", "FAMILY"],
    unlessNear: ["DISCUSSION"],
    negatable: true,
    // Reported beside V3/TJ3/RP2 too: it is a caution about the red packet itself.
    group: "packet-plain",
    message: "{words}：在工作中收发红包、转账。不论金额大小、用意如何，收送红包都当慎之又慎。",
    suggestion: "工作群里不发红包、不抢红包；表达感谢或祝贺用文字即可。",
  },

  // ───────────── secrets ─────────────
  {
    id: "secret-mark",
    code: "P5",
    severity: "redline",
    all: ["SECRET_MARK"],
    scope: "sentence",
    // 别跟别人说 / 千万别外传 said of a bribe, of hearsay or of someone's illness: the breach is the packet,
    // the rumour or the privacy (P4), no material leaks.
    // … or of a private chat's screenshot shown (王科私下跟我吐槽…的聊天截图…千万别外传, r43): G1, no material.
    // … or of gossip about two persons (走得挺近…别外传, r55): P6/TJ2, no material (decision 048).
    // … or of a dirty clip (发个带颜色的小视频…别外传哈[视频], r90-057): P2, no material (decision 076).
    unlessNear: [...P5_CANCELS, "HEARSAY_SOURCE", "HEARSAY", "MONEY", "PRIVATE_ATTR", "PRIVATE_TALK", "PAIR_CLOSE", "SMUT_SHARED"],
    negatable: true,
    group: "secret",
    // 2. 储备数量属内部资料，盘点结果不在群里发，纸质版签字后…报办公室。⏎…特此通知 (r274-061, a trap, clean by both readers): a notice
    // that keeps the material out of the group (GROUP_WITHHELD, voided by SENT_ANYWAY and PRIVATE_SEND; decision 124).
    unlessOfficialWith: ["PROHIBITION", "GROUP_WITHHELD"],
    message: "{words}：消息涉及涉密或内部材料，违反“上网不涉密、涉密不上网”，一对一发送也不行。",
    suggestion: "立即撤回并报告保密部门；涉密和内部材料一律通过规定渠道传递，不得通过微信发送。",
  },
  {
    id: "secret-marked-document",
    code: "P5",
    severity: "redline",
    all: ["SECRET_WORD", "MARKED_ON"],
    scope: "sentence",
    unlessNear: [...P5_CANCELS, "HEARSAY_SOURCE"],
    negatable: true,
    group: "secret",
    // 材料涉及内部数据的，请通过政务内网报送，不要截图发微信。⏎特此通知 (r270-119, a trap, clean by both readers): a notice that forbids
    // the screenshot (SHOT_BANNED, voided by SENT_ANYWAY; decision 123).
    // … or keeps it out of the group (GROUP_WITHHELD, decision 124).
    unlessOfficialWith: ["PROHIBITION", "SHOT_BANNED", "GROUP_WITHHELD"],
    message: "{words}：发送标有密级或“内部”字样的文件、照片，属于泄密。",
    suggestion: "立即撤回并报告保密部门；此类材料不得拍照、不得通过微信发送。",
  },
  {
    // 加班整理明年基金运行分析报告（内部）…[图片：电脑屏幕上的测算表格] (r76-071): a title marked （内部） shown or sent;
    // all 13 drafts of all sets with （内部） are P5 (decision 064). The word 内部 inside the marking cannot also be
    // `secret-marked-document`'s MARKED_ON (one match, one trigger).
    id: "secret-marked-title",
    code: "P5",
    severity: "redline",
    all: ["MARKED_TITLE"],
    scope: "sentence",
    unlessNear: [...P5_CANCELS, "HEARSAY_SOURCE"],
    negatable: true,
    group: "secret",
    unlessOfficialWith: ["PROHIBITION"],
    message: "{words}：发送标有“内部”字样的文件、报告，属于泄露工作秘密。",
    suggestion: "立即撤回并报告保密部门；内部材料不得拍照、不得通过微信发送。",
  },
  {
    // 跟你们透个底，今年…分到哪些单位我这都有名单 (r79-096): what is not yet out told to someone; all 34 drafts of all
    // sets with 跟/给…透个底 are P5 (decision 066).
    id: "secret-tip-told",
    code: "P5",
    severity: "redline",
    all: ["TIP_TOLD"],
    scope: "sentence",
    unlessNear: P5_CANCELS,
    negatable: true,
    group: "secret",
    unlessOfficialWith: ["PROHIBITION"],
    message: "{words}：把尚未公开的工作信息私下透露给别人，属于泄露工作秘密。",
    suggestion: "删去这些内容；未公开的工作信息以正式公布为准，不得提前透露。",
  },
  {
    // 城东五金店那个老板娘在咱们行存了三百多万: a customer's deposit told by the bank's staff (round 35).
    id: "client-account",
    code: "P5",
    severity: "redline",
    all: ["CLIENT_ACCOUNT"],
    scope: "sentence",
    unless: ["DISCUSSION"],
    unlessClause: ["SELF", "OWN_FAMILY"],
    unlessNear: P5_CANCELS,
    negatable: true,
    group: "secret",
    unlessOfficialWith: ["PROHIBITION"],
    message: "{words}：把客户的存款、账户情况说给别人听，泄露单位掌握的客户信息。",
    suggestion: "撤回这条消息；客户的账户信息只用于办理业务，不外传、不议论。",
  },
  {
    // 这是辖区低保户名单，身份证号、病情、家庭收入都在里面，大家转给各楼栋长: a roster of people's
    // identity numbers passed on (rounds 28–35 label P5 beside P4).
    id: "roster-forwarded",
    code: "P5",
    severity: "redline",
    all: ["ROSTER", "ID_FIELDS", "FORWARD"],
    scope: "near",
    unless: ["DISCUSSION"],
    unlessNear: [...P5_CANCELS, "PRIVACY_PROPER"],
    negatable: true,
    group: "secret",
    unlessOfficialWith: ["PROHIBITION"],
    message: "{words}：把含身份证号、收入、病情的名单转来转去，泄露单位掌握的个人信息。",
    suggestion: "撤回这条消息；名单通过内部系统或当面核对，不得在微信里传递。",
  },
  {
    // 附件是本月欠税户名单，含法人身份证号、家庭住址和手机号: the roster posted as a file (r36).
    id: "roster-attached",
    code: "P5",
    severity: "redline",
    all: ["ROSTER", "ID_FIELDS", "ATTACHED"],
    scope: "near",
    unless: ["DISCUSSION"],
    unlessNear: [...P5_CANCELS, "PRIVACY_PROPER"],
    negatable: true,
    group: "secret",
    unlessOfficialWith: ["PROHIBITION"],
    message: "{words}：把含身份证号、收入、病情的名单作为附件发到群里，泄露单位掌握的个人信息。",
    suggestion: "撤回这条消息；名单通过内部系统或当面核对，不得在微信里传递。",
  },
  {
    // 谁有这个企业法人的身份证号…我先发群里你们核一下[图片：身份证正反面] (r39): an identity card the unit
    // holds for its work, posted to the work group to be checked. Work groups only: a citizen's card
    // posted to other groups (r5-086, r15-097) is labelled P4 alone by earlier writers, and
    // `private-document` / the P4 rules keep that reading everywhere. A suggestion since decision 063: of the six drafts
    // of all sets that post an identity card's picture to a work group, five are P4 without P5 (r34-085, r41-092,
    // r50-118, r64-081, r75-067); of the twelve in any channel, ten.
    id: "id-card-posted",
    code: "P5",
    severity: "suggestion",
    all: ["ID_IMAGE", "POSTED"],
    scope: "near",
    unless: ["DISCUSSION"],
    unlessNear: [...P5_CANCELS, "PRIVACY_PROPER", "OWN_MATTER"],
    negatable: true,
    group: "secret",
    channels: ["workgroup"],
    unlessOfficialWith: ["PROHIBITION"],
    message: "{words}：把工作中掌握的他人身份证照片发到群里，泄露单位掌握的个人信息。",
    suggestion: "撤回这条消息；证件信息只在办理人之间通过内部系统核对，不得在微信群里传。",
  },
  {
    // 我把我表弟拉进群了，他在做工程…大家有啥消息也可以跟他说说: an outsider with business at stake put
    // in the group to hear its news (r36).
    id: "outsider-brought-in",
    code: "P5",
    severity: "redline",
    all: ["BROUGHT_IN", "OUTSIDER", "INFO_SHARED"],
    scope: "near",
    unless: ["DISCUSSION"],
    unlessNear: P5_CANCELS,
    negatable: true,
    group: "secret",
    unlessOfficialWith: ["PROHIBITION"],
    message: "{words}：把有利益关系的外人拉进工作群打听项目消息，泄露工作秘密。",
    suggestion: "把无关人员移出工作群；项目信息以公开发布的为准，不私下透露。",
  },
  {
    // 今天开庭那个离婚案，女方说…你们猜是谁 (r40): a case in hand told to friends with its parties to guess,
    // the case's details and the parties' privacy out of the office.
    id: "case-told-guess-who",
    code: "P5",
    severity: "redline",
    all: ["CASE_IN_HAND", "GUESS_WHO"],
    scope: "near",
    unless: ["DISCUSSION"],
    unlessNear: P5_CANCELS,
    negatable: true,
    group: "secret",
    unlessOfficialWith: ["PROHIBITION"],
    message: "{words}：把经办的案件细节说给外人听，还让人猜当事人是谁，泄露工作秘密和当事人隐私。",
    suggestion: "撤回这条消息；经办案件的情况和当事人信息一律不外传。",
  },
  {
    id: "secret-hot-material",
    code: "P5",
    severity: "redline",
    all: ["HOT_MATERIAL", "LEAK_ACTION"],
    scope: "near",
    // 省局抽查石桥、柳河两站清查底册，这事我就发群里了 (r115-095): 清查 as a stocktake, no raid ahead (decision 085).
    unlessNear: HOT_MATERIAL_CANCELS,
    // The unit's own inspection announced (关于…检查的通知): as `secret-hot-peek` (decision 075).
    unlessAnywhere: ["INSPECTION_NOTICE"],
    negatable: true,
    group: "secret",
    unlessOfficialWith: ["PROHIBITION"],
    message: "{words}：把考题、标底、拟任名单等未公开的敏感信息私下透露给他人，属于泄露工作秘密。",
    suggestion: "立即撤回；未公开的考题、底价、人事等信息一律不得外传，已外传的应向组织报告。",
  },
  {
    // 今晚收网！凌晨两点兄弟们在湖塘新村集结 (r56, on 朋友圈): a raid's hour told before it. All five drafts of
    // all sets with 收网 ahead (r13-027, r30-051, r40-074, r56-020, r56-054) are P5; none is clean (decision 049).
    id: "secret-raid-ahead",
    code: "P5",
    severity: "redline",
    all: ["RAID_AHEAD"],
    scope: "sentence",
    unlessNear: P5_DOC_CANCELS,
    negatable: true,
    skipQuoted: true,
    group: "secret",
    unlessOfficialWith: ["PROHIBITION"],
    message: "{words}：在行动之前说出收网、抓捕、约谈的时间和对象，属于泄露工作秘密，可能让目标闻风而逃或提前应对。",
    suggestion: "立即撤回；行动的时间、地点、目标一律不得外传，朋友圈和群里都不能发。",
  },
  {
    id: "secret-hot-peek",
    code: "P5",
    severity: "redline",
    all: ["HOT_MATERIAL", "PEEK"],
    scope: "near",
    unlessNear: HOT_MATERIAL_CANCELS,
    // 关于明天开展冬季车辆安全检查的通知…重点查制动…请各车队提前做好准备 (r86-030): the unit's own inspection announced; none of
    // the 56 drafts of all sets with 关于…检查的通知 is P5 (decision 075).
    unlessAnywhere: ["INSPECTION_NOTICE"],
    negatable: true,
    group: "secret",
    unlessOfficialWith: ["PROHIBITION"],
    message: "{words}：让人提前看到考题、标底、名单等未公开信息，属于泄露工作秘密。",
    suggestion: "撤回这条消息；未公开的信息一律不得提前透露。",
  },
  {
    // 我把做工程的朋友拉进来了，他就在群里听听，了解一下招标的情况: an outsider let into a group to
    // listen in on a tender. A contact brought in without the tender is G2 (workgroup-stranger) only.
    id: "outsider-listens-in",
    code: "P5",
    // A suggestion: the writers of rounds 4 and 16 label the same scene G2 alone, those of 30–31 P5 (decision 036).
    severity: "suggestion",
    all: ["PULLED_IN", "TENDER", "LISTEN_IN"],
    scope: "near",
    unlessNear: P5_DOC_CANCELS,
    negatable: true,
    group: "secret",
    unlessOfficialWith: ["PROHIBITION"],
    message: "{words}：把外人拉进工作群旁听招标等未公开的工作情况，属于泄露工作秘密。",
    suggestion: "立即把他移出群；招标信息以公开发布为准，不得向潜在投标人透露。",
  },
  {
    id: "secret-hot-unpublished",
    code: "P5",
    severity: "redline",
    all: ["HOT_MATERIAL", "UNPUBLISHED"],
    scope: "near",
    // 请携带清查底册、笔记本，提前10分钟签到 (r115-001): 提前 as early, as `secret-unpublished-leak`; none of the 12 drafts
    // of all sets with 提前…分钟 is P5 (decision 085).
    unlessNear: [...HOT_MATERIAL_CANCELS, "EARLY_ARRIVAL"],
    // The unit's own inspection announced (关于…检查的通知): as `secret-hot-peek` (decision 075).
    unlessAnywhere: ["INSPECTION_NOTICE"],
    negatable: true,
    group: "secret",
    unlessOfficialWith: ["PROHIBITION"],
    message: "{words}：在微信里传递尚未公开的考题、标底、人事等信息，属于泄露工作秘密。",
    suggestion: "撤回这条消息；以正式公布的信息为准，公布前一律不得外传。",
  },
  {
    id: "secret-unpublished-leak",
    code: "P5",
    severity: "redline",
    all: ["PLAIN_MATERIAL", "UNPUBLISHED", "LEAK_ACTION"],
    scope: "near",
    // 务必提前到岗。发群里就算通知到了 (r76-087): 提前 as early (decision 064).
    // 具体材料明天上午我发您清单 (r90-103): the papers a request needs (decision 076).
    unlessNear: [...P5_DOC_CANCELS, "EARLY_ARRIVAL", "PAPERS_LIST"],
    negatable: true,
    group: "secret",
    unlessOfficialWith: ["PROHIBITION"],
    message: "{words}：把尚未公开的文件、纪要、名单私下发给他人，属于泄露工作秘密。",
    suggestion: "撤回这条消息；未公开的材料等正式公布后，再发公开的链接。",
  },
  {
    id: "secret-confide",
    code: "P5",
    severity: "redline",
    all: ["CONFIDE", "PLAIN_MATERIAL"],
    scope: "near",
    unlessNear: P5_DOC_CANCELS,
    negatable: true,
    group: "secret",
    unlessOfficialWith: ["PROHIBITION"],
    message: "{words}：私下传递工作文件、材料，还叮嘱别外传，正说明是不该外传的内容。",
    suggestion: "撤回这条消息；未公开的工作材料一律不得通过微信私下传递。",
  },
  {
    id: "secret-hot-confide",
    code: "P5",
    severity: "redline",
    all: ["HOT_MATERIAL", "CONFIDE"],
    scope: "near",
    unlessNear: HOT_MATERIAL_CANCELS,
    // The unit's own inspection announced (关于…检查的通知): as `secret-hot-peek` (decision 075).
    unlessAnywhere: ["INSPECTION_NOTICE"],
    negatable: true,
    group: "secret",
    unlessOfficialWith: ["PROHIBITION"],
    message: "{words}：私下透露考题、标底、人事等未公开信息，属于泄露工作秘密。",
    suggestion: "撤回这条消息；未公开的信息一律不得外传，已外传的应向组织报告。",
  },
  {
    // 内部消息：下周常委会拟提拔人选名单，先给大家看看[图片]，别外传 (r47-068; r38-047 the same with a reserve
    // price): 内部消息 cancels the rules above as hearsay named as such, but beside hot material and a
    // confide with no 据说/听说 it is the sender's own knowledge leaked (decision 044).
    id: "secret-inside-confide",
    code: "P5",
    severity: "redline",
    all: ["HOT_MATERIAL", "CONFIDE", "HEARSAY_SOURCE"],
    scope: "near",
    // 内部消息，省里已经定了，明年起绩效全部取消，一半人要分流…别说是我说的 (r30-044): a rumour of policy
    // (V2, `rumour-alarm` reads it), no leak.
    unlessNear: [...P5_CANCELS, "FOR_REVIEW", "HEARD_SAID", "RUMOUR_CLAIM"],
    negatable: true,
    group: "secret",
    unlessOfficialWith: ["PROHIBITION"],
    message: "{words}：以“内部消息”私下透露人事、标底等未公开信息，还叮嘱别外传，属于泄露工作秘密。",
    suggestion: "撤回这条消息；未公开的信息一律不得外传，已外传的应向组织报告。",
  },
  {
    id: "secret-unpublished-share",
    code: "P5",
    severity: "redline",
    all: ["PLAIN_MATERIAL", "UNPUBLISHED", "SHARE_VERB"],
    scope: "near",
    unlessNear: P5_DOC_CANCELS,
    negatable: true,
    group: "secret",
    unlessOfficialWith: ["PROHIBITION"],
    message: "{words}：把尚未公开的文件、方案转给他人，属于泄露工作秘密。",
    suggestion: "撤回这条消息；未公开的材料等正式公布后，再发公开的链接。",
  },
  {
    id: "secret-pointer-share",
    code: "P5",
    severity: "redline",
    all: ["DOCUMENT_POINTER", "SHARE_VERB"],
    scope: "near",
    unlessNear: [...P5_DOC_CANCELS, "DELIVERY_PROMISE"],
    negatable: true,
    group: "secret",
    unlessOfficialWith: ["PROHIBITION"],
    message: "{words}：把上级或内部文件转给他人，内部文件不得通过微信传递。",
    suggestion: "撤回这条消息；需要传达的文件，请对方到机要室或按规定渠道阅看。",
  },
  {
    id: "secret-pointer",
    code: "P5",
    severity: "redline",
    all: ["DOCUMENT_POINTER", "LEAK_ACTION"],
    scope: "near",
    unlessNear: [...P5_DOC_CANCELS, "DELIVERY_PROMISE"],
    negatable: true,
    group: "secret",
    unlessOfficialWith: ["PROHIBITION"],
    message: "{words}：把上级或内部文件拍照、转发给他人，内部文件不得通过微信传递。",
    suggestion: "撤回这条消息；需要传达的文件，请对方到机要室或按规定渠道阅看。",
  },

  {
    // 进涉密机房值班，给大家看看[图片]: photos taken where secrets are kept (XY3).
    id: "secret-place-photo",
    code: "P5",
    severity: "redline",
    all: ["SECRET_PLACE", "MEDIA"],
    scope: "near",
    unlessNear: [...P5_CANCELS, "PROHIBITION"],
    negatable: true,
    group: "secret",
    unlessOfficialWith: ["PROHIBITION"],
    message: "{words}：在涉密场所拍照、录像并通过微信发出，属于泄密。",
    suggestion: "立即撤回并报告保密部门；涉密场所内不得拍照、录像，更不得发到微信。",
  },
  {
    // [照片：会议室白板，可见“拟调整干部名单”] / [图片：会议议题单特写]: internal papers caught in a
    // photo and posted are leaked, whatever the caption says.
    id: "secret-paper-photo",
    ...PAPER_IN_PICTURE,
    // The picture attached, not the word 照片 or 视频 alone (部分案卷现场照片没有标注时间地点, r273-055; decision 123).
    all: ["INTERNAL_PAPER", "MEDIA_ATTACHED"],
    message: "{words}：照片里拍到了干部名单、会议议题、资金安排等内部材料，发出去就是泄露工作秘密。",
    suggestion: "立即撤回；拍照前看清画面，白板、文件、议题单等内部材料不入镜、不外发。",
  },
  {
    // 加班到现在，终于把这份报告弄完了！[审计报告征求意见稿截图] (r69): a draft for comment shown; all four drafts of all
    // sets with 征求意见稿 beside a picture, a screenshot or a file are P5 (decision 057).
    id: "comment-draft-shown",
    ...PAPER_IN_PICTURE,
    all: ["COMMENT_DRAFT", "PAPER_SHOWN"],
    message: "{words}：把未定稿的征求意见稿拍照、截图或整份发出去，属于泄露工作秘密。",
    suggestion: "立即撤回；征求意见稿按规定范围、渠道传递，不拍照、不截图外发。",
  },
  {
    // 服务器的管理员密码和内网地址我发你: the keys to a unit's systems sent over WeChat.
    id: "credential-share",
    code: "P5",
    severity: "redline",
    all: ["CREDENTIAL", "HAND_OVER"],
    scope: "near",
    unlessNear: P5_CANCELS,
    negatable: true,
    group: "secret",
    unlessOfficialWith: ["PROHIBITION"],
    message: "{words}：把单位系统的管理员密码、内网地址等通过微信发出，属于泄露工作秘密。",
    suggestion: "立即撤回并修改密码；系统账号只能当面或通过单位规定的渠道交接。",
  },
  {
    // 调度系统后台账号 admin 密码 Tagj@2026，谁值班自己登一下 (r86-041): a system's account and password posted with no
    // hand-over word; the four drafts of all sets that post them or ask them posted are P5, the two that forbid it clean
    // (decision 075).
    id: "credential-posted",
    code: "P5",
    severity: "redline",
    all: ["ACCOUNT_PASSWORD", "CREDENTIAL_PUT_OUT"],
    scope: "near",
    unlessNear: P5_CANCELS,
    negatable: true,
    group: "secret",
    unlessOfficialWith: ["PROHIBITION"],
    message: "{words}：把单位系统的账号和密码发到微信里，属于泄露工作秘密。",
    suggestion: "立即撤回并修改密码；系统账号只能当面或通过单位规定的渠道交接。",
  },
  {
    // [图片] 你看看，这是副总私下跟我说的，说要把你们车队的人调走几个，别说我告诉你的 (r86-066): a personnel move confided; five of
    // the six drafts of all sets with 私下跟我说 beside a move are P5 (decision 075).
    id: "secret-move-confided",
    code: "P5",
    severity: "redline",
    all: ["MOVE_TOLD", "CHAT_WITH_ME"],
    scope: "near",
    unlessNear: P5_DOC_CANCELS,
    negatable: true,
    group: "secret",
    unlessOfficialWith: ["PROHIBITION"],
    message: "{words}：私下透露尚未公布的人事调整，属于泄露工作秘密。",
    suggestion: "撤回这条消息；人事调整以组织正式公布为准，公布前不得外传。",
  },
  {
    // A closed meeting's discussion told outside it, with what is not yet public (人事调整…不能说,
    // 分流方案先不对外): the unit's undisclosed matters leaked in words.
    id: "meeting-leak",
    code: "P5",
    severity: "redline",
    all: ["CLOSED_MEETING", "UNDISCLOSED"],
    scope: "near",
    unlessOfficial: true,
    // Not SECRET_PROPER: its 不能说 here is a tease (具体谁我不能说，大家猜猜), not discretion.
    unlessNear: ["WONT_SHARE", "HEARSAY_SOURCE", "PROHIBITION"],
    message: "{words}：把内部会议讨论、尚未公开的事项说给会外的人，属于泄露工作秘密。",
    suggestion: "会议内容以正式印发、公开的为准；未公开的人事、方案、预算不在微信里说。",
  },

  // ───────────── hearsay ─────────────
  {
    // 听说明天全城要停水，具体哪里发的不清楚，大家先把水桶接满: hearsay whose source the sender
    // admits not to know, passed on as fact.
    id: "rumour-unsourced",
    code: "V2",
    severity: "redline",
    all: ["HEARSAY", "UNKNOWN_SOURCE"],
    scope: "near",
    unlessNear: ["VERIFY", "OFFICIAL_SOURCE"],
    skipQuoted: true,
    unlessAnywhere: ["REFUTE"],
    group: "hearsay",
    unlessOfficialWith: ["PROHIBITION"],
    message: "{words}：来源都不清楚的消息当作事实发出，属于传播谣言。",
    suggestion: "先向有关部门或官方渠道核实；来源不明的消息不发、不转。",
  },
  {
    // 转：青岚水库大坝出现裂缝，下游村民速撤离！！！（来源：朋友的朋友） (r255-022); 转：听说明年全省国有林场要合并…有没有人知道是
    // 真的假的？ (r256-030; both V2 by both readers, missed at v83): a repost that doubts what it passes on. All seven drafts of all sets
    // with REPOST_HEAD and REPOST_DOUBT are V2 (decision 119); a refutation or a check anywhere leaves it alone.
    id: "rumour-repost",
    code: "V2",
    severity: "redline",
    all: ["REPOST_HEAD", "REPOST_DOUBT"],
    scope: "message",
    unlessNear: ["VERIFY", "OFFICIAL_SOURCE"],
    skipQuoted: true,
    unlessAnywhere: ["REFUTE", "RUMOUR_CALLED"],
    group: "hearsay",
    unlessOfficialWith: ["PROHIBITION"],
    message: "{words}：转发连自己都不知真假、来源不明的消息，属于传播谣言。",
    suggestion: "先向有关部门或官方渠道核实；真假不明的消息不发、不转。",
  },
  {
    // 听说…死了十几个，官方肯定瞒了，报的数都是假的: hearsay set against the official figures.
    id: "rumour-distrust",
    code: "V2",
    severity: "redline",
    all: ["HEARSAY", "DISTRUST_OFFICIAL"],
    scope: "near",
    unlessNear: ["VERIFY"],
    negatable: true,
    skipQuoted: true,
    group: "hearsay",
    unlessOfficialWith: ["PROHIBITION"],
    message: "{words}：把听来的消息说成官方隐瞒、数据造假，属于传播谣言。",
    suggestion: "以官方发布为准；未经证实的不发、不转，确有疑问的向有关部门询问。",
  },
  {
    // 微信下个月开始收费…不转的号会被封: a false claim pushed on with a threat to those who do not forward it.
    id: "rumour-chain",
    code: "V2",
    severity: "redline",
    all: ["RUMOUR_CLAIM", "NOT_FORWARD"],
    scope: "near",
    unlessNear: ["VERIFY", "OFFICIAL_SOURCE"],
    skipQuoted: true,
    unlessAnywhere: ["REFUTE"],
    group: "hearsay",
    unlessOfficialWith: ["PROHIBITION"],
    message: "{words}：编造收费、封号之类的消息，逼人转发，属于传播谣言。",
    suggestion: "不发、不转；此类消息以官方公告为准。",
  },
  {
    id: "rumour-spread",
    code: "V2",
    severity: "redline",
    all: ["HEARSAY", "SPREAD"],
    scope: "near",
    // 听说有个局长没转，第二天就出车祸了: a chain letter's curse (P3), not a rumour of fact.
    unlessNear: ["VERIFY", "OFFICIAL_SOURCE", "NOT_FORWARD"],
    negatable: true,
    skipQuoted: true,
    // 听说你家老人住院了，需要帮忙的话说一声: news of the addressee, told to him, is no rumour.
    // 各位也都说说 (r166-105): views asked, in the hearsay's clause only (VIEWS_ASKED, decision 098).
    // 陈家搬迁补偿的事我在群里说一下：… (r234-037, G7 by both readers): speaking in the group, not hearsay, as `gossip` reads it since
    // decision 096; 83 of the 85 drafts of all sets with GROUP_SPEAK are not V2, and the two that are keep their hearsay in
    // another clause (decision 114).
    unlessClause: ["SECOND_PERSON", "VIEWS_ASKED", "GROUP_SPEAK"],
    unlessAnywhere: ["REFUTE"],
    group: "hearsay",
    unlessOfficialWith: ["PROHIBITION"],
    message: "{words}：把未经核实的传闻当作事实，还催人扩散，属于传谣。",
    suggestion: "先向有关部门核实；未经证实的信息不发、不转，以官方发布为准。",
  },
  {
    id: "rumour-alarm",
    code: "V2",
    severity: "redline",
    all: ["HEARSAY", "DANGER"],
    scope: "near",
    unlessNear: ["VERIFY", "OFFICIAL_SOURCE"],
    negatable: true,
    skipQuoted: true,
    unlessAnywhere: ["REFUTE"],
    group: "hearsay",
    unlessOfficialWith: ["PROHIBITION"],
    message: "{words}：把听来的、未经核实的治安、灾害、疫情消息当作事实发布，属于传谣。",
    suggestion: "先向公安、应急等有关部门核实；以官方发布为准，未经证实的不发、不转。",
  },
  {
    id: "rumour-urgent",
    code: "V2",
    severity: "redline",
    all: ["STRONG_SPREAD"],
    scope: "near",
    unlessNear: ["VERIFY", "OFFICIAL_SOURCE"],
    unlessOfficial: true,
    negatable: true,
    skipQuoted: true,
    // 【福利来啦】集满38个赞，送县体育场游泳馆月卡一张！…快快转起来！ (r211-018, P9 by both readers): a likes contest urged on is
    // bait (P9), no rumour. None of the five drafts of all sets with a likes contest and STRONG_SPREAD's words is V2 by label,
    // four were claimed (decision 109).
    unlessAnywhere: ["REFUTE", "BAIT"],
    group: "hearsay",
    unlessOfficialWith: ["PROHIBITION"],
    message: "{words}：没有来源的紧急消息还催人扩散，是谣言的典型写法。",
    suggestion: "先核实来源；以官方发布为准，未经证实的不发、不转。",
  },
  {
    // 明年起伤残抚恤金全部停发…赶紧转给身边的老兵 (r79-085): a message urged on to others at once; all 29 drafts of all
    // sets with 赶紧转给, 快转给 or 赶快转给 are V2 (decision 066). rumour-urgent's cancels, with the rumour called one
    // or a check asked (RUMOUR_CALLED) in place of REFUTE and VERIFY, whose 核查 the rumour itself tells (重新核查).
    id: "rumour-pass-round",
    code: "V2",
    severity: "redline",
    all: ["PASS_ROUND_NOW"],
    scope: "near",
    unlessNear: ["OFFICIAL_SOURCE", "RUMOUR_CALLED"],
    unlessOfficial: true,
    negatable: true,
    skipQuoted: true,
    unlessAnywhere: ["RUMOUR_CALLED"],
    group: "hearsay",
    unlessOfficialWith: ["PROHIBITION"],
    message: "{words}：没有来源的消息还催人赶紧转给别人，是谣言的典型写法。",
    suggestion: "先核实来源；以官方发布为准，未经证实的不发、不转。",
  },
  {
    // 【扩散】白鹭湖湿地下月起门票全免！转发到5个群就能领… (r80-098): a message tagged to be spread; all six drafts of all
    // sets with 【扩散】 or 【紧急扩散】 are V2 (decision 069). rumour-pass-round's cancels.
    id: "rumour-spread-tag",
    code: "V2",
    severity: "redline",
    all: ["SPREAD_TAG"],
    scope: "near",
    unlessNear: ["OFFICIAL_SOURCE", "RUMOUR_CALLED"],
    unlessOfficial: true,
    negatable: true,
    skipQuoted: true,
    unlessAnywhere: ["RUMOUR_CALLED"],
    group: "hearsay",
    unlessOfficialWith: ["PROHIBITION"],
    message: "{words}：给没有来源的消息打上“扩散”标签催人转发，是谣言的典型写法。",
    suggestion: "先核实来源；以官方发布为准，未经证实的不发、不转。",
  },
  {
    // 别的群转来的：党校食堂用的是地沟油… (r81-096): what another group says passed on as news; all five drafts of all
    // sets with 别的群转来, 别的群(里)看到 or 别的群(里)在传 are V2 (decision 069). rumour-pass-round's cancels.
    id: "rumour-other-group",
    code: "V2",
    severity: "redline",
    all: ["OTHER_GROUP_SEEN"],
    scope: "near",
    unlessNear: ["OFFICIAL_SOURCE", "RUMOUR_CALLED"],
    unlessOfficial: true,
    negatable: true,
    skipQuoted: true,
    unlessAnywhere: ["RUMOUR_CALLED"],
    group: "hearsay",
    unlessOfficialWith: ["PROHIBITION"],
    message: "{words}：把别的群里看到、转来的消息不加核实地再传，属于传谣。",
    suggestion: "先核实来源；以官方发布为准，未经证实的不发、不转。",
  },
  {
    id: "rumour-danger-spread",
    code: "V2",
    severity: "redline",
    all: ["DANGER", "SPREAD"],
    scope: "near",
    // 转发：关于冬季取暖防范一氧化碳中毒的科普提示 (r140-119): a hazard explained, passed on (decision 091).
    unlessNear: ["VERIFY", "OFFICIAL_SOURCE", "SCIENCE_TIP"],
    skipQuoted: true,
    unlessAnywhere: ["REFUTE"],
    group: "hearsay",
    unlessOfficialWith: ["PROHIBITION"],
    message: "{words}：没有来源的治安、灾害、疫情消息当作事实发出，还催人转告，属于传谣。",
    suggestion: "先向公安、应急等部门核实；以官方发布为准，未经证实的不发、不转。",
  },
  {
    // A layoff, a cut, a leaked question bank "from a reliable source", passed on as fact.
    id: "rumour-claim",
    code: "V2",
    severity: "redline",
    all: ["HEARSAY", "RUMOUR_CLAIM"],
    scope: "near",
    unlessNear: ["VERIFY", "OFFICIAL_SOURCE"],
    negatable: true,
    skipQuoted: true,
    unlessAnywhere: ["REFUTE"],
    unlessClause: ["SECOND_PERSON"],
    group: "hearsay",
    unlessOfficialWith: ["PROHIBITION"],
    message: "{words}：把听来的、未经核实的裁员、停课、泄题之类的消息当作事实传播，属于传谣。",
    suggestion: "以官方发布为准；未经证实的不发、不转，确有疑问的向有关部门询问。",
  },
  {
    // 听说要一票否决一批干部，消息可靠，大家自己掂量 (r46-063): hearsay the sender vouches for is passed on as
    // fact; all eight drafts of rounds 1–45 with 消息可靠/绝对可靠 beside hearsay are V2 (decision 044).
    id: "rumour-vouched",
    code: "V2",
    severity: "redline",
    all: ["HEARSAY", "VOUCHED"],
    scope: "near",
    unlessNear: ["VERIFY", "OFFICIAL_SOURCE"],
    negatable: true,
    skipQuoted: true,
    unlessAnywhere: ["REFUTE"],
    // gossip-person yields to V2 here as beside every V2 rule: P6 stays the model's suggestion (r46-063).
    group: "hearsay",
    unlessOfficialWith: ["PROHIBITION"],
    message: "{words}：把听来的、未经核实的消息说成“可靠”当作事实传播，属于传谣。",
    suggestion: "以官方发布为准；未经证实的不发、不转，确有疑问的向有关部门询问。",
  },
  {
    // 转：省里刚下文…明年工资降10%，消息可靠！ (r69): news vouched for with no hearsay word; seven of the eight drafts
    // of all sets with 消息可靠 are V2 and the eighth is claimed by \`rumour-vouched\` already (decision 057).
    id: "rumour-vouched-news",
    code: "V2",
    severity: "redline",
    all: ["NEWS_VOUCHED"],
    scope: "near",
    unlessNear: ["VERIFY", "OFFICIAL_SOURCE"],
    negatable: true,
    skipQuoted: true,
    unlessAnywhere: ["REFUTE"],
    group: "hearsay",
    unlessOfficialWith: ["PROHIBITION"],
    message: "{words}：把未经核实的消息说成“可靠”当作事实传播，属于传谣。",
    suggestion: "以官方发布为准；未经证实的不发、不转，确有疑问的向有关部门询问。",
  },
  {
    // 刚收到的，还没核实，先发群里大家看看 (r68): passed on while saying it is unchecked; both drafts of all sets with
    // UNCHECKED_OWN beside PASS_ON_NOW are V2 (r62-083, r68-119; decision 057).
    id: "rumour-unchecked-passed",
    code: "V2",
    severity: "redline",
    all: ["UNCHECKED_OWN", "PASS_ON_NOW"],
    scope: "near",
    unlessAnywhere: ["REFUTE"],
    group: "hearsay",
    unlessOfficialWith: ["PROHIBITION"],
    message: "{words}：自己也说“还没核实”，却先发给大家，属于传谣。",
    suggestion: "先向有关部门核实；以官方发布为准，未经证实的不发、不转。",
  },
  {
    // Hearsay passed on with advice to act on it (听…说…疫苗有问题，大家先别带孩子去打): the
    // sender vouches for it as fact. Everyday news (听说明天降温，大家提前做好准备) is no rumour.
    id: "rumour-advice",
    code: "V2",
    severity: "redline",
    all: ["HEARSAY", "ADVISE_ALL"],
    scope: "near",
    unless: ["DAILY_NEWS"],
    // 红包我一个都没领，也请大家都别领，有人问就说是纪律要求: a refusal passed on, no news.
    unlessNear: ["VERIFY", "OFFICIAL_SOURCE", "REFUSAL", "PROHIBITION"],
    negatable: true,
    skipQuoted: true,
    unlessAnywhere: ["REFUTE"],
    unlessClause: ["SECOND_PERSON"],
    group: "hearsay",
    unlessOfficialWith: ["PROHIBITION"],
    message: "{words}：把听来的、未经核实的消息当作事实，还叫大家照着做，属于传谣。",
    suggestion: "先向有关部门核实；以官方发布为准，未经证实的不发、不转、不据此提醒别人。",
  },
  {
    // An official's case rumoured (纪委把…带走了): the same rumour as 传谣, about a person.
    id: "rumour-case",
    code: "V2",
    severity: "redline",
    all: ["HEARSAY", "CASE_RUMOUR"],
    scope: "near",
    unlessNear: ["VERIFY", "OFFICIAL_SOURCE"],
    negatable: true,
    skipQuoted: true,
    unlessAnywhere: ["REFUTE"],
    unlessClause: ["SECOND_PERSON"],
    group: "hearsay",
    unlessOfficialWith: ["PROHIBITION"],
    message: "{words}：把听来的、未经核实的干部被查、被带走之类的传闻当作事实传播，属于传谣。",
    suggestion: "删去传闻；干部是否被查，以纪检监察机关的通报为准，未经证实的不发、不转。",
  },
  {
    // 你听说没，咱们新来的区长是靠他老丈人上来的，外面都传遍了 (r42): talk about a person passed on as
    // what everyone already says is 传谣 (V2 covers the P6). The same hearsay without 传遍 stays P6:
    // twelve drafts of rounds 4–36 and the training sets tell 靠老丈人上来的 as gossip, labelled P6 and TJ2.
    id: "rumour-widespread",
    code: "V2",
    severity: "redline",
    all: ["WIDELY_RUMOURED", "PERSON"],
    scope: "near",
    // 是不是真的？好多人都在传: a question, not a rumour passed on (r21-112); good news is no rumour.
    unless: ["GOOD_NEWS"],
    unlessNear: ["VERIFY", "OFFICIAL_SOURCE", "PROHIBITION"],
    negatable: true,
    skipQuoted: true,
    unlessAnywhere: ["REFUTE"],
    unlessClause: ["SECOND_PERSON"],
    group: "hearsay",
    unlessOfficialWith: ["PROHIBITION", "DISCUSSION"],
    message: "{words}：把关于他人的、未经证实的传闻说成“都传遍了”，再往下传，就是传谣。",
    suggestion: "删去传闻；未经证实的事不发、不转，对当事人也不公平，确有问题的向组织反映。",
  },
  {
    id: "gossip",
    code: "P6",
    severity: "must",
    // Gossip is about people: hearsay about a price, a policy or an epidemic is 传谣 (V2) or nothing.
    all: ["HEARSAY", "PERSON"],
    scope: "near",
    // 听说食堂明天包饺子，想吃的同事早点去: the 同事 are the audience, the news is the canteen's.
    // 去的同事注意停车: the colleagues are the audience.
    // 听我妈说表弟考上了，真替他高兴: a relative's good news, not gossip.
    unless: ["DAILY_NEWS", "GOOD_NEWS"],
    // 有家长在群里发红包说请老师们喝奶茶，老师们都没有领取 (r58, decision 050): a packet refused, told in a
    // notice; what the parent "said" is the packet's message, not hearsay about a person.
    unlessNear: ["VERIFY", "OFFICIAL_SOURCE", "NOT_FORWARD", "PROHIBITION", "AUDIENCE", "REFUSAL"],
    // 以后缺药直接在群里跟他说 (r160-081): speaking in the group, not hearsay; in the hearsay's clause only (decision 096).
    // 各位也都说说 (r166-105): views asked, not what everyone says (VIEWS_ASKED, decision 098).
    unlessClause: ["SECOND_PERSON", "GROUP_SPEAK", "VIEWS_ASKED"],
    negatable: true,
    skipQuoted: true,
    unlessAnywhere: ["REFUTE"],
    yieldsTo: ["V2"],
    group: "hearsay",
    unlessOfficialWith: ["PROHIBITION"],
    message: "{words}：把道听途说的消息当作事实传播，未经核实。",
    suggestion: "删去传闻；确有必要的，先核实并注明来源，或直接向有关部门询问。",
  },
  {
    id: "gossip-person",
    code: "P6",
    severity: "must",
    all: ["PERSON_GOSSIP", "PERSON"],
    scope: "sentence",
    // 把几家老板都拉进去了: pulled into a group, not 进去了 (taken into custody) (r41).
    unlessClause: ["BROUGHT_IN"],
    // 看了几起收红包、吃请被处分的案例，警钟长鸣 (r138-100): cases studied, no one gossiped about (decision 091).
    unlessNear: ["VERIFY", "OFFICIAL_SOURCE", "CASE_STUDY"],
    negatable: true,
    skipQuoted: true,
    // 纪委这边正在查你们镇的老李，下周可能就留置了…你别外传 (r44): a case told from inside is the leak
    // (P5), not gossip; every such draft of rounds 1–43 without hearsay is P5 alone (r16-102, r22-108).
    yieldsTo: ["V2", "P5"],
    group: "hearsay",
    // 通报…典型问题…被开除党籍: a unit's warning notice names cases, it does not gossip.
    unlessOfficialWith: ["PROHIBITION", "DISCUSSION"],
    message: "{words}：议论、传播同事的私事或未经证实的问题，属于传播“八卦消息”。",
    suggestion: "删去这段话；没有核实的事不说、不传，对当事人也不公平。",
  },

  // ───────────── politics ─────────────
  {
    // [链接：境外网站文章] 看看人家外面怎么说咱们的，写得真解气，大家传一传: a hostile foreign piece praised
    // and passed round (r37 labels V1 and V2).
    id: "foreign-piece-spread",
    code: "V1",
    severity: "redline",
    all: ["FOREIGN_MEDIA", "SPREAD_PRAISE"],
    scope: "message",
    unlessClause: ["SUPPORT", "REFUTE"],
    unlessNear: ["DISCUSSION", "PROHIBITION"],
    negatable: true,
    skipQuoted: true,
    unlessOfficialWith: ["PROHIBITION"],
    message: "{words}：转发境外网站抹黑我们的文章并叫好、叫人传播，属于妄议中央、传播有害信息。",
    suggestion: "删去链接和这段话，不转发、不传播；看到此类内容应向组织报告。",
  },
  {
    id: "foreign-piece-rumour",
    code: "V2",
    severity: "redline",
    all: ["FOREIGN_MEDIA", "SPREAD_PRAISE"],
    scope: "message",
    unlessClause: ["SUPPORT", "REFUTE"],
    unlessNear: ["DISCUSSION", "PROHIBITION"],
    negatable: true,
    skipQuoted: true,
    group: "hearsay",
    unlessOfficialWith: ["PROHIBITION"],
    message: "{words}：叫人传播境外网站的文章，是传播未经核实、歪曲事实的信息。",
    suggestion: "删去链接和这段话，不转发、不传播；看到此类内容应向组织报告。",
  },
  {
    // 外面的月亮就是圆…说了要被请喝茶: scorn of the system in allusion, not in plain words.
    id: "wild-talk-veiled",
    code: "V1",
    severity: "redline",
    all: ["VEILED_CRITICISM"],
    scope: "sentence",
    unlessClause: ["SUPPORT", "REFUTE"],
    unlessNear: ["DISCUSSION", "PROHIBITION"],
    negatable: true,
    skipQuoted: true,
    unlessOfficialWith: ["PROHIBITION"],
    message: "{words}：用“外面的月亮圆”“被请喝茶”之类的暗讽，对党和国家的制度、政策妄加议论。",
    suggestion: "删去这段话；对政策有意见，通过组织渠道反映，不在微信群、朋友圈发表。",
  },
  {
    id: "wild-talk",
    code: "V1",
    severity: "redline",
    all: ["CRITICISM", "CENTRAL"],
    scope: "near",
    // 根本没这回事，以政府网站为准: a rumour refuted, not policy condemned.
    unlessClause: ["SUPPORT", "REFUTE"],
    // 开会就会念稿…听说是上面硬塞下来的 (r77-023): a leader placed from above, gossip, not policy (decision 064).
    // 听说是上面有人才调过来的 (r106-031): his connections, the same gossip (decision 082).
    unlessNear: ["PLACED_FROM_ABOVE", "CONNECTED_ABOVE"],
    negatable: true,
    skipQuoted: false,
    unlessOfficialWith: ["PROHIBITION"],
    message: "{words}：对党中央和上级的方针政策妄加议论、讽刺或否定，属于妄议中央。",
    suggestion: "删去这段话；对政策有意见，通过组织渠道反映，不在微信群、朋友圈发表。",
  },

  // ───────────── people ─────────────
  {
    id: "judge-person",
    code: "TJ2",
    severity: "must",
    all: ["JUDGEMENT", "PERSON"],
    scope: "sentence",
    // Hearsay about a person is reported as gossip (P6), not also as 品头论足 in the same breath.
    unlessClause: ["HEARSAY"],
    // 王书记那水平，全县找不出第二个: praise of the group owner is WH1, not 品头论足. 大棚小气候站 (r87-106): no one
    // called 小气 (decision 075).
    unless: [
      "FLATTERY",
      "NOT_STINGY_SENSE",
      // 单位楼下的银杏全黄了，一年里最好看的几天 (r136-047): leaves turned, no one judged (decision 091).
      "LEAVES_TURNED",
    ],
    negatable: true,
    skipQuoted: true,
    unlessOfficialWith: ["PROHIBITION"],
    message: "{words}：对领导、同事的长相、私生活或人品品头论足。",
    suggestion: "删去对他人的评论；对同事有意见，当面或通过组织沟通。",
  },
  {
    id: "network",
    code: "TJ1",
    severity: "must",
    all: ["CIRCLE", "MUTUAL_FAVOUR"],
    scope: "near",
    // Help in an election is canvassing (V3), not a standing network.
    // 老同学，你说的那事我真帮不了…我打招呼也不合规矩 (r44): a favour refused, no network kept.
    unless: ["DISCUSSION", "ELECTION", "DECLINE_GROUP", "MUTUAL_AID", "REFUSAL"],
    // 等县公共资源交易中心挂网公示吧 (r78-078): the trading centre's name, no network's 资源 (decision 066).
    unlessNear: ["PUBLIC_RESOURCE"],
    // 这个"互相关照"的群我就不进了。平时同学聚聚挺好 (r72-106): a circle's group declined anywhere in the
    // draft keeps it clean; none of the 63 drafts of all sets with DECLINE_GROUP is TJ1 (decision 060).
    unlessAnywhere: ["DECLINE_GROUP"],
    // 感谢兄弟们帮忙: thanks for a favour done (moving house), no standing network.
    unlessClause: ["THANKS"],
    // 老乡，5000收到了…我去打招呼 (r47): a favour paid for is TJ3, no standing network; the bribes to a
    // 老乡 of rounds 1–45 (r21-012, r36-105, r38-077, tb-088) are not labelled TJ1 (decision 044).
    yieldsTo: ["TJ3"],
    negatable: true,
    unlessOfficialWith: ["PROHIBITION"],
    message: "{words}：利用微信群拉圈子、互相关照，属于编织“关系网”。",
    suggestion: "不建、不进这类“圈子群”；用人、办事一律按制度和程序。",
  },
  {
    id: "flattery",
    code: "WH1",
    severity: "must",
    all: ["FLATTERY", "LEADER"],
    scope: "sentence",
    unless: ["DISCUSSION"],
    negatable: true,
    skipQuoted: true,
    unlessOfficialWith: ["PROHIBITION"],
    message: "{words}：在群里吹捧群主、领导，工作群不是表态、拍马屁的地方。",
    suggestion: "删去吹捧的话，直接回复工作本身：收到、落实情况、需要协调的问题。",
  },

  // ───────────── private data ─────────────
  {
    id: "private-data",
    code: "P4",
    severity: "must",
    all: ["PRIVATE_ATTR", "PERSON"],
    scope: "sentence",
    // 重疾险…癌症一次赔五十万: an insurance product's cover, not a person's illness (P8 if sold).
    unless: ["PRIVACY_PROPER", "DISCUSSION", "HEARSAY", "INSURANCE", "HEALTH_CLAIM", "ANONYMOUS_PERSON"],
    // 你家低保年审的事放心 (r71): the addressee's own matter told to him (decision 059).
    // 重点说一下残疾人口基础数据动态更新进度 (r103-002): a federation's programme, no person (decision 081).
    unlessClause: ["OWN_FAMILY", "ADDRESSEE_HOME", "DISABILITY_CAUSE"],
    negatable: true,
    skipQuoted: true,
    unlessOfficialWith: ["PROHIBITION"],
    // 一位低保户家属…转了个红包…已点退回 (r71): none of the six drafts of all sets with a packet returned beside a
    // private matter is P4 (decision 059).
    // @白沙乡罗芳 名单里有身份证号和残疾类别，请先撤回，按通知发邮箱 (r136-012): a posting asked to be taken back. All 31
    // drafts of all sets with 请…撤回 are clean (decision 090).
    unlessNear: ["OWN_MATTER", "KIN_ADDRESS", "RECALLED", "WONT_SHARE", "RETURNED", "RECALL_ASKED"],
    message: "{words}：未经本人同意公开他人的健康、收入、家庭或证件等隐私。",
    suggestion: "删去他人的隐私信息；确需处理的，通过内部系统或当面办理。",
  },

  {
    // 把他们的离婚证拍下来给大家看看: a person's papers photographed and passed round.
    id: "private-document",
    code: "P4",
    severity: "must",
    all: ["PRIVATE_DOC", "LEAK_ACTION"],
    scope: "near",
    unless: ["PRIVACY_PROPER", "DISCUSSION"],
    unlessNear: ["OWN_MATTER", "WONT_SHARE", "RECALLED"],
    negatable: true,
    skipQuoted: true,
    unlessOfficialWith: ["PROHIBITION"],
    message: "{words}：把他人的证件、档案拍照或转给别人看，泄露他人隐私。",
    suggestion: "删去并撤回；他人的证件、档案只用于办理本人的事务，不外传、不示人。",
  },
  {
    // [照片：学生正脸] 看看这位同学上课睡觉的样子 / [配图：当事人正脸及店招] (rounds 8–53): a face shown to all.
    id: "face-shown",
    code: "P4",
    severity: "must",
    all: ["FACE_SHOWN"],
    scope: "sentence",
    unless: ["DISCUSSION", "PRIVACY_PROPER"],
    // 照片已从推文中撤下，原片也已删除: taken down on request.
    unlessNear: ["RECALLED", "PRIVACY_PROPER"],
    negatable: true,
    unlessOfficialWith: ["PROHIBITION"],
    message: "{words}：把当事人、群众的正脸照片发出去，未经本人同意公开他人肖像，泄露他人隐私。",
    suggestion: "撤回照片；确需配图的，只用不露脸的场景照，或把面部打码。",
  },
  {
    // 听说财政所张姐要离婚了，她老公在外面有人 (r44): gossip about someone's marriage also airs his private
    // life; 19 of 26 such drafts of rounds 1–43 carry P4 beside P6, so a suggestion beside the gossip.
    id: "private-life-gossip",
    code: "P4",
    severity: "suggestion",
    all: ["PRIVATE_LIFE", "PERSON"],
    scope: "sentence",
    unless: ["GOOD_NEWS"],
    // Not PROHIBITION here: its 不得 ends 怪不得 (怪不得最近天天黑着脸); notices are unlessOfficialWith.
    unlessNear: ["VERIFY", "OFFICIAL_SOURCE", "PRIVACY_PROPER"],
    unlessClause: ["SECOND_PERSON"],
    negatable: true,
    skipQuoted: true,
    // A rule's P4 on the same words (a named person's 离婚 told) is the claim; this is only the hint beside gossip.
    yieldsTo: ["P4"],
    hint: true,
    unlessOfficialWith: ["PROHIBITION", "DISCUSSION"],
    message: "{words}：议论他人的婚姻、感情等私事，也是泄露他人隐私。",
    suggestion: "不传他人的婚恋私事；关心同事，可以私下当面问候。",
  },
  {
    // 信我截了个图你看看，认认是谁的笔迹: the one complained of shown the complaint to find who wrote it
    // (round 35): the complainant's identity exposed (P4), the letter passed on as a screenshot (G1).
    id: "whistleblower-exposed",
    code: "P4",
    severity: "must",
    all: ["WHISTLEBLOWER_ID"],
    scope: "sentence",
    unless: ["DISCUSSION"],
    negatable: true,
    skipQuoted: true,
    unlessOfficialWith: ["PROHIBITION"],
    message: "{words}：让被反映、被举报的一方辨认反映人，泄露反映人、举报人的身份。",
    suggestion: "撤回这条消息；反映人、举报人的信息一律保密，不得透露给被反映的一方。",
  },
  {
    // 跟你说个事，举报你们镇长的就是你们村的刘老四…你心里有数就行 (r43): the complainant named to the
    // side complained of. The sentence's 举报 is DISCUSSION, so this rule does not cancel on it.
    id: "complainant-named",
    code: "P4",
    severity: "must",
    all: ["COMPLAINANT_NAMED"],
    scope: "sentence",
    unlessNear: ["PROHIBITION", "PRIVACY_PROPER"],
    negatable: true,
    skipQuoted: true,
    unlessOfficialWith: ["PROHIBITION"],
    message: "{words}：把反映人、举报人是谁告诉别人，泄露反映人、举报人的身份。",
    suggestion: "撤回这条消息；反映人、举报人的信息一律保密，不得透露给被反映的一方或其他人。",
  },
  {
    // 宏泰的各位注意，举报你们违规储存的就是这个人…[图片：举报登记表] (r254-102, P4 and P5 by both readers): the complainant named to
    // the side complained of is a work secret leaked too, a red line; all five drafts of all sets with COMPLAINANT_TO_ACCUSED are P5
    // (decision 119). No PRIVACY_PROPER cancel: the 举报登记表 shown is the leak, not a proper channel.
    id: "complainant-named-to-accused",
    code: "P5",
    severity: "redline",
    all: ["COMPLAINANT_TO_ACCUSED"],
    scope: "sentence",
    // 举报你们的是谁，我们不能透露: the complainant asked about, not named.
    unless: ["COMPLAINANT_ASKED"],
    unlessNear: ["PROHIBITION"],
    negatable: true,
    skipQuoted: true,
    group: "secret",
    unlessOfficialWith: ["PROHIBITION"],
    message: "{words}：把举报人是谁告诉被举报的一方，泄露举报人身份和工作秘密。",
    suggestion: "立即撤回；举报人的身份和举报内容一律保密，不得透露给被举报的一方。",
  },
  {
    id: "whistleblower-screenshot",
    code: "G1",
    severity: "must",
    all: ["WHISTLEBLOWER_ID", "SCREENSHOT"],
    scope: "near",
    unless: ["DISCUSSION"],
    negatable: true,
    unlessOfficialWith: ["PROHIBITION"],
    message: "{words}：把群众的反映、举报材料截图发给别人，截图一转再转，反映人就暴露了。",
    suggestion: "不要截图外发反映、举报材料；按程序交办，内容只在办理人之间流转。",
  },
  {
    id: "private-lookup",
    code: "P4",
    severity: "must",
    all: ["LOOKUP", "PRIVATE_ATTR"],
    scope: "near",
    unless: ["DISCUSSION"],
    // 您让我查那个人的身份证号，这个真不行: the lookup refused.
    unlessNear: ["OWN_MATTER", "REFUSE_LOOKUP", "WONT_SHARE"],
    unlessClause: ["SELF_SERVICE"],
    negatable: true,
    unlessOfficialWith: ["PROHIBITION"],
    message: "{words}：利用工作系统查询他人的住址、记录等个人信息并透露出去，泄露他人隐私。",
    suggestion: "不得为私事查询、透露他人信息；已发出的立即撤回。",
  },

  {
    id: "salary-posted",
    code: "P4",
    severity: "must",
    all: ["SALARY_TABLE", "POSTED"],
    scope: "near",
    unless: ["DISCUSSION"],
    negatable: true,
    unlessOfficialWith: ["PROHIBITION"],
    unlessNear: ["OWN_MATTER"],
    message: "{words}：把全体人员的工资、收入明细发到群里，泄露每个人的收入隐私。",
    suggestion: "撤回明细表；工资条请每人单独查收（工资系统、单独发放或密封纸质）。",
  },

  // ───────────── screenshots and voice (guide G1, G3) ─────────────
  {
    id: "private-screenshot",
    code: "G1",
    severity: "must",
    all: ["SCREENSHOT", "PRIVATE_CHAT"],
    scope: "near",
    // 这个截图别再转了…我不该转出来，我先撤回了 (r44): a screenshot taken back, with an apology.
    unless: ["DISCUSSION", "RECALLED"],
    // 上回你把科长私聊的截图发到处室群里…以后私聊内容还是别截图转了 (r51): advice given after the deed told.
    // 截图我就不转给你了 (r111-052), 领导私聊的截图别到处发 (r113-066): refused or warned against (decision 084).
    // 私聊截图不要往工作群里发…请撤回 (r144-080), 私聊截图别往群里发…赶紧撤回吧 (r153-096): its taking back asked for. All seven
    // drafts of all sets with a screenshot beside 请…撤回, 撤回吧 or 赶紧撤回 are clean (decision 094).
    unlessNear: ["RECALLED", "RECALL_ASKED"],
    unlessClause: ["SCREENSHOT_WITHHELD"],
    negatable: true,
    unlessOfficialWith: ["PROHIBITION"],
    // 现向您反映一起疑似违规拉票情况…请组织核实 (r94-023): misconduct reported to the organ, no conduct (decision 078).
    unlessAnywhere: ["REPORT_MADE", "REPORT_FILED"],
    message: "{words}：把别人私下聊天的截图转给第三方，既失信于人，也可能泄露工作信息。",
    suggestion: "不要转发私聊截图；需要转述的，征得对方同意后用文字概述要点。",
  },
  {
    // 大家评评理，这是小赵跟我的聊天记录[图片] (r43): a private chat shown as pictures, named as such.
    id: "chat-record-shown",
    code: "G1",
    severity: "must",
    all: ["CHAT_WITH_ME", "MEDIA"],
    scope: "near",
    unless: ["DISCUSSION"],
    negatable: true,
    // 现向您反映一起疑似违规拉票情况…请组织核实 (r94-023): misconduct reported to the organ, no conduct (decision 078).
    unlessAnywhere: ["REPORT_MADE", "REPORT_FILED"],
    message: "{words}：把和别人私下聊天的记录截图给第三方看，既失信于人，也可能泄露工作信息。",
    suggestion: "不要转发私聊记录；需要转述的，征得对方同意后用文字概述要点。",
  },
  {
    // [截图][截图]大家看看三科老张在业主群里怎么跟人说话的 (r45): what a colleague said in another group,
    // screenshotted and shown here; all three such drafts of rounds 1–43 are labelled G1.
    id: "other-group-screenshot",
    code: "G1",
    severity: "must",
    all: ["SCREENSHOT", "OTHER_GROUP"],
    scope: "near",
    unless: ["DISCUSSION", "RECALLED"],
    // 业主群里的停水通知截图: a notice passed on is no one's talk exposed.
    unlessNear: ["OFFICIAL_SOURCE", "DAILY_NEWS", "PROHIBITION", "GROUP_NOTICE"],
    negatable: true,
    message: "{words}：把别人在其他群里的聊天截图拿来给大家看，既失信于人，也让人难堪。",
    suggestion: "不要截屏转发别人在其他群里的发言；有意见当面沟通。",
  },
  {
    id: "bring-in-contact",
    code: "TJ1",
    severity: "must",
    all: ["BROUGHT_IN", "NETWORKING"],
    scope: "near",
    unless: ["DISCUSSION"],
    negatable: true,
    message: "{words}：把亲友拉进工作群结识同事、谋求项目，是在编织“关系网”。",
    suggestion: "工作群只拉与工作有关的人；私人请托不得借工作群牵线搭桥。",
  },
  {
    id: "unpublished-screenshot",
    code: "G1",
    severity: "must",
    all: ["SCREENSHOT", "UNPUBLISHED"],
    scope: "near",
    // 我院从未发布此类信息…发现线索请截图发宣传科 (r85): a denial of ever issuing it, no unpublished material (decision 074).
    unless: ["DISCUSSION"],
    // A screenshot of a published notice (官网…公告) is no unpublished material; one already
    // recalled with an apology (已经撤回了…请删除) is the fix, not the breach.
    // 县气象台刚发布的…预警，截图发大家 (r70): all 20 drafts of all sets with 气象台 are clean of G1 (decision 059).
    // 升级后如遇报错，请截图发信息科群 (r148-048): a system's error page, no unpublished material (decision 093).
    unlessNear: ["OFFICIAL_SOURCE", "RECALLED", "WEATHER_BULLETIN", "NEVER_ISSUED", "ERROR_SHOT"],
    negatable: true,
    message: "{words}：把尚未定稿、未公开的材料截图外发，截屏容易被再转、断章取义。",
    suggestion: "不要截图外发；确需告知的，按程序正式送达，或当面、电话说明。",
  },
  {
    id: "personal-sticker",
    code: "G6",
    severity: "suggestion",
    all: ["PERSONAL_STICKER"],
    scope: "sentence",
    unless: ["DISCUSSION"],
    negatable: true,
    message: "{words}：用同事、领导的真人照片做成表情包，既不庄重，也可能冒犯当事人。",
    suggestion: "不发用真人照片做的表情包；需要表达情绪的，用文字。",
  },
  {
    id: "voice",
    code: "G3",
    severity: "suggestion",
    all: ["VOICE"],
    scope: "sentence",
    unless: ["DISCUSSION"],
    negatable: true,
    message: "{words}：用语音代替文字，对方不便收听、不能检索，也容易听错。",
    suggestion: "改用简明的文字；内容复杂的，直接打电话或当面说。",
  },

  {
    id: "unclear-media",
    code: "XY2",
    severity: "suggestion",
    all: ["MEDIA", "UNCLEAR"],
    scope: "sentence",
    unless: ["DISCUSSION"],
    unlessNear: ["RETAKE"],
    negatable: true,
    message: "{words}：发到工作上的图片看不清、语音听不清，对方无法据此了解情况。",
    suggestion: "重新拍摄清晰的照片，或在安静处把话说清楚；要点最好直接用文字写明。",
  },

  // ───────────── group rules, replies, complex matters, phone habits ─────────────
  {
    // 调走了的同志也不准退这个群: members who left their post kept in the work group (XY1).
    id: "departed-kept-in-group",
    code: "XY1",
    severity: "suggestion",
    all: ["LEFT_POST", "NO_LEAVING"],
    scope: "sentence",
    // Not DISCUSSION, not negatable: its words are bans themselves (不准退).
    message: "{words}：人员调离后应及时退出原工作群，群主也应及时清理，不宜强留。",
    suggestion: "调离的同志退出工作群；确有工作需联系的，单独电话或私信沟通。",
  },
  {
    id: "nickname-kept",
    code: "XY1",
    severity: "must",
    all: ["GROUP_REMARK", "KEEP_AS_IS"],
    scope: "near",
    unless: ["DISCUSSION", "REMARK_REQUIRED"],
    message: "{words}：工作群要求实名备注，用网名、昵称不便识别身份。",
    suggestion: "把群备注改为“单位＋姓名”（如“县农业局 张三”）。",
  },
  {
    id: "late-reply",
    code: "G8",
    severity: "suggestion",
    all: ["LATE_SEEN"],
    scope: "sentence",
    unless: ["DISCUSSION"],
    negatable: true,
    message: "{words}：工作消息隔了几天才看、才回，耽误办事。",
    suggestion: "工作时间及时查看和回复工作消息；已经延误的，先把事情办上，再简要说明。",
  },
  {
    id: "complex-in-chat",
    code: "G7",
    severity: "suggestion",
    all: ["EXPLAIN_IN_CHAT", "TANGLED"],
    scope: "near",
    unless: ["DISCUSSION"],
    message: "{words}：头绪多、牵扯广的复杂问题，在微信里一条条说既说不清，也不便对方决策。",
    suggestion: "打电话或当面汇报；微信里只发要点和需要领导定的事项。",
  },
  {
    id: "complex-laid-out",
    code: "G7",
    severity: "suggestion",
    all: ["LAID_OUT_IN_CHAT"],
    scope: "sentence",
    unless: ["DISCUSSION"],
    message: "{words}：头绪多、牵扯广的复杂问题，在微信里一条条说既说不清，也不便对方决策。",
    suggestion: "打电话或当面汇报；微信里只发要点和需要领导定的事项。",
  },
  {
    // 手机一律不准静音，群里消息5分钟内必须回 / 休产假也得随时盯着: answers demanded at any hour.
    id: "always-on",
    code: "P10",
    severity: "suggestion",
    all: ["ALWAYS_ON"],
    scope: "sentence",
    // Not DISCUSSION: its 不准 is the demand itself (手机一律不准静音).
    // Its words are bans themselves (不准静音): not negatable; 不要求秒回 in the clause lifts it.
    unlessClause: ["NO_DEMAND"],
    message: "{words}：要求随时在线、秒回消息，占用休息时间，把微信变成了“枷锁”。",
    suggestion: "急事打电话；工作群消息在工作时间处理，不要求下班、节假日随时秒回。",
  },
  {
    // 你没回我就当你收到了 / 未回复的视为已知悉: the sender takes silence for receipt instead of asking
    // for a confirmation (U2, 妥善处理接收延迟, which R4's 收到请回复 covers).
    id: "silence-as-receipt",
    code: "R4",
    severity: "must",
    all: ["SILENCE_AS_RECEIPT"],
    scope: "sentence",
    unless: ["DISCUSSION"],
    // Its words hold a negator themselves (没回…就当): not negatable.
    message: "{words}：把对方没有回复当作已经收到，重要事项可能因对方没看到而误事。",
    suggestion: "请对方“收到请回复”；到时仍未回复的，打电话确认，不要默认对方已知悉。",
  },
  {
    id: "phone-in-meeting",
    code: "P10",
    severity: "suggestion",
    all: ["MEETING_TIME", "PHONE_PLAY"],
    scope: "near",
    unless: ["DISCUSSION"],
    negatable: true,
    message: "{words}：开会、上班时沉迷刷手机、打游戏，被手机和微信“绑架”，也耽误工作。",
    suggestion: "开会和工作时放下手机，专心办事；消息集中时间处理。",
  },
  {
    // 凌晨两点还在刷群…一天不看微信就心慌 (rounds 25–53, all ten such drafts P10): hooked at every hour.
    id: "phone-hooked",
    code: "P10",
    severity: "suggestion",
    all: ["PHONE_HOOKED"],
    scope: "sentence",
    unless: ["DISCUSSION"],
    // Its words hold a negator themselves (不看…就心慌): not negatable.
    message: "{words}：时时刻刻离不开手机和微信群，被手机和微信“绑架”，也影响工作和生活。",
    suggestion: "给自己定下看消息的时间，吃饭、休息、陪家人时放下手机；紧急事项另有电话。",
  },

  // ───────────── forwarding, ads, vulgarity ─────────────
  {
    id: "chain-luck",
    code: "P3",
    severity: "must",
    all: ["FORWARD", "LUCK"],
    scope: "sentence",
    // 这种转发保平安的别信哈，也别往群里发了 (r97-091): a chain discouraged, no P3 in 113 drafts of all sets (decision 077).
    unless: ["DISCUSSION", "REFUSE_FORWARD", "FORWARD_DISCOURAGED"],
    negatable: true,
    skipQuoted: true,
    group: "chain",
    unlessOfficialWith: ["PROHIBITION"],
    message: "{words}：以好运、发财为诱饵逼人转发，是微信交流的大忌。",
    suggestion: "删去这类内容，不转发、不制造此类信息。",
  },
  {
    id: "chain-curse",
    code: "P3",
    severity: "must",
    all: ["NOT_FORWARD", "CURSE"],
    scope: "sentence",
    unless: ["DISCUSSION", "FORWARD_DISCOURAGED"],
    skipQuoted: true,
    group: "chain",
    unlessOfficialWith: ["PROHIBITION"],
    message: "{words}：以“不转就倒霉”之类的诅咒逼人转发，是微信交流的大忌。",
    suggestion: "删去这类内容，不转发、不制造此类信息。",
  },
  {
    id: "bait",
    code: "P9",
    severity: "must",
    all: ["BAIT"],
    scope: "sentence",
    // 这个集赞的活动我就不转了: the bait refused.
    // 本次活动不搞转发集赞、不搞抽奖送礼 (r92-089): bait ruled out (decision 077).
    // 集赞的活动我这工作号就不参与了哈 (r111-047): the sender stays out; all seven drafts of all sets with DECLINE_JOIN's
    // words are clean (decision 084).
    unless: ["DISCUSSION", "SALES_PROPER", "REFUSE_FORWARD", "BAIT_DECLINED", "DECLINE_JOIN"],
    // 这种集赞送礼的多半是骗个人信息的 (r79-060): the bait called a fraud (decision 066).
    unlessNear: ["BAIT_SCAM"],
    // 关于网传"转发集赞38个领取医保补贴"活动的说明：⏎1. 经核实，医保部门从未开展任何集赞领补贴活动，该信息不实 (r210-094, a trap,
    // clean by both readers): the bait refuted (decision 109).
    unlessAnywhere: ["REFUTE"],
    negatable: true,
    skipQuoted: true,
    unlessOfficialWith: ["PROHIBITION"],
    yieldsTo: ["V3"],
    message: "{words}：以礼物、奖品为噱头诱导别人点赞、转发、砍价。",
    suggestion: "删去集赞、砍价、助力等内容，工作群只发与工作有关的信息。",
  },
  {
    id: "bait-plea",
    code: "P9",
    severity: "must",
    all: ["BAIT_WEAK", "PLEA"],
    scope: "sentence",
    // 必须点赞 for a leader is flattery (WH1); thanks for a vote whose result is out is no plea.
    unless: ["DISCUSSION", "SALES_PROPER", "ELECTION", "FLATTERY", "FAIR_VOTE", "BAIT_DECLINED"],
    unlessNear: ["RESULT_PUBLISHED"],
    negatable: true,
    skipQuoted: true,
    unlessOfficialWith: ["PROHIBITION"],
    yieldsTo: ["V3"],
    message: "{words}：在群里求点赞、求投票、求助力，诱导别人转发。",
    suggestion: "删去这类请求；工作群只发与工作有关的信息。",
  },
  {
    id: "advert",
    code: "P8",
    severity: "must",
    all: ["SALES", "PRODUCT"],
    scope: "near",
    // 重要民生商品价格监测工作通知如下 (r170-036): a price bureau's monitoring, no goods sold (PRICE_MONITORING, decision 099).
    unlessNear: ADVERT_CANCELS,
    unlessAnywhere: ["EVENT_NOTICE"],
    negatable: true,
    skipQuoted: true,
    group: "advert",
    unlessOfficialWith: ["PROHIBITION"],
    message: "{words}：推销产品或投资，属于广告，工作群禁止发送。",
    suggestion: "删去广告和购物链接；工作群只发与公务有关的信息。",
  },
  {
    id: "advert-sales",
    code: "P8",
    severity: "must",
    all: ["SALES", "SALES"],
    scope: "near",
    // 微信联系我…聊天记录截图已存档，需要的话随时提供 (r108-092): a report's evidence offered, no sale (decision 082).
    unless: ["EVIDENCE_KEPT"],
    // 项目总投资1.26亿元，本年完成投资8650万元 (r170-075): a project's own figures, no investment sold (INVESTMENT_REPORTED); 价格监测
    // (r170-036) the same (PRICE_MONITORING; decision 099).
    unlessNear: ADVERT_CANCELS,
    unlessAnywhere: ["EVENT_NOTICE"],
    negatable: true,
    skipQuoted: true,
    group: "advert",
    unlessOfficialWith: ["PROHIBITION"],
    message: "{words}：招揽购买、下单、投资，属于广告，工作群禁止发送。",
    suggestion: "删去广告和购物链接；工作群只发与公务有关的信息。",
  },
  {
    id: "vulgar",
    code: "P2",
    severity: "must",
    all: ["VULGAR"],
    scope: "sentence",
    // 道路结冰黄色预警: a warning level's colour; 孙子给奶奶的 / 我也是被逼的 (r77): to grandma, forced (decision 064).
    unless: ["WARNING_LEVEL", "NOT_VULGAR_SENSE"],
    // 谢谢大孙子！[已领取红包] (r280-104, clean by both readers): a grandson, no curse. Only the 孙子 the family word holds
    // (decision 125): 他就是个装孙子的大孙子！ keeps its 装孙子, and a curse form (谁是, 是大孙子) voids it (GRANDCHILD_CURSE).
    unlessOverlapping: ["GRANDCHILD"],
    skipQuoted: true,
    unlessOfficialWith: ["PROHIBITION"],
    message: "{words}：用语低俗，不适合在工作中使用。",
    suggestion: "删去粗俗用语，用文明、平实的语言表达。",
  },

  // ───────────── work groups (channel: workgroup) ─────────────
  {
    id: "workgroup-off-topic",
    code: "G2",
    severity: "must",
    all: ["OFF_TOPIC"],
    scope: "sentence",
    // 工会组织钓鱼比赛，请报名 / 谨防钓鱼链接 / 严禁上班时间打游戏: work, or a rule about the chat.
    // 气排球赛开幕，…帮忙布置场地 (r97-075): the unit's own event, a duty (decision 077).
    unless: ["WORK_TOPIC", "DISCUSSION", "POSTING_BAN", "OFF_TOPIC_BAN", "EVENT_DUTY"],
    // One finding for a chat, however many of its sentences run on about the match.
    yieldsTo: ["G2"],
    skipQuoted: true,
    unlessOfficial: true,
    channels: ["workgroup"],
    message: "{words}：在工作群里聊与工作无关的话题（球赛、游戏、购物、股票、娱乐八卦等）。工作群主要为了工作，群规要求不聊与工作无关的话题。",
    suggestion: "删去这段闲聊，工作群只发与工作有关的信息；私事请私聊，或发到亲友群、同学群等其他群里。",
  },
  {
    // 今天的进度就不报了，跟昨天差不多: the report the group's rule asks for, skipped (rounds 30 and 35
    // label GR1, as rounds 21, 22 and 28 did).
    id: "workgroup-report-skipped",
    code: "G2",
    severity: "must",
    all: ["REPORT_SKIPPED"],
    scope: "sentence",
    unless: ["DISCUSSION"],
    yieldsTo: ["G2"],
    skipQuoted: true,
    unlessOfficial: true,
    channels: ["workgroup"],
    message: "{words}：工作群按群规要求报送的进度、情况不报，群规形同虚设。",
    suggestion: "按群规报送，哪怕进展不大也简要说明：今天做了什么、卡在哪里、明天打算。",
  },
  {
    id: "workgroup-stranger",
    code: "G2",
    severity: "must",
    all: ["PULLED_IN", "OUTSIDER"],
    scope: "sentence",
    unless: ["DISCUSSION", "POSTING_BAN", "OFF_TOPIC_BAN", "OUTSIDER_REMOVED"],
    skipQuoted: true,
    unlessOfficial: true,
    channels: ["workgroup"],
    message: "{words}：把亲友、生意人等与工作无关的人拉进工作群，群里的工作信息会被外人看到，可能泄露工作秘密。",
    suggestion: "请把他移出工作群；需要对接工作的，由单位按程序联系，不要随便拉外人进群。",
  },

  {
    // 我拉了饲料公司的刘经理进群 (r196-114), 我拉了个朋友进群 (r194-015): the outsider named between 拉了 and 进群 (decision 105).
    id: "workgroup-stranger-between",
    code: "G2",
    severity: "must",
    all: ["PULLED_OUTSIDER"],
    scope: "sentence",
    unless: ["DISCUSSION", "POSTING_BAN", "OFF_TOPIC_BAN", "OUTSIDER_REMOVED"],
    yieldsTo: ["G2"],
    skipQuoted: true,
    unlessOfficial: true,
    channels: ["workgroup"],
    message: "{words}：把亲友、生意人等与工作无关的人拉进工作群，群里的工作信息会被外人看到，可能泄露工作秘密。",
    suggestion: "请把他移出工作群；需要对接工作的，由单位按程序联系，不要随便拉外人进群。",
  },
  {
    // 我把鑫达物流的赵经理拉进群了 (r79-057): a firm's man pulled in, named by his firm or title, not by OUTSIDER's words;
    // all nine work-group drafts of all sets with 拉进… and 公司, 经理 or 老战友 in one sentence are G2 (decision 066).
    id: "workgroup-firm-man",
    code: "G2",
    severity: "must",
    all: ["PULLED_IN", "FIRM_MAN"],
    scope: "sentence",
    unless: ["DISCUSSION", "POSTING_BAN", "OFF_TOPIC_BAN", "OUTSIDER_REMOVED"],
    skipQuoted: true,
    unlessOfficial: true,
    channels: ["workgroup"],
    message: "{words}：把生意人等与工作无关的人拉进工作群，群里的工作信息会被外人看到，可能泄露工作秘密。",
    suggestion: "请把他移出工作群；需要对接工作的，由单位按程序联系，不要随便拉外人进群。",
  },

  // ───────────── 朋友圈 (channel: moments) ─────────────
  {
    id: "moments-work-moan",
    code: "G5",
    severity: "suggestion",
    all: ["WORK_MOAN", "WORKPLACE"],
    scope: "near",
    unless: ["DISCUSSION"],
    skipQuoted: true,
    yieldsTo: ["G5"],
    channels: ["moments"],
    message: "{words}：在朋友圈里吐槽单位、领导、同事或工作。朋友圈是生活圈，好友里有亲友、服务对象，也有同事、领导，这样的话一发出去就收不回来。",
    suggestion: "工作上的情绪和事情不要发到朋友圈；有意见按正当渠道提出。确需发与工作相关的内容，设置分组可见，把朋友圈和工作圈分开。",
  },
  {
    id: "moments-work-call",
    code: "G5",
    severity: "suggestion",
    all: ["WORK_CALL"],
    scope: "sentence",
    unless: ["DISCUSSION"],
    skipQuoted: true,
    yieldsTo: ["G5"],
    channels: ["moments"],
    message: "{words}：把工作通知发到朋友圈。朋友圈的好友不都是要通知的人，要通知的人也未必看到。",
    suggestion: "工作通知发到工作群或用公文系统送达，不要发在朋友圈，把朋友圈和工作圈分开。",
  },

  // ───────────── cross-round causes of TJ2 and P4 (decision 056) ─────────────
  // Suggestions and hints only: each leaves its code to the rules' and the model's claims, and a draft
  // that carries the words carries the code in a clear majority of all sets (rounds 1–65).
  {
    // 听说那个副局长跟他秘书有点那个…你懂的 (r45, r54): gossip that two persons are intimate is also
    // 品头论足 of them; the hearsay that stops `judge-person` does not stop this one.
    id: "pair-intimate-gossip",
    code: "TJ2",
    severity: "suggestion",
    all: ["PAIR_INTIMATE", "PERSON"],
    scope: "sentence",
    unless: ["DISCUSSION"],
    negatable: true,
    skipQuoted: true,
    yieldsTo: ["TJ2"],
    hint: true,
    unlessOfficialWith: ["PROHIBITION"],
    message: "{words}：议论领导、同事之间的男女关系，是对他人私生活品头论足。",
    suggestion: "删去这类议论；不传、不评他人的私生活。",
  },
  {
    // 新来的副镇长就是下来镀金的 (r40); 说白了就是甩锅 (r55); 发言截图，水平就这样 (r65): a leader or
    // colleague sneered at, even beside a screenshot or a moan about one's own day.
    id: "leader-sneer",
    code: "TJ2",
    severity: "suggestion",
    all: ["LEADER_SNEER"],
    scope: "sentence",
    unless: ["DISCUSSION"],
    negatable: true,
    skipQuoted: true,
    yieldsTo: ["TJ2"],
    hint: true,
    unlessOfficialWith: ["PROHIBITION"],
    message: "{words}：讥讽领导、同事“镀金”“甩锅”“水平就这样”，是对他人品头论足。",
    suggestion: "删去对领导的评论；对工作安排有意见，通过组织渠道反映。",
  },
  {
    // 人事处小刘请的是病假，听说是抑郁症 (r61): a colleague's depression told to a group, even as
    // hearsay and with kind words, airs his health.
    id: "mind-illness-told",
    code: "P4",
    severity: "suggestion",
    all: ["MIND_ILLNESS"],
    scope: "sentence",
    unless: ["DISCUSSION", "PRIVACY_PROPER"],
    unlessNear: ["OWN_MATTER"],
    // 我最近抑郁症复发了: one's own illness told is no leak.
    unlessClause: ["OWN_FAMILY", "SELF"],
    negatable: true,
    skipQuoted: true,
    yieldsTo: ["P4"],
    hint: true,
    unlessOfficialWith: ["PROHIBITION"],
    message: "{words}：把他人的心理、精神健康状况告诉别人，泄露他人隐私。",
    suggestion: "不传他人的病情；需要同事体谅的，只说“身体不适请假”即可。",
  },
  {
    // 照片发出来大家认认脸 (r42); 3栋202的张宏伟…大家认一认这辆车 (r60): a person shown round so that
    // all may know him again, his face, car or door exposed.
    id: "pointed-out",
    code: "P4",
    severity: "suggestion",
    all: ["POINTED_OUT"],
    scope: "sentence",
    unless: ["DISCUSSION", "PRIVACY_PROPER"],
    negatable: true,
    skipQuoted: true,
    yieldsTo: ["P4"],
    hint: true,
    unlessOfficialWith: ["PROHIBITION"],
    message: "{words}：把他人的照片、车牌或住处发给大家“认一认”，未经本人同意公开他人信息，泄露他人隐私。",
    suggestion: "撤回照片和信息；与他人的纠纷通过物业、调解或执法渠道处理，不在群里、朋友圈示众。",
  },
  // ───────────── cross-round causes of form and guide codes (decision 058) ─────────────
  {
    // 我详细说一下 / 我再说一下：第一… / 跟你掰扯掰扯: a tangle laid out at length in the message (21 of 21 drafts, G7).
    id: "laid-out-at-length",
    code: "G7",
    severity: "suggestion",
    all: ["LAID_OUT_AT_LENGTH"],
    scope: "sentence",
    unless: ["DISCUSSION"],
    yieldsTo: ["G7"],
    hint: true,
    message: "{words}：头绪多、牵扯广的复杂问题，在微信里一条条说既说不清，也不便对方决策。",
    suggestion: "打电话或当面汇报；微信里只发要点和需要领导定的事项。",
  },
  {
    // 没回复的就默认收到 / 发了就算通知到了 / 您一直没回，我就当您看到了: silence taken for receipt (15 of 15 drafts carry U2).
    // R4 (尾语按需设置) covers U2 there, as in silence-as-receipt: U2 is no code of its own in the catalogue.
    id: "silence-taken",
    code: "R4",
    severity: "suggestion",
    all: ["SILENCE_TAKEN"],
    scope: "sentence",
    unless: ["DISCUSSION"],
    yieldsTo: ["R4"],
    hint: true,
    message: "{words}：把对方没有回复当作已经收到或同意，重要事项可能因对方没看到而误事。",
    suggestion: "请对方“收到请回复”；到时仍未回复的，打电话确认，不要默认对方已知悉。",
  },
  {
    // 这几天没看群 / 上周五您让报的表我刚看到 / 回不回看心情: work messages left unseen for days (18 of 18 drafts, G8).
    id: "left-unseen",
    code: "G8",
    severity: "suggestion",
    all: ["LEFT_UNSEEN"],
    scope: "sentence",
    unless: ["DISCUSSION"],
    yieldsTo: ["G8"],
    hint: true,
    message: "{words}：工作消息隔了几天才看、才回，或者看心情回，耽误办事。",
    suggestion: "工作时间及时查看和回复工作消息；已经延误的，先把事情办上，再简要说明。",
  },
  {
    // 大家好，我是新来的～请多关照 / 我是“快乐小猪”，新调来的: a newcomer to a work group under no real name (24 of 24, XY1).
    id: "newcomer-greeting",
    code: "XY1",
    severity: "suggestion",
    all: ["NEWCOMER_GREETING"],
    scope: "sentence",
    channels: ["workgroup"],
    unless: ["DISCUSSION", "REMARK_REQUIRED", "REMARK_DONE"],
    yieldsTo: ["XY1"],
    hint: true,
    message: "{words}：新进工作群，应先把群备注改为实名（单位＋姓名），让大家知道你是谁。",
    suggestion: "把群备注改为“单位＋姓名”（如“县农业局 张三”），再简要介绍自己的岗位。",
  },
  {
    // 你看王局昨晚发我的[截图] / 大家看看这个聊天截图 / 我截下来了: a private chat shown round (G1, 不要滥用截屏).
    id: "chat-shown",
    code: "G1",
    severity: "suggestion",
    all: ["CHAT_SHOWN"],
    scope: "sentence",
    unless: ["DISCUSSION"],
    yieldsTo: ["G1"],
    hint: true,
    // 现向您反映一起疑似违规拉票情况…请组织核实 (r94-023): misconduct reported to the organ, no conduct (decision 078).
    unlessAnywhere: ["REPORT_MADE", "REPORT_FILED"],
    message: "{words}：把别人私下的聊天内容或截图转给第三方看，对方是信任你才这样说的，外传容易失信于人、引发矛盾。",
    suggestion: "不要截图外传私聊内容；确需转述工作意见的，先征得对方同意，只说事情本身。",
  },
  {
    // [截图] 大家看看校长私下是怎么跟我说的: a private word shown round as a picture (40 of 40, G1); by word of mouth alone it is not G1.
    id: "private-told-shown",
    code: "G1",
    severity: "suggestion",
    all: ["PRIVATE_TOLD", "SHOT_SHOWN"],
    scope: "message",
    unless: ["DISCUSSION"],
    yieldsTo: ["G1"],
    hint: true,
    message: "{words}：把别人私下的聊天内容或截图转给第三方看，对方是信任你才这样说的，外传容易失信于人、引发矛盾。",
    suggestion: "不要截图外传私聊内容；确需转述工作意见的，先征得对方同意，只说事情本身。",
  },
  {
    // 每日进展我看就别报了吧 / 就不在群里报了 / 爱报不报: the group's report dropped (18 of 18 work-group drafts, GR1).
    // Unlike workgroup-report-skipped, also under a signature (进度就先不报了…城建科 何平).
    id: "workgroup-report-dropped",
    code: "G2",
    severity: "suggestion",
    all: ["REPORT_DROPPED"],
    scope: "sentence",
    unless: ["DISCUSSION"],
    yieldsTo: ["G2"],
    hint: true,
    skipQuoted: true,
    channels: ["workgroup"],
    message: "{words}：工作群按群规要求报送的进度、情况不报，群规形同虚设。",
    suggestion: "按群规报送，哪怕进展不大也简要说明：今天做了什么、卡在哪里、明天打算。",
  },
  {
    // 干多干少一个样，大家都躺平算了 / 这活谁爱干谁干: defeatism aired in a work group (5 of 5, GR1).
    id: "workgroup-defeatism",
    code: "G2",
    severity: "suggestion",
    all: ["GROUP_DEFEATISM"],
    scope: "sentence",
    unless: ["DISCUSSION"],
    yieldsTo: ["G2"],
    hint: true,
    skipQuoted: true,
    channels: ["workgroup"],
    message: "{words}：在工作群里发牢骚、泄怨气，与工作无关，也影响大家的干劲。",
    suggestion: "删去牢骚话；对工作安排、考核有意见，当面或私下向领导反映。",
  },
  {
    // 今晚王总请客，茅台管够 / 跟开发商刘总喝酒: wining with businessmen posted to 朋友圈 (12 of 14, G5).
    id: "moments-boss-drinking",
    code: "G5",
    severity: "suggestion",
    all: ["BOSS_DRINKING"],
    scope: "sentence",
    unless: ["DISCUSSION"],
    yieldsTo: ["G5"],
    hint: true,
    channels: ["moments"],
    message: "{words}：把与老板、服务对象吃喝应酬的事发到朋友圈，好友里有同事、领导和服务对象，容易引起误解。",
    suggestion: "工作上的应酬不要发朋友圈；把朋友圈和工作圈分开，确需发的设置分组可见。",
  },
  {
    // 有些领导天天坐办公室… / 某些领导… / 有些人啊…: colleagues sniped at, unnamed, on 朋友圈 (11 of 13, G5).
    id: "moments-unnamed-snipe",
    code: "G5",
    severity: "suggestion",
    all: ["UNNAMED_SNIPE"],
    scope: "sentence",
    unless: ["DISCUSSION"],
    yieldsTo: ["G5"],
    hint: true,
    channels: ["moments"],
    message: "{words}：在朋友圈里影射领导、同事，好友里有同事和领导，工作上的人和事不宜在这里议论。",
    suggestion: "删去这段话；对工作有意见，当面或通过正常渠道反映，把朋友圈和工作圈分开。",
  },
  {
    // 昨晚那场球看了没 / 今天大盘又绿了 / 谁有靠谱的月嫂推荐: idle talk in a work group (16 of 16, GR1 and G2).
    id: "workgroup-idle-talk",
    code: "G2",
    severity: "suggestion",
    all: ["GROUP_IDLE_TALK"],
    scope: "sentence",
    unless: ["DISCUSSION", "OFF_TOPIC_BAN"],
    yieldsTo: ["G2"],
    hint: true,
    skipQuoted: true,
    unlessOfficial: true,
    channels: ["workgroup"],
    message: "{words}：在工作群里聊球赛、股票、房价、家务等与工作无关的话题。工作群主要为了工作，群规要求不聊与工作无关的话题。",
    suggestion: "删去这段闲聊，工作群只发与工作有关的信息；私事请私聊，或发到亲友群、同学群等其他群里。",
  },
  {
    // 关于…纠纷：第一…第二…第三… / 一是…二是…三是…，您看怎么处理: a dispute argued point by point in WeChat (G7).
    id: "dispute-argued",
    code: "G7",
    severity: "suggestion",
    all: ["DISPUTE_ARGUED", "THIRD_POINT"],
    scope: "message",
    unless: ["DISCUSSION"],
    yieldsTo: ["G7"],
    hint: true,
    message: "{words}：头绪多、牵扯广的纠纷，在微信里一条条说既说不清，也不便对方决策。",
    suggestion: "打电话或当面汇报；微信里只发要点和需要领导定的事项。",
  },
  {
    id: "you-decide-tangle",
    code: "G7",
    severity: "suggestion",
    all: ["YOU_DECIDE_TANGLE"],
    scope: "sentence",
    // Not DISCUSSION: its own 您看怎么处理 holds 处理.
    yieldsTo: ["G7"],
    hint: true,
    message: "{words}：把复杂的情况在微信里摆给领导、让领导隔着屏幕拿主意，说不清也不便决策。",
    suggestion: "打电话或当面汇报；微信里只发要点和需要领导定的事项。",
  },
  // ───────────── cross-round causes of G7, XY2, XY1 and P10 (decision 061; rounds 72–73 not counted) ─────────────
  // Suggestions and hints only, as in 056 and 058: a draft that carries the words carries the code in at least
  // 80 % of at least five drafts of all sets.
  {
    // 王庄那个事我再捋一下：… / 我在微信上给您捋一下 / 您看完逐条回我: a tangle argued point by point in the chat (24 of 24, G7).
    id: "argued-point-by-point",
    code: "G7",
    severity: "suggestion",
    all: ["ARGUED_POINT_BY_POINT"],
    scope: "sentence",
    negatable: true,
    yieldsTo: ["G7"],
    hint: true,
    message: "{words}：头绪多、牵扯广的复杂问题，在微信里一条条捋、一条条回，既说不清，也不便对方决策。",
    suggestion: "打电话或当面汇报；微信里只发要点和需要对方定的事项。",
  },
  {
    // 那个啥，上次说的那个事…你们看着弄吧: a message mumbled, its matter never named (8 of 9, XY2).
    id: "vague-filler",
    code: "XY2",
    severity: "suggestion",
    all: ["VAGUE_FILLER"],
    scope: "sentence",
    skipQuoted: true,
    yieldsTo: ["XY2"],
    hint: true,
    message: "{words}：话说得含糊，“那个啥”“那个事”指的是什么，对方无从知道。",
    suggestion: "直接写明是什么事、什么时间、在哪里、要谁做什么。",
  },
  {
    // 我调去人大了，不过这群我就不退了: staying in the work group after a move (5 of 5, XY1).
    id: "stays-in-group",
    code: "XY1",
    severity: "suggestion",
    all: ["STAYS_IN_GROUP"],
    scope: "sentence",
    unless: ["DISCUSSION"],
    yieldsTo: ["XY1"],
    hint: true,
    message: "{words}：人员调离后应及时退出原工作群，不宜留在群里看消息。",
    suggestion: "调离后退出原工作群；确有工作需联系的，单独电话或私信沟通。",
  },
  {
    // 手机都别静音，随时看群 / 不管几点…5分钟之内必须回复 / 休假也别关机: answers demanded at any hour (7 of 7, P10).
    id: "answer-any-hour",
    code: "P10",
    severity: "suggestion",
    all: ["ANSWER_ANY_HOUR"],
    scope: "sentence",
    // Its words hold a negator themselves (别静音): not negatable; 不要求 in the clause lifts it.
    unlessClause: ["NO_DEMAND"],
    yieldsTo: ["P10"],
    hint: true,
    message: "{words}：要求随时在线、随时回复，占用休息时间，把微信变成了“枷锁”。",
    suggestion: "急事打电话；工作群消息在工作时间处理，不要求下班、节假日随时回复。",
  },
  {
    // 又刷到两点… / 夜班刷了五个小时手机 / 一刷根本停不下来: phone binges told (17 of 18, P10).
    id: "phone-binge",
    code: "P10",
    severity: "suggestion",
    all: ["PHONE_BINGE"],
    scope: "sentence",
    unless: ["DISCUSSION"],
    negatable: true,
    yieldsTo: ["P10"],
    hint: true,
    message: "{words}：刷手机刷到深夜、一刷几个小时，被手机和微信“绑架”，也影响工作和休息。",
    suggestion: "给自己定下看手机的时间，工作和休息时放下手机；这类事也不必发到网上。",
  },
  // ───────────── cross-round causes of G1 (decision 062; rounds 72–73 not counted) ─────────────
  // A suggestion and a hint, as in 056, 058 and 061: the words carry the code in at least 80 % of at least five drafts of all sets.
  {
    // 大家看看这个上访户昨晚私信我说的话[截图] / 你看这个低保申请人给我发的[截图]: a member of the public's chat shown round (10 of 11, G1).
    id: "party-chat-shown",
    code: "G1",
    severity: "suggestion",
    all: ["PUBLIC_PARTY", "PARTY_SHOT", "SHOWN_ROUND"],
    scope: "message",
    unlessOfficial: true,
    yieldsTo: ["G1"],
    hint: true,
    message: "{words}：把群众、当事人发给你的聊天内容截图给别人看，对方是信任你才这样说的，外传既失信于人，也泄露对方的信息。",
    suggestion: "不要截图外传群众的私聊内容；工作需要转交的，走正式渠道，并隐去对方的个人信息。",
  },
  // ───────────── cross-round causes of red lines (decision 065; rounds 76–77 not counted) ─────────────
  // Claimed as red lines: every draft of all sets with the words carries a red line, and no clean draft has them.
  {
    // 老师们辛苦了！一点奶茶钱🧋[微信红包] / 感谢供电所师傅们昨晚抢修辛苦！给大家发个红包喝茶🧧: a thank-you packet for a service
    // (15 of 15 red lines, 13 TJ3; the two V3 are an election's and yield to `vote-money`).
    id: "tea-money-thanks",
    code: "TJ3",
    severity: "redline",
    all: ["TEA_MONEY", "SERVICE_THANKS"],
    scope: "message",
    unlessAnywhere: ["TEA_NOT_GIVEN", "REFUSAL", "RETURNED", "GAMBLING", "PROHIBITION"],
    unlessOfficial: true,
    yieldsTo: ["TJ3", "V3"],
    message: "{words}：以“奶茶钱”“喝茶钱”名义发红包答谢办事、服务的人员，是变相送礼，收送这类红包可能影响公正执行公务。",
    suggestion: "不要以红包答谢办事、服务的人员；感谢可以当面或书面表达。已发出的，请对方退回。",
  },
  {
    // 赵工今天辛苦了，给你发个小红包买包烟，别嫌少[红包] (r197-028, TJ3 by both readers): a packet "for cigarettes" beside thanks
    // for a service, as `tea-money-thanks` reads tea money. All six drafts of all sets with 买包烟/买条烟/买点烟/买烟 beside thanks are
    // TJ3 (decision 105). A parent or a family group is no official paid (爸，过年辛苦了，给您发个红包买点烟).
    id: "smoke-money-thanks",
    code: "TJ3",
    severity: "redline",
    all: ["SMOKE_MONEY", "MONEY", "SERVICE_THANKS"],
    scope: "message",
    unlessAnywhere: ["TEA_NOT_GIVEN", "REFUSAL", "RETURNED", "GAMBLING", "PROHIBITION", "KIN_ADDRESS", "FAMILY_SETTING"],
    unlessOfficial: true,
    yieldsTo: ["TJ3", "V3"],
    message: "{words}：以“买包烟”名义发红包答谢办事、服务的人员，是变相送礼，收送这类红包可能影响公正执行公务。",
    suggestion: "不要以红包答谢办事、服务的人员；感谢可以当面或书面表达。已发出的，请对方退回。",
  },
  {
    // 感谢鑫达公司张总给咱们几个村统计员发的节日红包🧧 我领了88 / 谢谢钱总惦记，中秋红包收到啦: a firm's packet taken, no
    // favour named (32 of 32 TJ3; the older rules claim it only beside a favour).
    id: "firm-packet-taken",
    code: "TJ3",
    severity: "redline",
    all: ["FIRM_PACKET_TAKEN", "FIRM_PEOPLE"],
    scope: "message",
    unlessNear: ["REFUSAL", "RETURNED", "PROHIBITION", "DISCUSSION"],
    unlessAnywhere: ["GAMBLING", "FAMILY_SETTING", "KIN"],
    negatable: true,
    unlessOfficial: true,
    yieldsTo: ["TJ3", "V3"],
    message: "{words}：收下企业、老板发的红包，属于收受管理服务对象、业务往来单位的礼金，可能影响公正执行公务。",
    suggestion: "不收此类红包；已收到的退回，并向组织如实报告。",
  },
  {
    // 假日旅行社王总给咱科每人送了一张500元电子购物卡，我在群里转发，大家自己领一下哈 (r198-041, TJ3 by both readers; round 198's one
    // red line missed): a firm's gift handed round to the office, no favour named. All five drafts of all sets with 每人送了/每人发了
    // or 大家自己领 beside a firm or a boss are TJ3 (decision 106).
    id: "firm-gift-shared",
    code: "TJ3",
    severity: "redline",
    all: ["FIRM_GIFT_SHARED", "FIRM_PEOPLE", "MONEY"],
    scope: "message",
    unlessNear: ["REFUSAL", "RETURNED", "PROHIBITION", "DISCUSSION"],
    unlessAnywhere: ["GAMBLING", "FAMILY_SETTING", "KIN", "INCIDENT_REPORT", "REPORT_MADE", "REPORT_FILED"],
    negatable: true,
    unlessOfficial: true,
    yieldsTo: ["TJ3", "V3"],
    message: "{words}：把企业、老板送的购物卡、红包在群里分给大家领，属于集体收受管理服务对象、业务往来单位的礼金，可能影响公正执行公务。",
    suggestion: "不要领取；已领的退回，并向组织如实报告。",
  },
  {
    // 谢谢王总的红包🧧 手气最佳哈哈哈，王总大气！ (r83-108): a boss's packet thanked by name is a firm's packet taken, a lucky draw
    // in it too (5 of 5 TJ3 in all sets; firm-packet-taken stands aside for any game word, decision 072).
    id: "firm-packet-thanked",
    code: "TJ3",
    severity: "redline",
    all: ["FIRM_PACKET_THANKED"],
    scope: "message",
    unlessNear: ["REFUSAL", "RETURNED", "PROHIBITION", "DISCUSSION"],
    unlessAnywhere: ["FAMILY_SETTING", "KIN"],
    negatable: true,
    unlessOfficial: true,
    yieldsTo: ["TJ3", "V3"],
    message: "{words}：收下企业、老板发的红包，属于收受管理服务对象、业务往来单位的礼金，可能影响公正执行公务。",
    suggestion: "不收此类红包；已收到的退回，并向组织如实报告。",
  },
  {
    // 局里这次中层调整的讨论稿[图片]，大家看看就行，千万别外传 / 评估报告我拍了几页发你…看完马上删掉: unpublished material
    // passed on with a plea to keep it quiet (99 of 102 P5, none clean; 95 claimed already by the older rules).
    id: "secret-passed-quietly",
    code: "P5",
    severity: "redline",
    all: ["SECRET_ASK", "LEAK_MATERIAL"],
    scope: "message",
    // [图片：低俗配图] 哈哈哈这个太黄了，兄弟们看完赶紧删 (r95-101): a dirty joke, P2, no material (decision 078).
    unlessNear: [...P5_DOC_CANCELS, "SMUT_SHARED"],
    unlessAnywhere: ["SECRET_ASK_NOT", "PROHIBITION"],
    unlessOfficial: true,
    group: "secret",
    message: "{words}：把尚未公开的内部材料、数据发给他人，还叮嘱“别外传”，说明自己也知道不该发，属于泄露工作秘密。",
    suggestion: "删去这些内部材料；未公开的文件、数据不要通过微信发送，以正式发布为准。已发出的，请对方删除并向组织报告。",
  },
  // ───────────── cross-round causes of WH1 (decision 068; rounds 78–79 not counted) ─────────────
  // Praise of the group owner or a leader that `flattery` misses; must-fix as `flattery`, and yielding to it.
  {
    // 王局高瞻远瞩！跟着王局干，心里就是踏实: the leader named 王局/周处, not 局长 (30 of 30 WH1 with a `FLATTERY` word).
    id: "flattery-short-title",
    code: "WH1",
    severity: "must",
    all: ["FLATTERY", "LEADER_SHORT"],
    scope: "sentence",
    unless: ["DISCUSSION"],
    negatable: true,
    skipQuoted: true,
    unlessOfficialWith: ["PROHIBITION"],
    yieldsTo: ["WH1"],
    message: "{words}：在群里吹捧群主、领导，工作群不是表态、拍马屁的地方。",
    suggestion: "删去吹捧的话，直接回复工作本身：收到、落实情况、需要协调的问题。",
  },
  {
    // 点赞周书记深夜还在群里指导工作，是我们全体干部学习的榜样 / 向周处长致敬: a leader held up as a model or saluted (11 of 11 WH1).
    // No `DISCUSSION` cancel: 学习的榜样 holds its 学习; none of the 11 drafts is a lesson, a case or a warning.
    id: "leader-tribute",
    code: "WH1",
    severity: "must",
    all: ["LEADER_TRIBUTE", "LEADER"],
    scope: "sentence",
    negatable: true,
    skipQuoted: true,
    unlessOfficialWith: ["PROHIBITION"],
    yieldsTo: ["WH1"],
    message: "{words}：在群里吹捧群主、领导，工作群不是表态、拍马屁的地方。",
    suggestion: "删去吹捧的话，直接回复工作本身：收到、落实情况、需要协调的问题。",
  },
  {
    // 学习的榜样 / 致敬 beside 王局, 周处 (the same drafts' short titles).
    id: "leader-tribute-short-title",
    code: "WH1",
    severity: "must",
    all: ["LEADER_TRIBUTE", "LEADER_SHORT"],
    scope: "sentence",
    negatable: true,
    skipQuoted: true,
    unlessOfficialWith: ["PROHIBITION"],
    yieldsTo: ["WH1"],
    message: "{words}：在群里吹捧群主、领导，工作群不是表态、拍马屁的地方。",
    suggestion: "删去吹捧的话，直接回复工作本身：收到、落实情况、需要协调的问题。",
  },
  // ───────────── cross-round causes of XY2, G8 and G5 (decision 070; rounds 80–81 not counted) ─────────────
  // Suggestions and hints, as in 058 and 061: a draft that carries the words carries the code in at least
  // 80 % of at least five drafts of all sets, none clean.
  {
    // 现场照片拍糊了，凑合看吧 [图片] / 拍得有点糊，光线不好，大家将就看: a blurred picture owned to (55 of 55, XY2).
    id: "blurred-shot",
    code: "XY2",
    severity: "suggestion",
    all: ["BLURRED_SHOT"],
    scope: "sentence",
    // No DISCUSSION cancel: 整治现场照片 and 我也说不准 (整治, 不准) stopped `unclear-media` on two of these drafts, and none of
    // the 55 is a lesson or a case.
    unlessNear: ["RETAKE"],
    negatable: true,
    yieldsTo: ["XY2"],
    hint: true,
    message: "{words}：发到工作上的图片看不清，对方无法据此了解情况。",
    suggestion: "重新拍摄清晰的照片；要点最好直接用文字写明。",
  },
  {
    // 上周二你问的那笔报销…我一直忘了回你 / 懒得回 / 已读不回: a message left unanswered (9 of 9, G8).
    id: "reply-withheld",
    code: "G8",
    severity: "suggestion",
    all: ["REPLY_WITHHELD"],
    scope: "sentence",
    unless: ["DISCUSSION"],
    yieldsTo: ["G8"],
    hint: true,
    message: "{words}：工作消息不回、忘了回，耽误办事。及时回复他人信息是一种美德。",
    suggestion: "看到就回；一时办不了，先回“收到，X点前答复”。",
  },
  {
    // 哦哦刚看到，那个表我明天报 / 刚看到，上周五您问的那个数据还要吗？: a message seen late, owned to (12 of 12, G8).
    id: "just-seen",
    code: "G8",
    severity: "suggestion",
    all: ["JUST_SEEN"],
    scope: "sentence",
    unless: ["DISCUSSION"],
    yieldsTo: ["G8"],
    hint: true,
    message: "{words}：工作消息隔了许久才看、才回，耽误办事。及时回复他人信息是一种美德。",
    suggestion: "工作群、工作消息每天定时查看，看到就回；一时办不了，先回“收到，X点前答复”。",
  },
  {
    // 今晚不醉不归！明天局里那个会谁爱去谁去 / 这破工作谁爱干谁干: drinking told or the job cursed on 朋友圈 (15 of 15, G5).
    id: "moments-booze-curse",
    code: "G5",
    severity: "suggestion",
    all: ["MOMENTS_BOOZE_CURSE"],
    scope: "sentence",
    unless: ["DISCUSSION"],
    skipQuoted: true,
    yieldsTo: ["G5"],
    hint: true,
    channels: ["moments"],
    message: "{words}：在朋友圈里晒喝酒、骂工作。朋友圈是生活圈，好友里有亲友、服务对象，也有同事、领导，这样的话一发出去就收不回来。",
    suggestion: "这类话不要发到朋友圈；工作上的情绪按正当渠道排解，确需发生活内容，设置分组可见。",
  },
];

/**
 * In a work group (channel: workgroup), conduct that is off-topic by nature is also a breach of the
 * group's rule (G2; GR1 and U3 restate it): an advert, a 集赞 or 砍价 plea, a gambling red packet,
 * vulgar talk, a curse-forward, gossip about colleagues, a private network sought. Each finding of
 * one of these codes brings a G2 finding on the same words (check.ts): must-fix, or a suggestion
 * where the conduct itself is only a caution (P7, P10). The model's mere suggestions bring none.
 */
export const WORKGROUP_OFF_TOPIC: Readonly<Partial<Record<CheckCode, { what: string; severity: Severity }>>> = {
  P8: { what: "广告、推销", severity: "must" },
  P9: { what: "集赞、砍价、助力之类的求助", severity: "must" },
  RP2: { what: "红包接龙、赌博", severity: "must" },
  P2: { what: "低俗内容", severity: "must" },
  P3: { what: "诅咒式、诱导式转发", severity: "must" },
  P6: { what: "八卦消息", severity: "must" },
  TJ2: { what: "对领导、同事品头论足的话", severity: "must" },
  TJ1: { what: "拉关系、托人情的内容", severity: "must" },
  P7: { what: "与工作无关的红包", severity: "suggestion" },
  P10: { what: "刷手机、玩游戏之类的闲话", severity: "suggestion" },
};

/** The G2 finding that a work group's off-topic conduct brings: {what} is the entry's, {words} the trigger words, quoted. */
export const WORKGROUP_OFF_TOPIC_FINDING = {
  message: "{words}：在工作群里发{what}，与工作无关。工作群主要为了工作，群规要求和工作无关的信息不得在群里发布。",
  suggestion: "不要把这类内容发到工作群；工作群只发与工作有关的信息，私事请私下沟通。",
};

/**
 * On 朋友圈 (channel: moments), conduct that airs the unit's people or matters is also a failure to
 * keep the circle of friends apart from the circle of work (G5, 区分朋友圈和工作圈): a suggestion on
 * the same words beside each finding of these codes. Writers add G5 to 17 of 19 such TJ2 posts,
 * all 4 G1 and half of the P5 and P4 ones (rounds 1–33), so it is advice, never a must-fix.
 */
export const MOMENTS_WORK: Readonly<Partial<Record<CheckCode, { what: string; severity: Severity }>>> = {
  TJ2: { what: "对领导、同事的评论", severity: "suggestion" },
  G1: { what: "工作上的聊天截图", severity: "suggestion" },
  P5: { what: "工作上的内部情况", severity: "suggestion" },
  P4: { what: "工作中接触的他人信息", severity: "suggestion" },
};

/** The G5 finding that a moments post's work content brings. */
export const MOMENTS_WORK_FINDING = {
  message: "{words}：把{what}发到朋友圈。朋友圈是生活圈，好友里有亲友、服务对象，也有同事、领导，工作上的人和事不宜在这里公开。",
  suggestion: "工作上的人和事不要发到朋友圈；确需发与工作相关的内容，设置分组可见，把朋友圈和工作圈分开。",
};
