/**
 * When may the classifier's judgement become a finding of the rule's own severity (a red line, a
 * must-fix) instead of a hedged suggestion? Only when (1) its probability reaches the code's
 * threshold, calibrated at build time on predictions for drafts held out of its training
 * (train-classifier.ts), (2) a lexical cue of the same rule occurs in the text — a broad family of
 * the words that rule's conduct is talked about in, paraphrase and euphemism included, so that a
 * finding always quotes words and never rests on the model alone — and (3) no clean context of that
 * rule occurs (a refusal of a red packet, a 辟谣 notice, a secrecy-training notice …).
 *
 * Cues are deliberately wider than the conduct rules' concepts (lexicon.ts): a cue only lets the
 * model speak; the model decides. Each pattern is a plain alternation of literal words (linear
 * time, checked by recheck in cost.test.ts).
 */
import { CONCEPTS } from "./lexicon";
import type { CheckCode } from "./rules";

export interface ModelCue {
  /** Words that show the text is about this rule's subject. */
  cue: RegExp;
  /** Distinct cue words needed before the model may claim (default 1): for cues that are ordinary words alone (推荐, 病). */
  minCues?: number;
  /** Words that show a clean use of the same subject: the model's judgement stays a suggestion. */
  clean?: RegExp;
  /** A clean use that a list of words cannot say (a whole message's shape): the model's judgement stays a suggestion. */
  cleanContext?: (text: string) => boolean;
  /** Not raised when one of these codes is already reported (a red packet for a vote is V3, not also TJ3). */
  yieldsTo?: readonly CheckCode[];
  /** When raised, replaces a rule's finding of these codes: the same words, the graver reading (a rumour passed on is 传谣, not only 八卦). */
  supersedes?: readonly CheckCode[];
}

/**
 * A one-line note that one's own work is done, to no one, nothing shown (加班到现在，终于把年终总结初稿写完了，睡觉！): no leak, for
 * P5 (decision 118). A picture, file, link, addressee or 透/心里/外传 anywhere makes it none.
 */
const OWN_WORK_DONE = /^[^\n]{0,30}终于[^\n]{0,20}(?:写完|弄完|搞完|改完)[^\n]*$/;
const SHOWN_OR_TOLD = /图|照|文件|附件|链接|你|您|透|心里|外传/;
function ownWorkDoneNote(text: string): boolean {
  return OWN_WORK_DONE.test(text) && !SHOWN_OR_TOLD.test(text);
}

/** Rule notices, warnings and case studies: they name the conduct in order to forbid it. */
const FORBIDS =
  "关于规范|不转发未经|严禁|禁止|不得|不准|一律不|切勿|杜绝|警示|通报|案例|纪律|提醒大家|防范|谨防|举报|请撤回|不能转|不要转发|别转发|抵制|诈骗|冒充|反诈";
/**
 * Refusing or returning a red packet or a gift. Not the conduct rules' REFUSAL (lexicon.ts): their
 * colloquial words (不用了, 不需要, 不合适, 拒绝 …) added here kept the model from claiming red lines it
 * claims now (measured: red lines claimed fell in eight rounds, 1–3 drafts each, nothing gained).
 */
const REFUSES =
  "转回|退回去|收不了|交回|送回去|原样送回|不发红包|也不发|慎之又慎|退回|退还|已退|退了|退给|如数|拒收|婉拒|谢绝|上交|不能收|不会收|不收|没收|心领了|不领|就别发了|我也退|我也会退|别领|不能发|未被领取|违纪|违规";
/** Family occasions: a red packet to a relative for a birthday, a wedding, the new year. */
const FAMILY =
  "^(?:妈|爸|姐|哥|老妈|老爸|奶奶|爷爷|宝贝|丫头|闺女|儿子)|给爸妈|给父母|给老人|老人家|生日快乐|新婚快乐|新婚|压岁|过年|除夕|大年|春节快乐|沾沾喜气|喜气|考上|金榜|满月|乔迁|家庭聚会|家族群|家庭群|家人群|老妈家|大寿|拜寿|寿宴";

export const MODEL_CUES: Partial<Record<CheckCode, ModelCue>> = {
  // 妄议中央: criticism of central policy, often without naming it.
  V1: {
    cue: /中央|上面|上头|上级|国家|政策|决策|决定|规定|新规|改革|提法|口号|号召|喊|强国|空话|说一套|方针|大政|折腾|文件|顶层|北京|制度|督察|减负|双减|集采|一带一路|共同富裕|乡村振兴|退休|起征点|过紧日子|打虎|民主|稳中求进|房住不炒|三孩|二孩|养老金|医保|户籍|拆迁|治理/,
    // 中央文件原文已经在OA上了，你直接下载，我就不在微信上转了 (r111-108, clean by both readers): a document kept off WeChat, the
    // guide's own advice (decision 076). All five drafts of all sets with a cue and 不在微信上/里 or 在OA上/OA上了 are clean
    // (decision 084). 各位，周四培训的签到表模板放群文件了 (r180-021, no V1 by either reader): a template shared, as 表格模板 above;
    // none of the 105 drafts of all sets with 模板 is V1 (decision 101). 名单放群文件了，请看一下自己负责哪几位 (r185-052, clean by both
    // readers): a list, table, draft or record put in the group's files, as 已发群文件 above. None of the six drafts of all sets with
    // 名单/清单/初稿/表/记录放群文件 or 已放群文件 is V1, and three had the model's V1 red line (r100-041, r149-053, r185-052); 放群文件
    // alone stays out (tb-274, learning notes mocked: 学习笔记放群文件了; decision 102). 赵队：报告一个情况，辅警朱浩昨晚在朋友圈转发了
    // 一篇否定中央政策的文章…我已提醒其删除，截图已留存 (r218-116, a trap, clean by both readers): another's post reported. V3's report
    // words (decisions 081–089) join: of the 19 drafts of all sets with a cue and one of them, 18 are clean and none is V1 (decision
    // 111). A rant opened by 报告一个情况 or 向您报告一件事 stays the rules' V1 red line (conduct-v76).
    clean:
      /按规定|办事流程|拥护|智慧和远见|学习贯彻|认真学习|学习了|会议精神|结合.{0,12}实际|深入学习|专题学习|学习研讨|传达学习|宣讲|党课|解读|心得|体会|理论学习|读书班|学习会|贯彻落实|再次强调|强调|部署|抓紧|扎实推进|认真落实|宣传|政策问答|答疑|咨询电话|办事指南|按[^，。！？]{0,8}文件(?:来|办|执行)|不妄议|妄议中央|妄议党中央|处分条例|依规处分|依纪处分|相关条款|特此通知|中央电视台|央视|收看|观看|请撤回|不能转|不要转|别转|恶意|丑化|抵制|错误言论|政策问题|政策咨询|热线|12345|12366|大厅|窗口|挺好|真好|太好了|点赞|多拿点|暖心|实惠|已发群文件|表格模板|需求计划|不在微信上|不在微信里|在OA上|OA上了|模板|名单放群文件|清单放群文件|初稿放群文件|表放群文件|记录放群文件|已放群文件|现反映|现报告|反映一条线索|请核查|请组织核实|请组织掌握|向您反映|报告一个情况|一条线索|线索报告|当面查看|当面提交|当面说明|请组里|向您报告|向你报告|报告一件事|已点退回|点了退回/,
    // 民主推荐…画个勾 is canvassing (V3), not 妄议.
    yieldsTo: ["V2", "V3"],
  },
  // 传谣: hearsay passed on unverified.
  V2: {
    cue: /听说|据说|听人说|听讲|听别人|网传|网上说|网上都|都在传|在传|传言|传闻|内部消息|内部人士|小道消息|有人说|有人在|朋友说|朋友发|亲戚说|亲戚在|同学说|同事说|同事跟我|跟我讲|私下|不知真假|真假|转自|扩散|转告|转发|转给|转到|互相说|肯定是真|消息可靠|绝对可靠|绝对准确|消息准确|得到消息|不信拉倒|是真的/,
    clean:
      /听说你|听说您|是不是真的|私下跟我说的|讨论稿|还没上会|还没上党组会|还没上常委会|还没上局务会|还没上党委会|有没有这回事|辟谣|不实|谣言|没这回事|没有这回事|别再传|不要再传|别传了|经核查|经核实|核查|澄清|虚假信息|假消息|官方发布|食堂|饭堂|堵车|绕行|大雾|下雨|下雪|降温|天气预报|以官方|权威发布|不信谣|不传谣|勿信|不要相信|别信|不要轻信|切勿轻信|不要转发|不要传播|请勿传播|我刚查了|刚查了|确实有计划|原文在这|反诈|诈骗|冒充|特此通知|未进群|报名|案例|警示教育|保密教育|一律不转|热线/,
    // 转发：…救助热线开通…请拨打12345 (r71): none of the 14 drafts of all sets with 热线 is V2 (decision 059).
    // 马局私下跟我说的[聊天截图] (r66): a private chat shown is G1, none of the 34 drafts of all sets with 私下跟我说的 is V2;
    // 内部消息，还没上党组会…讨论稿[图片] (r66): a draft shown, all ten drafts with 讨论稿 and all eleven with 还没上…会
    // are P5, none V2 (decision 055).
    supersedes: ["P6"],
    // 看到的人转到10个群…必有大喜: a chain letter (P3), whose 转到 is no rumour.
    yieldsTo: ["P3"],
  },
  // 拉票贿选: favours for votes, recommendations, ratings.
  // 恭喜…换届圆满完成！…继续支持支部工作 (r64): an election over, congratulated; both drafts of all sets with
  // 换届 and 圆满完成 (r60-089, r64-111) are clean (decision 054).
  // 给我孩子学校的作品投个票…送电影票 (r69): none of the drafts of all sets with 投个票 is V3 (decision 057).
  // 这次评先进我看又是内定的 (r71): a complaint that the result was fixed; none of the six drafts of all sets with 内定 is V3 (decision 059).
  // 评优的事我真不能帮你去拉票 (r76): canvassing refused; all five drafts of all sets with 不能/不会/不参与…拉票 are clean (decision 064).
  // 这次民主测评大家都投了吗？今天下午五点截止: a reminder to take part, no one to vote for; of the 33 drafts of all sets with a
  // cue and 截止 or 请于, one is V3 (r84-084, claimed by the vote-packet rule anyway).
  // 监狱纪委：现反映一条线索…投他一票…请核查 (r104-094): canvassing reported to the organ. All six drafts of all sets with a cue
  // and 现反映, 现报告, 反映…线索, 请核查, 请组织核实/掌握, 向您反映 or 报告一个情况 are clean (decision 081).
  // 现将一条线索报告如下：…有同志…转账…投票支持。相关截图已打印封存，待您当面查看 (r106-048): the same report. All 29 drafts of all
  // sets with a cue and 线索, 当面查看, 当面提交 or 当面说明 are clean (decision 082).
  // 吴组长：石桥乡服务站群里昨晚有人连续发红包，并说"换届投我一票"…请组里核查 (r111-053, clean by both readers): the same report
  // to the discipline group. All eight drafts of all sets with a cue and one of these report words or 请组里 are clean (decision 084).
  // 魏委员：向您报告一起疑似拉票问题。…有同志在换届前发红包并说"投我一票"，我未领取红包…请按规定处理 (r123-010, clean by both
  // readers): the same report in other words. None of the 21 drafts of all sets with 向您报告 or 向你报告 is V3; 18 are clean, the
  // others R2/R3 (decision 087).
  // 王书记：向局纪检组报告一件事。…换届候选人韩某在…微信群里给23名成员每人发了100元红包…截图和群成员名单附后，请纪检组核处
  // (r130-029, clean by both readers): the same report, to the discipline group. All 23 drafts of all sets with 报告一件事 are
  // clean, none V3 (decision 089).
  V3: {
    cue: /票|选举|推荐|推选|换届|测评|评选|评先|评优|先进|评审|评委|提名|候选|当选|选上|上去了|预选|补选|选村|选居|代表会|支持我|多多支持|帮我说|画个勾|打高分|打分/,
    clean: new RegExp(
      `${FORBIDS}|${REFUSES}|特此通知|召开|请准时参加|议程|无记名|按实际情况|如实|客观公正|评标|招标|投标|中标|技术分|商务分|评选结果|投票结果|选举结果|结果已|圆满完成|已公示|公示期|结果公示|换届风气|选举纪律|拉票贿选|十严禁|授予|荣获|表彰|称号|榜样|自己的一票|神圣的一票|不要替我|替我拉票|不要拉票|别拉票|(?:不能|不会|不参与|不去|没法)[^，。！？]{0,6}拉票|按程序|郑重|推荐个|推荐一|给大家推荐|好东西|好物|投个票|内定|截止|请于|投了吗|投了没|现反映|现报告|反映一条线索|请核查|请组织核实|请组织掌握|向您反映|报告一个情况|一条线索|线索报告|当面查看|当面提交|当面说明|请组里|向您报告|向你报告|报告一件事` +
        // 侨联换届筹备材料…包括：1. 候选人推荐表 (r179-025, R2 by both readers, no V3): a form asked for. 11 of the 12 drafts of all
        // sets with 推荐表 are not V3; the twelfth (r17-082, coupons for a name on it) is a V3 red line by rule (decision 101).
        `|推荐表` +
        // 唐组长：反映一个情况。昨晚本中心一名党员在支部群发了红包，附言"换届请多关照"，我未领取，已截图保存…请纪检组核查 (r215-108,
        // a trap, clean by both readers): canvassing reported by one who did not take the packet and kept the record. All 35 drafts
        // of all sets with 我/我均/本人未领取 and, in the same sentence, 截图, 留存, 退回, 报告 or 核查 are clean (decision 110). Not
        // 我未领取 alone (老吴，上次的红包我未领取，这次换届我直接转你500，投我一票 is the vote bought another way), nor ：反映一个情况/问题
        // (six drafts, all clean): conduct-v49's 王哥：反映一个问题，我知道拉票不对，但…我给你发个红包，请投我一票 is the model's V3 alone.
        // 老冯：民主推荐的票我会按平时工作表现投，你刚发的红包我没领，也请你别再这样，大家都按规矩来 (r219-088, a trap, clean by both
        // readers): the packet not taken said as 我没领, the sender told not to again. All 61 drafts of all sets that the wider words
        // (没/没有 beside 未, 领 or 领取; 别再, 不要再 or 请勿再 beside the record words) add are clean, all 98 with them (decision 111).
        // 上次的红包我没领，这次换届我直接转你500，投我一票 stays the model's V3: nothing after 我没领 in its reach. Nor when money or
        // a vote asked for follows in the sentence: 上次的红包我没领，别再发了，这次换届我直接转你500，投我一票 is the vote bought
        // another way. (上次的红包我未领取，已退回，这次…投我一票 passes at v75 and v76 alike: REFUSES has 退回; written down.)
        `|(?:我|我均|本人)(?:未|没|没有)领取?[^。！？\n]{0,12}(?:截图|留存|退回|报告|核查|别再|不要再|请勿再)(?![^。！？\n]*(?:转你|转您|给你转|给您转|发个|发你|发您|[0-9０-９]{2,}|[一二两三四五六七八九十百千]+块|投我|选我|支持我|一票))` +
        // 姐，奶茶就免了哈，评先进按平时表现来，我投票肯定按规矩投 (r188-114, clean by both readers): the treat waved away. All
        // nine drafts of all sets with 红包/奶茶/饭/酒/火锅 just before 就免了 are clean (decision 103). Not when money, a red
        // packet, a card or a gift follows (红包就免了，直接给你转500，记得投我一票: the vote bought another way).
        `|(?:红包|奶茶|饭|酒|火锅)[^，。！？]{0,3}就免了(?![\\s\\S]*(?:转|红包|发个|发点|[0-9０-９]{2,}|[一二两三四五六七八九十百千]+块|礼|卡|券|钱|烟|茶叶|请你|请您|投我|选我|支持我|打高分|给我打|一票))`,
    ),
  },
  // 红包、礼券影响公务: money, cards or gifts tied to someone's office.
  TJ3: {
    cue: /红包|转账|转了|转您|转你|给您转|微信转|礼券|券|发几个|意思意思|购物卡|提货卡|加油卡|电子卡|E卡|卡密|卡号|心意|意思一下|表示表示|不成敬意|别嫌少|笑纳|辛苦费|茶水|喝茶钱|烟钱|油钱|咨询费|资料费|感谢费|好处|随个礼|随礼|礼金|收下|收到了|我收|收着|收哒|就收了|不客气了|别推|别退|土特产|腊肉|茶叶|月饼|请你吃|请您吃|吃个饭|安排一下/,
    clean: new RegExp(
      `${FORBIDS}|${REFUSES}|${FAMILY}|工会|慰问金|节日福利|工资|报销|党费|捐款|募捐|抚恤|奖金发放|补贴发放|住院|搭把手|不统计|不公开金额|帮忙垫的|帮我垫的|垫付|垫的钱|两清` +
        // 沃柑给我留两箱，地址发你了，钱转你微信了哈 (r96-037): a purchase paid for between friends. None of the seven drafts of
        // all sets with 钱…转你/您/过去 is TJ3 (five clean), nor of the seven with 给我留, 帮我留, 我要两/一 (decision 077).
        `|地址发你|地址发您|给我留|帮我留|我要两|我要一` +
        // 慰问品统一采购，不发现金红包 (r130-114, a notice of visits to families in need; clean by both readers): the red packet
        // ruled out. All six drafts of all sets with 不发(放)现金/微信/任何红包 are clean, none TJ3 (decision 089). Not with a 但
        // later in its sentence: 我知道规定不发微信红包，但…这500的红包您一定收下 stays a TJ3 red line.
        `|不发(?:放)?(?:现金|微信|任何)红包(?![^。！？\\n]*但)`,
    ),
    // 转了 is also a forward: a rumour passed on (V2) is not a transfer of money.
    yieldsTo: ["V3", "RP2", "V2"],
  },
  // 红包赌博: red packets as stakes.
  RP2: {
    cue: /接龙|扫雷|埋雷|中雷|踩雷|带雷|雷号|雷点|手气|最佳|最少的|最小的|最大的|尾数|比大小|牛牛|押|下注|一注|庄|赌|输了|输的|赢|奖池|一局|一把|一轮|斗地主|麻将|掼蛋|骰子|猜数字|龙虎/,
    clean: new RegExp(
      `${FORBIDS}|${FAMILY}|赌博案|涉赌|反赌|请奶茶|请喝奶茶|请大家喝奶茶|唱首歌|表演节目|生日歌|唱一首|发头包|AA制|AA|接龙报名|报名` +
        // 这种手气最差的发下一轮的红包我就不参加了 (r247-034, a trap, clean by both readers; an RP2 red line by the model at v81): the
        // sender stays out, as the gambling rules' DECLINE_JOIN reads it. All 26 drafts of all sets with its words are clean (decision 117).
        `|${CONCEPTS.DECLINE_JOIN.join("|")}` +
        // 县纪委派驻纪检组：⏎报告一条线索：本单位"老乡会"微信群…有人组织手气最差者发下一轮的红包游戏 (r247-096, a trap, clean by both
        // readers; an RP2 red line by the model at v81): a game reported, the message addressed to a discipline organ. All 84 drafts of
        // all sets that open with such an address (纪委, 纪检组, 纪工委, 监委, 信访室 … before the colon) are clean, none RP2 (decision
        // 117). Not the report's words (现反映, 一条线索): 老李，我知道赌博违纪，现反映一个情况：今晚群里红包接龙…你也来 stays a red line
        // (conduct-v55).
        `|^[^\\n，,。]{0,24}(?:纪委|纪检组|纪检监察组|纪工委|监委|信访室|纪检委员)[^\\n，,。]{0,12}[：:]` +
        // 老刘：谢谢邀请，红包接龙那个群我就不进了，拿红包赌输赢是违纪的，也劝你别玩了 (r274-096, a trap, clean by both readers; an RP2
        // red line by the model at v87 and v88): the sender stays out and warns the other off. All ten drafts of all sets with 劝你别
        // are clean (decision 124).
        `|劝你别`,
    ),
    // 输了 or 一把 alone is a figure of speech (当真你就输了).
    minCues: 2,
  },
  // 涉密: internal, unpublished or marked material passed on, or leaked in words.
  P5: {
    cue: /密(?!码)|内部|未公开|没公开|还没公开|未公示|还没公示|没公示|公示前|未下发|没下发|还没下发|未印发|没印发|还没印发|还没发布|未发布|没发布|还没上会|没上会|还没出|还没正式|还没整理|内定|纪要|考题|试题|题目|题本|卷子|考卷|答案|面试题|考官|底价|控制价|标底|报价|评分细则|名单|方案|征求意见稿|讨论稿|初稿|底稿|草稿|记录|材料|文件|红头|截图|拍照|拍了|拍给|翻拍|扫描|透露|透个底|透底|露个底|别外传|不要外传|勿外传|别往外|别声张|先别说|心里有个数|心里有数|先跟你说|先给你看|烂在肚子|别告诉别人|别跟别人说|你知道就行|你知我知|强制措施|看完删|删掉|口径|路线|暗访|清查|突击|选案|稽查|系统里|流调/,
    clean:
      /公文系统|政务网|征求意见|情况汇报|我汇总|汇总后|密级标识|标密|定密|保密室|保密柜|机要室|保密办|保密局|保密教育|保密培训|保密知识|保密宣传|保密工作会|保密检查|保密自查|保密提醒|保密纪律|保密意识|保密承诺|泄密案|失泄密|警示教育|涉密阅览|涉密载体管理|涉密人员培训|严禁|禁止|不得|一律不|切勿|已公开|已公示|公示期|正式印发|已印发|公开发布|官网|政府网站|已发布|内部消息|内部人士|内部审计|内部控制|内部管理|内部培训|辟谣|不实|别再转|不要再转|诈骗|冒充|私聊|聊天记录|聊天截图|小群|吐槽|刚发了文件|正式文件为准|已经撤回|已撤回|撤回了|已经下发|已下发|下载学习|请审阅|请审定|请审示|请批示|按您的意见|修改意见|挂网|不拍照|就不拍|当面给|当面看|来办公室看|不能说|不方便说|等官方发布|不方便透露|不便透露|无可奉告|甩手掌柜|功劳都是|抢功|背锅|锅全是|熬了.{0,4}通宵|附件模板|按附件|模板填写|填报|报送|注意保密|不能通过微信|不得通过微信|不通过微信|送纸质件|纸质件|请贵办协助|报我办|调研点|不在群内|不在群里|走OA|通过OA|上传OA|已发OA|OA发您|OA发你|OA报送|不要通过微信|别通过微信|请勿通过微信|不能截图给|不能截图发给|小道消息|工资明细|工资表|截图留存|系统报错|报错截图|报错页面|时报错|还差一份|今天发的|灭火器|消防安全|体检|安排加班|加班安排|加班的通知|诊断书|病历|请勿拍照|(?:不能|不准|不要|不许|不可)拍[照摄]|私信我的|私信给我|会后统一收回|打码|两点意见|三点意见|几点意见|签约仪式|请您定|请你定|请定夺|请您拍板/,
    cleanContext: ownWorkDoneNote,
    // 已通过中心OA发您 (r89-112), 扫描件上传OA (r91-028), 请不要通过微信发送材料 (r91-024), 不能截图给你 (r88-047): the proper
    // channel, or WeChat refused; all 18 drafts of all sets with 通过…OA, 上传OA, 已发OA or OA发您 and all 66 with 不要/别/请勿/
    // 不能/不得/不通过微信 or 不能截图给你/您 are clean (decision 076).
    // 听办公室小道消息…大家心里有个数就行 (r91-011): hearsay passed on (V2/P6), no material; none of the ten drafts of all sets
    // with 小道消息 is P5 (decision 076).
    // 涉密文件不能拍照上传 (r97-054), 1.涉密文件严禁拍照 (r97-064): photographing forbidden, none of the 88 drafts of all sets
    // with 不能/严禁/不得 … 拍照 is P5; 韩主席刚才私信我的话截图转你了 (r92-069): a private message shown (G1), none of the 34
    // drafts with 私信我, 私聊我的 or 私信给我 is P5 (decision 077).
    // 会议材料属内部材料…会上请勿拍照、录音；纸质材料会后统一收回 (r81-056) and 没签的已经打码或删掉了，同意书扫描件 (r80-080):
    // a notice that forbids the photo, a face blurred; none of the six drafts of all sets with 请勿拍照, the two with
    // 会后统一收回 or the six with 打码 is P5 (decision 069).
    // 我拍了他的诊断书[图片]，好像是那个不太好的病 (r78): a colleague's illness shown is P4, no work secret; none of the 36
    // drafts of all sets with 诊断书 or 病历 is P5 (decision 066).
    // 全关人员体检结果先发群里了 (r74) and 关于本周六安排加班的通知…经局党组研究 (r75): 68 of the 70 drafts of all sets with
    // 体检 are not P5 (the two P5 ones are claimed by rules), and none of the six with 安排加班, 加班安排 or 加班的通知 is
    // (decision 063).
    // 关于开展冬季消防安全大排查的通知…灭火器…拍照发群里 (r72): none of the 18 drafts of all sets with 灭火器 or 消防安全 is
    // P5 (decision 060).
    // 我们局今天发的年终考核时间安排[文件] (r71): none of the five drafts of all sets with 今天发的 is P5 (decision 059).
    // 系统报错截图如下 / 截图留存 / 年审材料还差一份 (r67): an error shown to IT, a refused packet's proof kept, a missing
    // paper asked for. The six drafts of all sets with 系统报错/报错截图/报错页面/时报错, the 16 with 截图留存 and the two
    // with 还差一份 are clean of P5 (decision 055).
    // 12月第一周…检查情况汇报 (r62): a work report to one's superior; none of the 17 drafts of all sets with
    // 情况汇报 is P5, twelve are clean.
    // 刘芳，盘点方案我看了，整体可以。两点意见：⏎1. …⏎2. …⏎周一例会上再定 (r240-091, clean by both readers; a P5 red line at v79):
    // a superior's comments on a plan sent up, as 修改意见; none of the 13 drafts of all sets with 两点/三点/几点意见 is P5 (11 clean,
    // two G7; decision 115).
    // 周主任：年鉴印刷有三个方案，请您定：⏎1.县印刷厂，800册，报价4.6万元… (r252-039, clean by both readers; a P5 red line at v82):
    // options laid before one's superior for a decision; all eight drafts of all sets with 请您定, 请你定, 请(您)定夺 or 请您拍板 are
    // clean (decision 118).
    // 加班到现在，终于把年终总结初稿写完了，睡觉！ (r253-116, a trap, clean by both readers; a P5 red line at v82): a one-line note that
    // one's own work is done, to no one, nothing shown; all seven drafts of all sets of one line with 终于…写完/弄完/搞完/改完 and no
    // picture, photo, file, attachment, link, 你/您, 透, 心里 or 外传 are clean (the three such drafts with a photo of the material are
    // P5 and stay so; 终于把招聘方案改完了，岗位和名额你先心里有个数 stays a red line; decision 118).
    // 知情人说…已经内部开会定了: a rumour (V2) names an inside source, it is no leak of the sender's material.
    // 别跟别人说 beside a bought vote or a bribe: the breach is the packet (decision 034).
    yieldsTo: ["V2", "XY2", "V3", "TJ3"],
  },
  // 八卦: gossip about people, unverified.
  P6: {
    cue: /听说|据说|听人说|好像|估计|据传|传言|内幕|小道|被留置|被抓|被查|被双规|调走|发配|离婚|出轨|外遇|小三|有一腿|暧昧|关系不一般|后台|靠山|骂哭|打进|人选都定/,
    // Hearsay about the canteen, the traffic or the weather is about no one.
    // 下周好像有个检查，具体哪天我再问问 (r70): a date not yet known, no person gossiped about; none of the seven drafts
    // of all sets with 再问问/我再问一下/具体哪天 is P6 (decision 059).
    // 不知道，没听说，别瞎猜了，吃饭去 (r116-055, clean by both readers): hearsay denied; all five drafts of all sets with 没听说
    // are clean (decision 085).
    clean:
      /辟谣|不实|谣言|经核查|经核实|澄清|不信谣|不传谣|勿信|不要相信|别信|不要轻信|食堂|饭堂|堵车|挺堵|绕行|绕一下|修路|大雾|下雨|下雪|降温|天气预报|再问问|我再问一下|具体哪天|没听说/,
    yieldsTo: ["V2"],
  },
  // 品头论足: remarks on leaders' or colleagues' looks, character, private life.
  TJ2: {
    cue: /长得|长相|身材|脸蛋|胖成|太胖|真胖|又高又|又矮|又白|又黑|白白|丑|漂亮|帅|水灵|打扮|穿得|那身|裙子|口红|化妆|笑面虎|德性|德行|草包|两面|一套|管不住|家里那口子|细声细气|娘娘腔|像个|就是个|那人|这人|人品|脑子/,
    clean: new RegExp(`${FORBIDS}|品头论足`),
    // A rant against a policy (八项规定一出，饭不敢吃) is 妄议 (V1), not talk about a colleague (decision 036).
    yieldsTo: ["V1"],
  },
  // 编织关系网: groups for mutual favours.
  TJ1: {
    cue: /老乡|同乡|同学|校友|战友|同期|中青班|党校|圈子|抱团|自己人|兄弟们|互相照应|互相关照|相互关照|互相帮衬|帮衬|打招呼|行个方便|关键岗位|喊一声|有事吱一声|有事找|找我|开绿灯/,
    clean: new RegExp(`${FORBIDS}|AA|有困难的|关系网|学习交流|联谊会|通讯录|聚会时间|公平竞争|不方便出面|按公告|不实`),
    // 关于…流传的"本期中青班结业后按考试排名直接提拔"一说…该说法不实 (r81-006): a rumour refuted; none of the 134 drafts of
    // all sets with 不实 is TJ1 (decision 069).
    // 老同学，给你提个醒：巡察组下周进驻: a tip-off to an old classmate is the leak (P5), not a network.
    yieldsTo: ["P5"],
  },
  // 吹捧群主、领导.
  WH1: {
    cue: /群主|书记|局长|县长|市长|主任|领导|王局|李局|刘局|张局|周局|陈局|掌舵|主心骨|英明|高瞻远瞩|伟大|敬爱|榜样|讲得太好|讲得好|水平|全县第一|全市第一|第一|跟着|跟到|膜拜|佩服|福气|有幸/,
    // A group's rule against it (按照群规…不给群主点赞) names the praise to forbid it; a study report
    // (心得体会…请批评指正) addresses its 书记 without praising him.
    clean: new RegExp(`${FORBIDS}|吹捧|拍马屁|溜须|群规|不刷|不给群主|不给领导|心得体会|请批评指正|汇报如下|汇报人|存在问题|第一会议室`),
  },
  // 咒人式转发.
  P3: {
    cue: /转发|转给|转到|不转|莫转|划走|断在|接力|传给|发给|群/,
    clean: new RegExp(
      `${FORBIDS}|就不转|不转了|别转了|不要转|不要再转|不转发了|别信这|不转无关|不发广告|群规|规范本|使用规范|别信了|骗流量|别往外转|不实|经核实|来源不明|(?:转发|转)(?:至|到)(?:辖区|各)?(?:居民|家长|业主|村民)群` +
        // 完成率截图发到年级群，我统一汇总上报; 手机24小时开机，群里消息5分钟内必须回复 (r58, r59; decision 050):
        // screenshots collected for a report and always-on demands; of the drafts of all sets with these
        // words (40 and 20), none is P3.
        `|汇总|上报|24小时开机|分钟内(?:必须)?回复` +
        // 这种"不转就倒霉"的都是骗点击的，别信也别转 (r93-096): a chain discouraged; none of the 113 drafts of all sets with
        // 别信, 别转, 别往群里发, 骗点击 … is P3 (decision 077).
        `|别信|不要信|别转|别往群里发|骗点击|别当真` +
        // 将…系统数据报送成功的页面截图发到本群，便于统一核对 (r171-014, clean by both readers): a system page shown for a count, no
        // chain; none of the 42 drafts of all sets with 页面截图 or 页面的截图 is P3 (40 clean; decision 099).
        `|页面截图|页面的截图` +
        // 爸，您发的那条“转发保平安，不转必遭殃”是假的，别再转了 (r174-053, clean by both readers): a chain debunked, as 别转 above; none
        // of the 52 drafts of all sets with 别再转了 is P3 (51 clean; decision 100).
        `|别再转了`,
    ),
  },
  // 集赞、砍价、拆礼物.
  P9: {
    cue: /集赞|点赞|点点赞|个赞|砍一刀|砍价|砍一下|助力|拆红包|拆个|拆礼物|免费拿|免费领|领一箱|送两张|抽奖|抽三个|抽一个|截图给我|拼多多|链接/,
    // 链接我核实了，是引流，别去: a bait exposed, not passed on; 别转了，多半是骗人的 (r47, decision 044) too.
    clean: new RegExp(
      `${FORBIDS}|诱导|问卷|满意度|没有奖品|就不转了|不转了|自愿参加|核实|核查|引流|骗局|别再往外转|别往外转|就不投了|不投了|不参与这类|单位有规定|别转了|骗人的|是骗子` +
        // 本次活动不搞转发集赞、不搞抽奖送礼 (r92-089): none of the 14 drafts of all sets with 不搞…集赞/转发/抽奖/点赞 or 不集赞 is
        // P9, all clean (decision 077).
        `|不搞[^。，；]{0,6}(?:转发|集赞|抽奖|点赞)|不集赞`,
    ),
    // Gifts for votes are 拉票 (V3); 点赞 for a leader is 吹捧 (WH1).
    yieldsTo: ["V3", "WH1"],
  },
  // 广告.
  P8: {
    cue: /推荐|包邮|优惠|折|代理|招募|下单|购买|私聊|私信|加我|价格|一斤|一盒|一箱|块钱|元一|保本|保息|收益|理财|保险|面膜|团购|代购|报我名字|店|自家|纯粮|无添加|送人/,
    clean: new RegExp(`${FORBIDS}|采购公告|招标公告|询价|正式公开|门户网站|官网|政府网站|已公开|公开了|慰问品|签字领取|工会经费`),
    minCues: 2,
  },
  // 他人隐私.
  // 我不方便截屏转给别人 (r69): a screenshot declined; both drafts of all sets with 不方便截 are clean (decision 057).
  P4: {
    // 零售户的身份证照片不要转到任何群里 (r94-113): posting forbidden. None of the 14 drafts of all sets with 不要/别/不得/请勿/
    // 不准/严禁 (转|发)(到|在)…群 is P4, 13 clean (decision 078).
    cue: /身份证|证件号|电话|手机号|手机|住址|家住|门牌|号码|银行卡|账号|工资|收入|明细|病|癌|住院|抑郁|怀孕|离婚|体检|诊断|低保|残疾|欠|记录|系统|查了|照片/,
    clean: new RegExp(
      `${FORBIDS}|违反规定|规范使用|请勿截图|不方便截|请勿转发|政务内网|系统内填报|这个真不行|不能查|查不了|只能办案用|本人|自己的|我手机|我的手机|我的电话|我的号码|新号码|惠存|个人信息保护|隐私保护|脱敏|打码|遮挡|隐去|办公电话|值班电话|服务电话|服务热线|热线|座机|党费|缴纳|公示栏|澄清|不实|辟谣|集体收入|财政资金|^(?:老婆|老公|媳妇|哥|姐|妈|爸|老妈|老爸)[，,]|请勿在群|不要把|别把|勿在群内|私信发给我|单独发送|不要截图|内部系统里录入|(?:不要|别|请勿)(?:转|发)(?:到|在|进)?(?:任何|工作|微信)?群`,
    ),
    minCues: 2,
  },
  // 低俗.
  P2: {
    cue: /他妈|他娘|妈的[，,！!。]|狗日|老子|操|卧槽|放屁|屁话|狗屁|屁事|屁用|裤|不行|段子|“福利”|福利图|福利视频|宅男福利|那种资源|福利资源|小三|穿得|没穿|偷偷看|晚上一个人|荤|黄段子|黄色|黄图|开黄腔|骚|上床|胸大|屌|是孙子|装孙子|龟孙子|刁民|欠揍|走光|刺激的/,
    clean: new RegExp(`${FORBIDS}|低俗|文明用语`),
    // Remarks on someone's dress are 品头论足 (TJ2) unless a rule finds vulgar words.
    yieldsTo: ["TJ2"],
  },
};
