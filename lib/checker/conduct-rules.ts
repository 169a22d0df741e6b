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
import type { Severity } from "./types";

export type Scope = "sentence" | "near" | "message";

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
  /** … or anywhere in the scope. */
  unlessNear?: readonly Concept[];
  /** … or in the anchor's own clause (between commas). */
  unlessClause?: readonly Concept[];
  /** The anchor is not an act when a negator precedes it in its clause (严禁收送红包). */
  negatable?: boolean;
  /** Skip anchors inside quotation marks (a warning quoting the bad message). */
  skipQuoted?: boolean;
  /** Not in an official notice (特此通知, or signed by a unit): the issuer is its own source. */
  unlessOfficial?: boolean;
  /** Rules of one group report at most one finding per sentence; the first in order wins. */
  group?: string;
  /** The finding: {words} is replaced by the trigger words, quoted. */
  message: string;
  suggestion: string;
}

const PACKET_CONTEXT: readonly Concept[] = ["REFUSAL", "DISCUSSION"];

export const CONDUCT_RULES: readonly ConductRule[] = [
  // ───────────── red packets, transfers, gifts ─────────────
  {
    id: "vote-money",
    code: "V3",
    severity: "redline",
    all: ["MONEY", "VOTE"],
    scope: "near",
    unless: PACKET_CONTEXT,
    negatable: true,
    group: "packet",
    message: "{words}：把红包、转账或好处与投票、选举、推荐联系在一起，属于拉票贿选。",
    suggestion: "立即撤回，不得以任何形式拉票；已收到的红包、转账应退回并向组织报告。",
  },
  {
    id: "vote-euphemism",
    code: "V3",
    severity: "redline",
    all: ["GIFT_EUPHEMISM", "VOTE"],
    scope: "near",
    unless: PACKET_CONTEXT,
    negatable: true,
    group: "packet",
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
    negatable: true,
    group: "packet",
    message: "{words}：以请客、许诺好处换取选票或推荐，属于拉票贿选。",
    suggestion: "撤回这条消息；选举、推荐按组织程序进行，不得许诺或输送任何好处。",
  },
  {
    id: "favour-money",
    code: "TJ3",
    severity: "redline",
    all: ["MONEY", "FAVOUR"],
    scope: "near",
    unless: [...PACKET_CONTEXT, "LAWFUL_MONEY", "BAIT", "BAIT_WEAK"],
    negatable: true,
    group: "packet",
    message: "{words}：红包、转账或电子礼券与办事、审批、关照等公务联系在一起（事前请托或事后答谢），可能影响公正执行公务。",
    suggestion: "不得收送此类红包、转账或礼券；已收到的应退回，并向组织如实报告。",
  },
  {
    id: "favour-euphemism",
    code: "TJ3",
    severity: "redline",
    all: ["GIFT_EUPHEMISM", "FAVOUR"],
    scope: "near",
    unless: [...PACKET_CONTEXT, "LAWFUL_MONEY"],
    negatable: true,
    group: "packet",
    message: "{words}：以“心意”“意思一下”为名向办事的公职人员输送好处，可能影响公正执行公务。",
    suggestion: "不得收送任何形式的“心意”；已收到的应退回，并向组织如实报告。",
  },
  {
    id: "gambling",
    code: "RP2",
    severity: "redline",
    all: ["GAMBLING", "MONEY"],
    scope: "near",
    unless: ["DISCUSSION"],
    negatable: true,
    group: "packet",
    message: "{words}：以微信红包接龙、比手气、埋雷等形式赌博。",
    suggestion: "停止此类活动；严禁以微信红包的形式进行赌博。",
  },
  {
    id: "packet-plain",
    code: "P7",
    severity: "suggestion",
    all: ["MONEY"],
    scope: "sentence",
    unless: [...PACKET_CONTEXT, "LAWFUL_MONEY", "FAMILY"],
    negatable: true,
    group: "packet",
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
    unless: ["SECRET_PROPER"],
    negatable: true,
    group: "secret",
    message: "{words}：消息涉及涉密或内部材料，违反“上网不涉密、涉密不上网”，一对一发送也不行。",
    suggestion: "立即撤回并报告保密部门；涉密和内部材料一律通过规定渠道传递，不得通过微信发送。",
  },
  {
    id: "secret-marked-document",
    code: "P5",
    severity: "redline",
    all: ["SECRET_WORD", "MARKED_ON"],
    scope: "sentence",
    unless: ["SECRET_PROPER"],
    negatable: true,
    group: "secret",
    message: "{words}：发送标有密级或“内部”字样的文件、照片，属于泄密。",
    suggestion: "立即撤回并报告保密部门；此类材料不得拍照、不得通过微信发送。",
  },
  {
    id: "secret-hot-material",
    code: "P5",
    severity: "redline",
    all: ["HOT_MATERIAL", "LEAK_ACTION"],
    scope: "near",
    unless: ["SECRET_PROPER"],
    negatable: true,
    group: "secret",
    message: "{words}：把考题、标底、拟任名单等未公开的敏感信息私下透露给他人，属于泄露工作秘密。",
    suggestion: "立即撤回；未公开的考题、底价、人事等信息一律不得外传，已外传的应向组织报告。",
  },
  {
    id: "secret-hot-peek",
    code: "P5",
    severity: "redline",
    all: ["HOT_MATERIAL", "PEEK"],
    scope: "near",
    unless: ["SECRET_PROPER"],
    negatable: true,
    group: "secret",
    message: "{words}：让人提前看到考题、标底、名单等未公开信息，属于泄露工作秘密。",
    suggestion: "撤回这条消息；未公开的信息一律不得提前透露。",
  },
  {
    id: "secret-hot-unpublished",
    code: "P5",
    severity: "redline",
    all: ["HOT_MATERIAL", "UNPUBLISHED"],
    scope: "near",
    unless: ["SECRET_PROPER"],
    negatable: true,
    group: "secret",
    message: "{words}：在微信里传递尚未公开的考题、标底、人事等信息，属于泄露工作秘密。",
    suggestion: "撤回这条消息；以正式公布的信息为准，公布前一律不得外传。",
  },
  {
    id: "secret-unpublished-leak",
    code: "P5",
    severity: "redline",
    all: ["PLAIN_MATERIAL", "UNPUBLISHED", "LEAK_ACTION"],
    scope: "near",
    unless: ["SECRET_PROPER"],
    negatable: true,
    group: "secret",
    message: "{words}：把尚未公开的文件、纪要、名单私下发给他人，属于泄露工作秘密。",
    suggestion: "撤回这条消息；未公开的材料等正式公布后，再发公开的链接。",
  },
  {
    id: "secret-pointer",
    code: "P5",
    severity: "redline",
    all: ["DOCUMENT_POINTER", "LEAK_ACTION"],
    scope: "near",
    unless: ["SECRET_PROPER"],
    negatable: true,
    group: "secret",
    message: "{words}：把上级或内部文件拍照、转发给他人，内部文件不得通过微信传递。",
    suggestion: "撤回这条消息；需要传达的文件，请对方到机要室或按规定渠道阅看。",
  },

  // ───────────── hearsay ─────────────
  {
    id: "rumour-spread",
    code: "V2",
    severity: "redline",
    all: ["HEARSAY", "SPREAD"],
    scope: "near",
    unlessNear: ["VERIFY", "OFFICIAL_SOURCE"],
    negatable: true,
    skipQuoted: true,
    group: "hearsay",
    message: "{words}：把未经核实的传闻当作事实，还催人扩散，属于传谣。",
    suggestion: "先向有关部门核实；未经证实的信息不发、不转，以官方发布为准。",
  },
  {
    id: "rumour-alarm",
    code: "V2",
    severity: "redline",
    all: ["HEARSAY", "ALARM"],
    scope: "near",
    unlessNear: ["VERIFY", "OFFICIAL_SOURCE"],
    negatable: true,
    skipQuoted: true,
    group: "hearsay",
    message: "{words}：把听来的、未经核实的公共事件消息当作事实发布，属于传谣。",
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
    group: "hearsay",
    message: "{words}：没有来源的紧急消息还催人扩散，是谣言的典型写法。",
    suggestion: "先核实来源；以官方发布为准，未经证实的不发、不转。",
  },
  {
    id: "gossip",
    code: "P6",
    severity: "must",
    all: ["HEARSAY"],
    scope: "sentence",
    unlessNear: ["VERIFY", "OFFICIAL_SOURCE"],
    negatable: true,
    skipQuoted: true,
    group: "hearsay",
    message: "{words}：把道听途说的消息当作事实传播，未经核实。",
    suggestion: "删去传闻；确有必要的，先核实并注明来源，或直接向有关部门询问。",
  },
  {
    id: "gossip-person",
    code: "P6",
    severity: "must",
    all: ["PERSON_GOSSIP", "PERSON"],
    scope: "sentence",
    unlessNear: ["VERIFY", "OFFICIAL_SOURCE"],
    negatable: true,
    skipQuoted: true,
    group: "hearsay",
    message: "{words}：议论、传播同事的私事或未经证实的问题，属于传播“八卦消息”。",
    suggestion: "删去这段话；没有核实的事不说、不传，对当事人也不公平。",
  },

  // ───────────── politics ─────────────
  {
    id: "wild-talk",
    code: "V1",
    severity: "redline",
    all: ["CRITICISM", "CENTRAL"],
    scope: "near",
    unlessNear: ["SUPPORT"],
    negatable: true,
    skipQuoted: false,
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
    negatable: true,
    skipQuoted: true,
    message: "{words}：对领导、同事的长相、私生活或人品品头论足。",
    suggestion: "删去对他人的评论；对同事有意见，当面或通过组织沟通。",
  },
  {
    id: "network",
    code: "TJ1",
    severity: "must",
    all: ["CIRCLE", "MUTUAL_FAVOUR"],
    scope: "near",
    unless: ["DISCUSSION"],
    negatable: true,
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
    unless: ["PRIVACY_PROPER", "DISCUSSION"],
    negatable: true,
    skipQuoted: true,
    message: "{words}：未经本人同意公开他人的健康、收入、家庭或证件等隐私。",
    suggestion: "删去他人的隐私信息；确需处理的，通过内部系统或当面办理。",
  },

  // ───────────── forwarding, ads, vulgarity ─────────────
  {
    id: "chain-luck",
    code: "P3",
    severity: "must",
    all: ["FORWARD", "LUCK"],
    scope: "sentence",
    unless: ["DISCUSSION", "NOT_FORWARD"],
    negatable: true,
    skipQuoted: true,
    group: "chain",
    message: "{words}：以好运、发财为诱饵逼人转发，是微信交流的大忌。",
    suggestion: "删去这类内容，不转发、不制造此类信息。",
  },
  {
    id: "chain-curse",
    code: "P3",
    severity: "must",
    all: ["NOT_FORWARD", "CURSE"],
    scope: "sentence",
    unless: ["DISCUSSION"],
    skipQuoted: true,
    group: "chain",
    message: "{words}：以“不转就倒霉”之类的诅咒逼人转发，是微信交流的大忌。",
    suggestion: "删去这类内容，不转发、不制造此类信息。",
  },
  {
    id: "bait",
    code: "P9",
    severity: "must",
    all: ["BAIT"],
    scope: "sentence",
    unless: ["DISCUSSION", "SALES_PROPER"],
    negatable: true,
    skipQuoted: true,
    message: "{words}：以礼物、奖品为噱头诱导别人点赞、转发、砍价。",
    suggestion: "删去集赞、砍价、助力等内容，工作群只发与工作有关的信息。",
  },
  {
    id: "bait-plea",
    code: "P9",
    severity: "must",
    all: ["BAIT_WEAK", "PLEA"],
    scope: "sentence",
    unless: ["DISCUSSION", "SALES_PROPER", "ELECTION"],
    negatable: true,
    skipQuoted: true,
    message: "{words}：在群里求点赞、求投票、求助力，诱导别人转发。",
    suggestion: "删去这类请求；工作群只发与工作有关的信息。",
  },
  {
    id: "advert",
    code: "P8",
    severity: "must",
    all: ["SALES", "PRODUCT"],
    scope: "near",
    unlessNear: ["SALES_PROPER", "BAIT"],
    negatable: true,
    skipQuoted: true,
    group: "advert",
    message: "{words}：推销产品或投资，属于广告，工作群禁止发送。",
    suggestion: "删去广告和购物链接；工作群只发与公务有关的信息。",
  },
  {
    id: "advert-sales",
    code: "P8",
    severity: "must",
    all: ["SALES", "SALES"],
    scope: "near",
    unlessNear: ["SALES_PROPER", "BAIT"],
    negatable: true,
    skipQuoted: true,
    group: "advert",
    message: "{words}：招揽购买、下单、投资，属于广告，工作群禁止发送。",
    suggestion: "删去广告和购物链接；工作群只发与公务有关的信息。",
  },
  {
    id: "vulgar",
    code: "P2",
    severity: "must",
    all: ["VULGAR"],
    scope: "sentence",
    skipQuoted: true,
    message: "{words}：用语低俗，不适合在工作中使用。",
    suggestion: "删去粗俗用语，用文明、平实的语言表达。",
  },
];
