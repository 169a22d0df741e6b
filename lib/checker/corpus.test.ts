/**
 * The labelled fixtures: they parse, they are large enough to mean something, and the checker
 * holds its figures on them. Thresholds apply to in-sample sets (and to blind rounds only once
 * they have been studied, as regression guards); the honest figures are the blind first scores
 * recorded in __fixtures__/rounds.yaml and printed by `npm run checker:eval`.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { loadCorpusSets, loadRoundRecords } from "./corpus";
import { evaluate, inputOf } from "./evaluate";
import { checkMessage, type CheckInput, type CheckResult, RULE_CATALOGUE, verdictOf } from "./index";
import { OTHER_INVENTORY_CODES } from "./rules";

const sets = loadCorpusSets();
const all = sets.flatMap((s) => s.drafts);
// A judged round (scored after a freeze, not yet studied) is measured by checker:eval, not guarded here.
const studied = new Set(
  loadRoundRecords()
    .filter((r) => !r.judged)
    .map((r) => r.round),
);
const guarded = sets.filter((s) => !s.blind || studied.has(s.round!));
/**
 * Rounds studied in v11 (decision 032), v12 (rounds 22–23, decision 033), v13 (rounds 24–27,
 * decision 034) and every later version, each pair or set of four rounds by the version that studied it (the comment
 * above each group of entries names that version; lib/checker/README.md lists the decisions): the recall, false alarms and
 * (where lower than 0.94) precision the studying version reaches on them, as guards.
 */
const STUDIED_V11: Record<number, { recall: number; falseAlarms: number; precision?: number; redLine?: number }> = {
  18: { recall: 0.82, falseAlarms: 0 },
  19: { recall: 0.8, falseAlarms: 1 },
  20: { recall: 0.93, falseAlarms: 0 },
  21: { recall: 0.88, falseAlarms: 0 },
  22: { recall: 0.94, falseAlarms: 0 },
  23: { recall: 0.94, falseAlarms: 0 },
  // Rounds 24–27: v13 reaches recall 0.916 / 0.908 / 0.822 / 0.856, precision 0.963 / 0.898 /
  // 0.960 / 0.988, red lines 100 % and no false alarm; their writers label G2, G5, G1, R2/R3 that
  // no rule reads yet (decision 034).
  24: { recall: 0.91, falseAlarms: 0 },
  25: { recall: 0.9, falseAlarms: 0, precision: 0.89 },
  26: { recall: 0.82, falseAlarms: 0 },
  27: { recall: 0.85, falseAlarms: 0 },
  // Rounds 28–29: v14 reaches recall 0.848 / 0.896, precision 0.953 / 0.975, red lines 100 % and no
  // false alarm; G5, R3, G7, G6, P10, XY1 and work-group G2 stay misses (decision 035).
  28: { recall: 0.84, falseAlarms: 0 },
  29: { recall: 0.89, falseAlarms: 0 },
  // Rounds 30–33: v15 reaches recall 0.850 / 0.885 / 0.881 / 0.915, precision 0.878 / 0.950 / 0.934 /
  // 0.935, red lines 100 % and no false alarm; G5, G7, R3, P10, XY1, XY2 and work-group G2/GR1/U3
  // stay misses, and their writers label more codes beside the main one (decision 036).
  30: { recall: 0.85, falseAlarms: 0, precision: 0.87 },
  31: { recall: 0.88, falseAlarms: 0 },
  32: { recall: 0.88, falseAlarms: 0, precision: 0.93 },
  33: { recall: 0.91, falseAlarms: 0, precision: 0.93 },
  // Rounds 34–35: v16 reaches recall 0.858 / 0.945, precision 0.937 / 0.954, red lines 100 %; one
  // false alarm left in round 34 (a residents' group-buy read as an advert, P8); R2/R3, G5, G7, U1,
  // XY1 and TJ1 beside other findings stay misses (decision 038).
  34: { recall: 0.85, falseAlarms: 1, precision: 0.93 },
  35: { recall: 0.94, falseAlarms: 0 },
  // Rounds 36–37: v17 reaches recall 0.868 / 0.910, precision 0.927 / 0.904, red lines 100 %; one
  // false alarm left in round 36 (特此通知 asked of a notice, R4, which these writers never label);
  // R2/R3, G7, G4/U1, XY1/XY2, TJ2 and P4 beside other findings stay misses (decision 039).
  36: { recall: 0.86, falseAlarms: 1, precision: 0.92 },
  37: { recall: 0.9, falseAlarms: 0, precision: 0.9 },
  // Rounds 38–39: v18 reaches recall 0.941 / 0.884, precision 0.941 / 0.963, red lines 100 % and no
  // false alarm (were 1/45 and 7/45); R2/R3, G7, P10, XY2, U1/G4 on bare openings and work-group
  // G2/GR1/U3 beside family requests stay misses (decision 040).
  38: { recall: 0.94, falseAlarms: 0, precision: 0.94 },
  39: { recall: 0.88, falseAlarms: 0 },
  // Rounds 40–41: v19 reaches recall 0.907 / 0.832, precision 0.958 / 0.953, red lines 100 % and no
  // false alarm (were 2/45 and 1/48); R2/R3, G7, XY1/XY2, G4/U1 on 在吗 openings, G6 beside one or two
  // stickers and TJ2/P4 beside other findings stay misses (decision 041).
  40: { recall: 0.9, falseAlarms: 0 },
  41: { recall: 0.83, falseAlarms: 0 },
  // Rounds 42–43: v20 reaches recall 0.893 / 0.913, precision 1.0 / 0.988, red lines 100 % and no
  // false alarm (as at v19); R2/R3, G7, G8, P10, XY1/XY2, P4 beside a private chat's screenshot and
  // work-group G2/GR1/U3 beside a rumour stay misses (decision 042).
  42: { recall: 0.89, falseAlarms: 0 },
  43: { recall: 0.91, falseAlarms: 0 },
  // Rounds 44–45: v21 reaches recall 0.783 / 0.827, precision 0.976 / 0.943, red lines 100 / 95.8 %;
  // no false alarm left in round 44 (was 5/47), three in round 45 (were 6/46: R5 asked of two
  // @-mentioned requests in a work group, R4 of a study notice). R2/R3, G7, XY1/XY2, G5 beside a
  // contractor's banquet, G1 beside a screenshot of someone's data, and the complainant's details
  // read as P5 by one writer (three earlier writers label them P4 only) stay misses (decision 043).
  44: { recall: 0.78, falseAlarms: 0 },
  45: { recall: 0.82, falseAlarms: 3 },
  // Rounds 46–47: v22 reaches recall 0.744 / 0.764, precision 0.943 / 0.850, red lines 95.5 / 100 %
  // (the miss: a new colleague's ID number and address read as P5 by one writer; 8 of 10 earlier
  // drafts are P4 only); two false alarms in each (were 2/51 and 7/50). Round 47's writer held the
  // form rules to some notices only (R1 on a 关于…的通知 opening it leaves unlabelled, as no earlier
  // writer does), hence its precision. TJ2, P4, R2 on chat pings, G7, XY1/XY2, P10 and U1 stay
  // misses (decision 044).
  46: { recall: 0.74, falseAlarms: 2 },
  47: { recall: 0.76, falseAlarms: 2, precision: 0.84 },
  // Rounds 48–49: v23 reaches recall 0.843 / 0.858, precision 0.876 / 0.893, red lines 26/28 and
  // 24/24 (were 25/28 and 23/24); false alarms 5/46 and 2/47 (were 6 and 3). Round 48 keeps two red
  // lines missed, each the only draft of its kind (a 老乡会's red packets with 以后多帮衬, TJ3; a
  // customer's loan amount gossiped, P5), hence its red-line bar 0.92. Its writer and round 49's hold
  // the form rules to some notices only (R1/R4/R5 on group rules, voice notes and duty reports), hence
  // their precision. TJ2, G7, P4, R2/R3, U1 and XY1/XY2 stay misses (decision 045).
  48: { recall: 0.84, falseAlarms: 5, precision: 0.87, redLine: 0.92 },
  49: { recall: 0.85, falseAlarms: 2, precision: 0.89 },
  // Rounds 50–51: v24 reaches recall 0.891 / 0.787, precision 0.924 / 0.958, red lines 21/21 and
  // 31/31 (were 20/21 and 30/31); false alarms 2/47 and 1/44 (were 3 and 4). Round 50 keeps a late
  // reply (U1 at 22:10) and a short report read as unsigned (R5), and a V3 red line on a child's
  // contest vote with a prize draw; round 51 a P8 on advice against screenshots. Round 51's writer
  // labels the work-group triad G2/GR1/U3, R2 and TJ2 on drafts the words do not mark, hence its
  // recall (decision 046).
  50: { recall: 0.89, falseAlarms: 2, precision: 0.92 },
  51: { recall: 0.78, falseAlarms: 1, precision: 0.95 },
  // Rounds 52–53: v25 reaches recall 0.918 / 0.888, precision 0.969 / 0.955, red lines 23/23 and
  // 25/25 (were 22/23 and 24/25); no false alarm (were 1/45 and 4/45). TJ2 on remarks about leaders
  // and teachers in words of their own (这破班级, 闹离婚, 书记也不一定看), G5 beside a night out, XY2 and a few form
  // rules stay misses (decision 047).
  52: { recall: 0.91, falseAlarms: 0 },
  53: { recall: 0.88, falseAlarms: 0 },
  // Rounds 54–55: v26 reaches recall 0.886 / 0.869, precision 0.943 / 0.933, red lines 24/24 and
  // 26/27 (were 22/24 and 26/27; claimed as red lines 23 and 25, were 18 and 25); false alarms 0/44
  // and 2/44 (were 2 and 2). A 低保 公示 (P4) and a 辟谣 notice closing 特此说明 (R4) stay, as do V2 on
  // 听说…懂的都懂 about vote buying and P5 on figures confided before release (decision 048).
  54: { recall: 0.88, falseAlarms: 0, precision: 0.94 },
  55: { recall: 0.86, falseAlarms: 2, precision: 0.93 },
  // Rounds 56–57: v27 reaches recall 0.801 / 0.873, precision 0.921 / 0.983, red lines 19/21 and
  // 21/23 (were 18/21 and 20/23; claimed as red lines 18 and 20, were 16 and 19; red-line wrong
  // claims 1 and 0, were 6 and 1); false alarms 3/47 and 1/44 (the same). An arrest posted with the
  // man's photo, a plate looked up for a friend, survey coordinates and map data sent out (P5) stay
  // misses, as do a refused packet (TJ1), an anti-fraud report (P8) and a victim told to keep her
  // chat records (G1), and a traveller's own ID number (P4) (decision 049).
  56: { recall: 0.8, falseAlarms: 3, precision: 0.92, redLine: 0.9 },
  57: { recall: 0.87, falseAlarms: 1, redLine: 0.91 },
  // Rounds 58–59: v28 reaches recall 0.805 / 0.838, precision 0.992 / 0.976, red lines 24/27 and
  // 26/26 (the same; claimed as red lines 23 and 25, were 22 and 24); false alarms 0/45 and 0/43 (were
  // 3 and 0). Gossip told as 听说 (V2 beside P6), a parent's 奶茶钱 to teachers (TJ3), a packet game paid
  // from union money (RP3) and an exam question photographed during the exam (P5, only suggested) stay,
  // as do P8 on 名额有限，先到先得 beside vote buying and P9 on a forced share of the group's post (decision 050).
  58: { recall: 0.8, falseAlarms: 0, redLine: 0.88 },
  59: { recall: 0.83, falseAlarms: 0, redLine: 1 },
  // Rounds 60–61: v29 reaches recall 0.806 / 0.825, precision 0.893 / 0.946, red lines 24/25 and
  // 27/27 (were 23 and 27; claimed as red lines 23 and 23, were 21 and 22); false alarms 3/43 and 1/46
  // (were 4 and 2). Gossip told as 私下跟我说 (V2), P4 on a materials list, P8 on a residents' meeting,
  // U1 on a private reply, P5 on a review's 底稿 filed, TJ3 on 劳务费 and V3 on a child's contest vote
  // stay (decision 051).
  60: { recall: 0.8, falseAlarms: 3, precision: 0.89, redLine: 0.96 },
  61: { recall: 0.82, falseAlarms: 1, redLine: 1 },
  // Rounds 62–63: v30 reaches recall 0.833 / 0.855, precision 0.940 / 0.932, red lines 23/24 and
  // 26/27 (were 22 and 26; claimed as red lines 23 and 26, were 22 and 24); false alarms 1/51 and 0/45
  // (were 2 and 1). A tender's evaluation hinted at (懂的都懂, P5), a 起诉状 photographed with a
  // party's details (P5 beside P4) and P5 on a photographed 卷宗扫描要求 stay (decision 052). The
  // false alarm on a lottery result addressed to 各位申请人 (R1: 请 read as a verb) went after v30.
  62: { recall: 0.83, falseAlarms: 0, precision: 0.94, redLine: 0.95 },
  63: { recall: 0.85, falseAlarms: 0, precision: 0.93, redLine: 0.96 },
  // Rounds 64–65: v31 reaches recall 0.868 / 0.852, precision 0.984 / 0.920, red lines 21/21 and
  // 25/25 (round 65 was 24; claimed as red lines 21 and 24, were 21 and 22); false alarms 0/45 and
  // 0/45 (were 1 and 0). P5 on hearsay told with 别跟别人说, on a found ID card posted to find its
  // owner, on a 举报人's ID card photographed and on gossip about a colleague's 笔录 (心里有数), and the
  // R1/R5 claims on voice notes and unaddressed chats stay (decision 054).
  64: { recall: 0.86, falseAlarms: 0, redLine: 1 },
  65: { recall: 0.85, falseAlarms: 0, precision: 0.91, redLine: 1 },
  // Rounds 66–67: v32 reaches recall 0.885 / 0.909, precision 0.949 / 0.977, red lines 23/23 and
  // 25/25 (round 67 was 21; claimed as red lines 22 and 25, were 22 and 21); false alarms 1/43 and
  // 0/44 (were 2 and 3). R4 on a notice closing with 欢迎大家参加, P6 for P5 on a 讨论稿 shown as
  // 内部消息, V3 on a child's contest named 网络投票 beside a packet, and the R1/R4/R5 claims on voice
  // notes and an urgent order stay (decision 055).
  66: { recall: 0.88, falseAlarms: 1, redLine: 1 },
  67: { recall: 0.9, falseAlarms: 0, precision: 0.97, redLine: 1 },
  // Rounds 68–69: v33 reaches recall 0.845 / 0.887, precision 0.940 / 0.969, red lines 22/22 and
  // 26/29 (were 21 and 24; claimed as red lines 22 and 26, were 18 and 22); false alarms 0/45 and 0/46
  // (were 0 and 2). V3 beside a packet to a 考察组 member (TJ3 claimed), V2 on 听说 gossip about a
  // person (P6 claimed), G1 beside a 征求意见稿 screenshot and the R1/R5 claims on voice notes and
  // @全体成员 stay (decision 057).
  68: { recall: 0.84, falseAlarms: 0, precision: 0.93, redLine: 1 },
  69: { recall: 0.88, falseAlarms: 0, precision: 0.96, redLine: 0.89 },
  // Rounds 70–71: v34 (on decision 058's rules) reaches recall 0.901 / 0.883, precision 0.977 / 0.903, red lines 20/20 and
  // 19/19 (claimed as red lines 19 and 19, were 19 and 18); false alarms 1/46 and 0/43 (were 2 and 3).
  // U1 on an emergency notice sent at night, the R1/R5 claims on voice notes and chats, P4/P6/G2 on a
  // case laid out in a group (G7) and TJ2 on a bridge called 漂亮 stay (decision 059).
  70: { recall: 0.9, falseAlarms: 1, precision: 0.97, redLine: 1 },
  71: { recall: 0.88, falseAlarms: 0, precision: 0.9, redLine: 1 },
  // Rounds 72–73: v35 reaches recall 0.834 / 0.870, precision 0.984 / 0.889, red lines 25/25 and 20/21
  // (claimed as red lines 23 and 20; red-line wrong claims 0 and 0, were 1 and 1); false alarms 1/43 and
  // 0/44 (were 2 and 1). V2 on a rumour 网上传…赶紧 and V1 beside 禁烧 only suggested, the RP3/TJ3 packet
  // to repair crews (红包喝茶) missed, U1 on an emergency notice at night and the R1/R5 claims on voice
  // notes stay (decision 060).
  72: { recall: 0.83, falseAlarms: 1, precision: 0.98, redLine: 1 },
  73: { recall: 0.86, falseAlarms: 0, precision: 0.88, redLine: 0.95 },
  // Rounds 74–75: v36 reaches recall 0.844 / 0.917, precision 0.963 / 0.963, red lines 30/32 and 30/31
  // (claimed as red lines 29 and 28; red-line wrong claims 1 and 1, were 2 and 4); false alarms 0/46 and
  // 0/44 (were 4 and 2). P5 on a case photo in 朋友圈 and on an informant's number missed, the TJ3 of a
  // firm's packet taken (我领了88) missed, V1 on 上面那段 in a group argument and P5 on a relative pulled in
  // to hear the news stay (decision 063).
  74: { recall: 0.84, falseAlarms: 0, precision: 0.96, redLine: 0.93 },
  75: { recall: 0.91, falseAlarms: 0, precision: 0.96, redLine: 0.96 },
  // Rounds 76–77: v37 reaches recall 0.887 / 0.852, precision 0.966 / 0.975, red lines 33/35 and 32/32
  // (claimed as red lines 29 and 31, were 28 and 28; red-line wrong claims 0 and 0, were 2 and 2); false
  // alarms 0/44 and 1/44 (were 1 and 2). V3 on a 换届 post (该发的🧧也发了) and P5 on passwords asked into a
  // group missed, TJ3 on packets taken beside a favour said in other words (给你过了, 能不扣的尽量不扣) only
  // suggested, and G4 on 在吗？ before a weekend outing stay (decision 064).
  76: { recall: 0.88, falseAlarms: 0, precision: 0.96, redLine: 0.94 },
  77: { recall: 0.85, falseAlarms: 1, precision: 0.97, redLine: 1 },
  // Rounds 78–79: v38 reaches recall 0.870 / 0.855, precision 0.947 / 0.967, red lines 36/39 and 30/33
  // (claimed as red lines 34 and 30, were 34 and 28; red-line wrong claims 2 and 2, were 3 and 2); false
  // alarms 0/45 and 0/43 (were 1 and 1). TJ3 beside a vote bought or a packet thanked in a work group, V2 on
  // hearsay told without a spreading word (听说…瞒着不报, 据说…明年要搬迁, 【震惊】…每人补发) and P5 on a list asked
  // not to be recalled before an old comrade pulled in stay missed (decision 066).
  78: { recall: 0.87, falseAlarms: 0, precision: 0.94, redLine: 0.92 },
  79: { recall: 0.85, falseAlarms: 0, precision: 0.96, redLine: 0.9 },
  // Rounds 80–81: v39 (on main with decision 068) reaches recall 0.876 / 0.833, precision 0.967 / 0.979, red
  // lines 31/33 and 29/31 (claimed as red lines 31 and 27, were 28 and 26; red-line wrong claims 1 and 1,
  // unchanged); false alarms 1/44 and 0/44 (were 2 and 2). TJ3 on an e-coupon taken in a group, P5 on a 布防图 posted, V3 on a packet
  // with 拜托各位 and V1 on 依法治国…领导一句话的事 stay missed (decision 069).
  80: { recall: 0.87, falseAlarms: 1, precision: 0.96, redLine: 0.93 },
  81: { recall: 0.83, falseAlarms: 0, precision: 0.97, redLine: 0.93 },
  // Rounds 82–83: v40 reaches recall 0.814 / 0.835, precision 0.916 / 0.947, red lines 28/31 and 37/38 (claimed
  // as red lines 26 and 35, were 26 and 34; red-line wrong claims 6 and 1, were 7 and 2); false alarms 0/46 and 0/44
  // (were 1 and 1). V2 on hearsay about a boss's kin (听说…是表亲, 听说是她老公找了组织部的同学) and TJ3 on an e-shopping
  // card sent to a section head's home stay missed (decision 072).
  82: { recall: 0.81, falseAlarms: 0, precision: 0.91, redLine: 0.9 },
  83: { recall: 0.83, falseAlarms: 0, precision: 0.94, redLine: 0.97 },
  // Rounds 84–85: v41 reaches recall 0.944 / 0.824, precision 0.911 / 0.918, red lines 31/33 and 29/32 (claimed as red
  // lines 30 and 27, were 30 and 26; red-line wrong claims 4 and 1, were 5 and 1); false alarms 0/43 and 2/43 (were 1 and
  // 4). V2 on a rumour of a colleague's death or a merger passed on, P5 on a raid told to one's family and V3 on a vote
  // bought with a dinner stay missed (decision 074).
  84: { recall: 0.94, falseAlarms: 0, precision: 0.91, redLine: 0.93 },
  85: { recall: 0.82, falseAlarms: 2, precision: 0.91, redLine: 0.9 },
  // Rounds 86–87 (a hastier brief: 10 minutes): v42 reaches recall 0.789 / 0.789, precision 0.939 / 0.953, red lines 30/33
  // and 32/35 (claimed as red lines 29 and 32, were 26 and 31; red-line wrong claims 2 and 2, were 4 and 4); false alarms
  // 0/42 and 0/43 (were 1 and 4). TJ3 on 5000已收到…我在会上提, a firm's cards handed round and a firm's group packet grabbed,
  // V1 on 党的那套理论早过时了 and V2 on hearsay of a firm's woman boss stay missed (decision 075).
  86: { recall: 0.78, falseAlarms: 0, precision: 0.93, redLine: 0.9 },
  87: { recall: 0.78, falseAlarms: 0, precision: 0.95, redLine: 0.91 },
  // Rounds 88–91 (88–89 first scored at v41, 90–91 at v42): v43 reaches recall 0.912 / 0.743 / 0.869 / 0.929, precision
  // 0.985 / 0.958 / 0.968 / 0.973, red lines 28/30, 27/32, 26/27 and 29/29 (claimed as red lines 28, 26, 25 and 26, were 28,
  // 25, 25 and 25; red-line wrong claims 1, 1, 0 and 1, were 2, 3, 3 and 6); false alarms 0/46, 2/48, 0/45 and 1/45 (were 3,
  // 3, 3 and 4). V1 on 中央的方针就是个屁 and 定得就有问题, V2 on 网传 and 据说, P5 on a case told on Moments and on 一对一发没事,
  // TJ3 on a developers' group packet and a vote for a loan stay missed or milder (decision 076).
  88: { recall: 0.91, falseAlarms: 0, precision: 0.98, redLine: 0.93 },
  89: { recall: 0.74, falseAlarms: 2, precision: 0.95, redLine: 0.84 },
  90: { recall: 0.86, falseAlarms: 0, precision: 0.96, redLine: 0.96 },
  91: { recall: 0.92, falseAlarms: 1, precision: 0.97, redLine: 1 },
  // Rounds 92–93 (first scored at v43) and the first everyday rounds 96–97 (a unit's ordinary week, labelled honestly; first
  // scored at v43): v44 reaches recall 0.887 / 0.863 / 0.875 / 0.884, precision 0.964 / 0.955 / 0.700 / 0.905, red lines 25/28,
  // 28/29, 4/4 and 4/4 (claimed as red lines 24, 26, 4 and 4, were 24, 25, 4 and 4; red-line wrong claims 0, 1, 0 and 0, were
  // 1, 2, 1 and 2); false alarms 1/51, 2/46, 12/97 and 1/91 (were 2, 4, 19 and 4). R4 on short routine notices without 特此通知
  // (the guide asks it of notices; 40 of 51 such otherwise clean notices of the other sets carry R4), RP2 on red-packet
  // gambling reported, P9 on a child's contest vote (U3 in 13 of 15 such drafts) stay (decision 077).
  92: { recall: 0.88, falseAlarms: 1, precision: 0.96, redLine: 0.89 },
  // Round 93 at v45: RP2 on packet gambling reported to the Party secretary gone (decision 078).
  93: { recall: 0.86, falseAlarms: 1, precision: 0.96, redLine: 0.96 },
  96: { recall: 0.87, falseAlarms: 12, precision: 0.7, redLine: 1 },
  97: { recall: 0.88, falseAlarms: 1, precision: 0.9, redLine: 1 },
  // Rounds 94–95 (first scored at v44) and the everyday rounds 98–99 (first scored at v44): v45 reaches recall 0.941 / 0.854 /
  // 0.705 / 0.786 (unchanged), precision 0.941 / 0.946 / 0.816 / 0.733 (were 0.928 / 0.933 / 0.795 / 0.702), red lines 25/25,
  // 30/32, 3/3 and 4/5 (unchanged; red-line wrong claims 0, 2, 0 and 0, were 1, 3, 0 and 3); false alarms 1/45, 0/46, 3/96
  // and 6/92 (were 3, 1, 4 and 9), no red line on a clean message (was 2). R4 on short notices, R1 on private requests with
  // no address and R5 on short work-group reports and requests stay (under the bar; decision 078).
  94: { recall: 0.94, falseAlarms: 1, precision: 0.94, redLine: 1 },
  95: { recall: 0.85, falseAlarms: 0, precision: 0.94, redLine: 0.93 },
  98: { recall: 0.7, falseAlarms: 3, precision: 0.81, redLine: 1 },
  99: { recall: 0.78, falseAlarms: 6, precision: 0.73, redLine: 0.8 },
  // Everyday rounds 100–101, first scored at the frozen v45 (false alarms 11/100 and 10/98) and then read by the lead, who
  // made one change from them (给妈的 is no curse: r100-106); guarded at what main reaches, not studied.
  100: { recall: 0.78, falseAlarms: 10, precision: 0.55, redLine: 1 },
  101: { recall: 0.76, falseAlarms: 10, precision: 0.69, redLine: 1 },
  // Rounds 104–105 and the everyday rounds 102–103 (all first scored at 86c9828, v45): v46 reaches recall 0.739 / 0.868 / 0.852 /
  // 0.858 (unchanged), precision 0.944 / 0.688 / 0.964 / 0.980 (were 0.944 / 0.660 / 0.950 / 0.954), red lines 6/7, 3/3, 26/29 and
  // 28/29 (unchanged; red-line wrong claims 0, 0, 0 and 1, were 0, 1, 2 and 4); false alarms 1/93, 10/94, 0/47 and 0/45 (were 1,
  // 11, 2 and 2), no red line on a clean message (was 4). R1, R4 and R5 on short routine messages stay (decision 080), as do
  // P2 on a dirty picture's 别外传 and TJ2 for V2 on gossip told as hearsay (decision 081).
  102: { recall: 0.73, falseAlarms: 1, precision: 0.94, redLine: 0.85 },
  103: { recall: 0.86, falseAlarms: 10, precision: 0.68, redLine: 1 },
  104: { recall: 0.85, falseAlarms: 0, precision: 0.96, redLine: 0.89 },
  105: { recall: 0.85, falseAlarms: 0, precision: 0.97, redLine: 0.96 },
  // Rounds 106–107 and the everyday rounds 108–109 (all first scored at 87a84f6, v46): v47 reaches recall 0.855 / 0.908 / 0.757 /
  // 0.824 (unchanged), precision 0.973 / 0.933 / 0.800 / 0.800 (were 0.959 / 0.921 / 0.757 / 0.800), red lines 28/29, 30/30, 2/3 and
  // 3/3 (unchanged; red-line wrong claims 1, 4, 2 and 3, were 3, 6, 3 and 3); false alarms 1/42, 2/44, 6/97 and 5/100 (were 2, 4, 8
  // and 5), red lines on clean messages 1, 1, 2 and 2 (were 2, 3, 3 and 2). The model's red lines on clean replies and chats, a
  // class list's 内部使用 and gambling reported by others stay (decision 082), as do R1, R4, R5 and U1 on short routine messages
  // (decision 080).
  106: { recall: 0.85, falseAlarms: 1, precision: 0.97, redLine: 0.96 },
  // v49 (decision 084): r107-107's gambling reported 反映一个问题 is no longer a red line: false alarms 1/44, precision 0.939.
  107: { recall: 0.9, falseAlarms: 1, precision: 0.93, redLine: 1 },
  108: { recall: 0.75, falseAlarms: 6, precision: 0.8, redLine: 0.66 },
  109: { recall: 0.82, falseAlarms: 5, precision: 0.8, redLine: 1 },
  // Rounds 110–111 and the everyday rounds 112–113 (all first scored at b9f94de, v48): v49 reaches recall 0.927 / 0.880 / 0.939 /
  // 0.882 (unchanged), precision 0.956 / 0.971 / 0.775 / 0.909 (were 0.956 / 0.936 / 0.775 / 0.882), red lines 32/32, 25/26, 3/3
  // and 1/1 (unchanged; red-line wrong claims 2, 1, 2 and 1, were 2, 4, 2 and 1); false alarms 3/44, 0/46, 5/97 and 3/100 (were
  // 3, 5, 5 and 4), red lines on clean messages 1, 0, 1 and 1 (were 1, 3, 1 and 1). A withheld speech's 不外传, a question whether
  // hearsay is true (有人说…真的假的？), a price check's 价格 as P8, a child's contest vote as P9 and a pupil's 单元测验 as P4 stay
  // (decision 084), as do R1, R4, R5 and U1 on short routine messages (decision 080).
  110: { recall: 0.92, falseAlarms: 3, precision: 0.95, redLine: 1 },
  111: { recall: 0.88, falseAlarms: 0, precision: 0.97, redLine: 0.96 },
  112: { recall: 0.93, falseAlarms: 5, precision: 0.77, redLine: 1 },
  113: { recall: 0.88, falseAlarms: 3, precision: 0.9, redLine: 1 },
  // Rounds 114–115 and the everyday rounds 116–117 (all first scored at 812ea95, v49): v50 reaches recall 0.918 / 0.919 / 0.833 /
  // 0.857 (unchanged), precision 0.964 / 0.993 / 0.714 / 0.955 (were 0.951 / 0.980 / 0.698 / 0.955), red lines 26/28, 29/30, 3/5
  // and 4/4 (unchanged; red-line wrong claims 2, 1, 0 and 0, were 4, 3, 0 and 0); false alarms 1/46, 0/46, 10/98 and 1/91 (were
  // 3, 1, 11 and 1), red lines on clean messages none (were 2, 1, 0 and 0). R1, R4 and U1 on short routine messages and notices
  // (nine of round 116's ten false alarms; decision 080), a lookup refused (不能私下查) as P4, a favour refused (不开后门) as TJ1,
  // and the red lines missed (a vote canvassed with packets, 涉密电脑 data sent by WeChat, a map's .dwg, a lookup in the system
  // passed on) stay (decision 085).
  114: { recall: 0.91, falseAlarms: 1, precision: 0.96, redLine: 0.92 },
  115: { recall: 0.91, falseAlarms: 0, precision: 0.99, redLine: 0.96 },
  116: { recall: 0.83, falseAlarms: 10, precision: 0.71, redLine: 0.6 },
  117: { recall: 0.85, falseAlarms: 1, precision: 0.95, redLine: 1 },
  // Rounds 118–119 and the everyday rounds 120–121 (all first scored at 5ea8b61, v50): v51 reaches recall 0.852 / 0.897 / 0.824 /
  // 0.811 (unchanged), precision 0.939 / 0.987 / 0.509 / 0.682 (were 0.926 / 0.967 / 0.509 / 0.682), red lines 26/27, 27/28, 3/3
  // and 7/9 (unchanged; red lines claimed 26 and 24 of them in 118–119, were 25 and 24; red-line wrong claims 3, 1, 0 and 0, were
  // 5, 4, 0 and 0); false alarms 1/43, 0/44, 18/99 and 8/95 (were 2, 1, 18 and 8), red lines on clean messages none (were 1, 1, 0
  // and 0). R1, R4, R5 and U1 on short routine messages and notices (decision 080), 实操's 操 as P2, 你妈包饺子 as P2, 货源 and 价格
  // as P8, a day's 婚姻登记查询 count as P4, the red lines missed (a rumour of an arrest, a screenshot of a chat passed to a bidder,
  // a thank-you packet to a team and its taking) and the admission 我知道…违纪 that cancels a favour paid for stay (decision 086).
  118: { recall: 0.85, falseAlarms: 1, precision: 0.93, redLine: 0.96 },
  119: { recall: 0.89, falseAlarms: 0, precision: 0.98, redLine: 0.96 },
  120: { recall: 0.82, falseAlarms: 18, precision: 0.5, redLine: 1 },
  121: { recall: 0.81, falseAlarms: 8, precision: 0.68, redLine: 0.77 },
  // Rounds 122–123 and the everyday rounds 124–125 (all first scored at 1cfeb99, v51): v52 reaches recall 0.904 / 0.921 / 0.93 /
  // 0.818 (unchanged), precision 0.972 / 0.933 / 0.727 / 0.574 (were 0.972 / 0.927 / 0.702 / 0.574), red lines 29/30, 27/28, 3/3
  // and 3/3 (unchanged; claimed as red lines 27, 25, 2 and 3); red-line wrong claims 0, 3, 1 and 0 (were 0, 4, 1 and 0); false
  // alarms 0/45, 1/43, 10/93 and 13/98 (were 0, 2, 12 and 13), red lines on clean messages none (were 0, 1, 0 and 0). R1, R4, R5 and
  // U1 on short routine messages and notices (decision 080), P4 on a case to be talked over (挂床住院…当面谈), TJ2 on 大姐腿不好, the red
  // lines missed or claimed milder (rumours left to the model's hint, a fee taken for 加急办 beside 报销, a card sent to an inspection
  // team) and the red-line wrong claims under the bar (a child's vote for a prize, a chain letter's 看到就转, a fieldwork claim's 人家收了钱)
  // stay (decision 087).
  122: { recall: 0.9, falseAlarms: 0, precision: 0.97, redLine: 0.96 },
  123: { recall: 0.92, falseAlarms: 1, precision: 0.93, redLine: 0.96 },
  124: { recall: 0.93, falseAlarms: 10, precision: 0.72, redLine: 1 },
  125: { recall: 0.81, falseAlarms: 13, precision: 0.57, redLine: 1 },
  // Rounds 126–127 and the everyday rounds 128–129 (all first scored at 299b486, v52): v53 reaches recall 0.839 / 0.851 / 0.85 /
  // 0.902 (unchanged), precision 0.97 / 0.987 / 0.829 / 0.771 (were 0.959 / 0.987 / 0.829 / 0.771), red lines 29/29, 34/35, 2/3 and
  // 2/3 (unchanged; claimed as red lines 29, 33, 2 and 2); red-line wrong claims on labelled drafts 3, 2, 0 and 0 (unchanged); false alarms
  // 0/46, 0/46, 7/97 and 7/97 (were 2, 0, 7 and 7), red lines on clean messages 0, 0, 1 and 0 (were 1, 0, 1 and 0). R1, R4, R5, U1
  // and G4 on short routine messages and notices (decision 080), V2 by the model on a rumour asked about (是真的吗), G1 on a chat
  // screenshot sent 备查, the rumours missed or claimed milder (left to the model's hint), TJ3 for RP3 (public funds on cards for the
  // staff), V1 on a football 国家德比 and P5 on 别往外传 beside V1 stay (decision 088).
  126: { recall: 0.83, falseAlarms: 0, precision: 0.97, redLine: 1 },
  127: { recall: 0.85, falseAlarms: 0, precision: 0.98, redLine: 0.97 },
  128: { recall: 0.85, falseAlarms: 7, precision: 0.82, redLine: 0.66 },
  129: { recall: 0.9, falseAlarms: 7, precision: 0.77, redLine: 0.66 },
  // Rounds 130–131 and the everyday rounds 132–133 (all first scored at b451886, v53): v54 reaches recall 0.734 / 0.828 / 0.849 /
  // 0.862 (unchanged), precision 0.974 / 0.957 / 0.918 / 0.833 (were 0.962 / 0.951 / 0.918 / 0.833), red lines 29/30, 29/32, 5/6 and
  // 7/7 (unchanged; claimed as red lines 28, 24, 5 and 6); red-line wrong claims on labelled drafts 2, 1, 2 and 1 (unchanged); false
  // alarms 1/50, 2/48, 2/92 and 6/90 (were 2, 3, 2 and 6), red lines on clean messages 0, 0, 0 and 1 (were 2, 1, 0 and 1). R1, R4, R5
  // and U1 on short routine messages (decision 080), P4 on a notice's 局长…困难户, P8 on a rumour denied (系谣言…货源充足) and on
  // goods delivered (到货), the rumours missed or claimed milder (传来消息, 据网上消息, 单位人说: one or two drafts each), P5 on a
  // withdrawal asked about (要不要提醒撤回) and P5 on 别外传 beside V1 or TJ1 stay (decision 089).
  130: { recall: 0.73, falseAlarms: 1, precision: 0.97, redLine: 0.96 },
  131: { recall: 0.82, falseAlarms: 2, precision: 0.95, redLine: 0.9 },
  132: { recall: 0.84, falseAlarms: 2, precision: 0.91, redLine: 0.83 },
  133: { recall: 0.86, falseAlarms: 6, precision: 0.83, redLine: 1 },
  // Rounds 134–135 and the everyday rounds 136–137 (all first scored at c307747, v54): v55 reaches recall 0.902 / 0.84 (131 of
  // 156) / 0.821 / 0.784 (unchanged), precision 0.963 / 0.91 (131 of 144) / 0.627 / 0.707 (were 0.957 / 0.903 / 0.615 / 0.707),
  // red lines 27/28, 28/31, 5/5 and 2/2 (unchanged; claimed as red lines 26, 24, 5 and 2); red-line wrong claims on labelled drafts
  // 3, 4, 1 and 0 (unchanged); false alarms 0/44, 2/43, 9/95 and 8/95 (were 1, 3, 10 and 8), red lines on clean messages 0, 1, 0
  // and 1 (were 1, 2, 0 and 1). R1, R4, R5 and U1 on short routine messages (decision 080), V2 on a notice's 欢迎转发，让更多人知道,
  // V3 on vote-buying ruled out (凡以红包等方式拉票的，取消评选资格), P4 on 最好别发群里, the rumours missed or claimed milder and P5
  // on 别外传 or a screenshot beside G1 stay (decision 090).
  134: { recall: 0.9, falseAlarms: 0, precision: 0.96, redLine: 0.96 },
  135: { recall: 0.83, falseAlarms: 2, precision: 0.9, redLine: 0.9 },
  136: { recall: 0.82, falseAlarms: 9, precision: 0.62, redLine: 1 },
  137: { recall: 0.78, falseAlarms: 8, precision: 0.7, redLine: 1 },
  // Rounds 138–139 and the everyday rounds 140–141 (all first scored at e853d18, v55): v56 reaches recall 0.867 (143 of 165) /
  // 0.91 (142 of 156) / 0.833 (25 of 30) / 0.86 (43 of 50) (unchanged), precision 0.953 / 0.922 / 0.714 / 0.878 (were 0.947 /
  // 0.922 / 0.694 / 0.878), red lines 27/30, 25/26, 2/2 and 5/5 (unchanged; claimed as red lines 26, 22, 2 and 5); red-line wrong
  // claims on labelled drafts 3, 3, 0 and 2 (unchanged); false alarms 1/45, 4/44, 7/102 and 1/93 (were 2, 4, 8 and 1), red lines
  // on clean messages 1, 3, 1 and 0 (were 1, 3, 2 and 0). R1, R4, R5 and U1 on short routine messages (decision 080), RP2 and V3 on
  // reports to the discipline inspectors (现反映一件事, 关于反映…的情况, …情况反映), P5 on a refusal (内部文件不在群里发: the cancel
  // leaked, withdrawn), P5 on 名单…定了第一时间发您, the rumours missed or claimed milder, V3 on 竞聘…红包 missed and TJ3 on 办公经费…红包
  // stay (decision 091).
  138: { recall: 0.86, falseAlarms: 1, precision: 0.95, redLine: 0.9 },
  139: { recall: 0.91, falseAlarms: 4, precision: 0.92, redLine: 0.96 },
  140: { recall: 0.83, falseAlarms: 7, precision: 0.71, redLine: 1 },
  141: { recall: 0.86, falseAlarms: 1, precision: 0.87, redLine: 1 },
  // Rounds 142–143 and the everyday rounds 144–145 (all first scored at 3e1cf2a, v56): v57 reaches recall 0.821 (138 of 168) /
  // 0.868 (145 of 167) / 0.838 (31 of 37) / 0.946 (35 of 37) (unchanged), precision 0.945 / 0.967 / 0.738 / 0.921 (were 0.939 /
  // 0.967 / 0.738 / 0.921), red lines 25/28, 27/28, 4/4 and 2/2 (unchanged; claimed as red lines 24, 25, 4 and 2); red-line wrong
  // claims on labelled drafts 1, 1, 0 and 0 (were 2, 1, 0 and 0); false alarms 3/44, 2/45, 10/97 and 2/99, red lines on clean
  // messages 2, 2, 1 and 1 (all unchanged). R1, R4, R5 and U1 on short routine messages (decision 080), P5 on a refusal (不便截图
  // 转发: 3 drafts), TJ3 on 锦旗…红包 declined (3 drafts), V2 on 据内部可靠消息 missed (a claim word 取消 tried: two wrong red
  // lines), V3 on 竞聘…红包 (竞聘 as a vote word tried: three of twelve innocent messages red), TJ3 on 办公经费…红包 (a cancel
  // would excuse r138-036's packet to the inspectors), the model's P5 and V1 red lines on clean messages stay (decision 092).
  142: { recall: 0.82, falseAlarms: 3, precision: 0.94, redLine: 0.89 },
  143: { recall: 0.86, falseAlarms: 2, precision: 0.96, redLine: 0.96 },
  144: { recall: 0.83, falseAlarms: 10, precision: 0.73, redLine: 1 },
  145: { recall: 0.94, falseAlarms: 2, precision: 0.92, redLine: 1 },
  // Rounds 146–147 and the everyday rounds 148–149 (all first scored at f24108d, v57): v58 reaches recall 0.783 (155 of 198) /
  // 0.866 (142 of 164) / 0.816 (40 of 49) / 0.881 (37 of 42) (unchanged), precision 0.951 / 0.94 / 0.889 / 0.725 (were 0.945 /
  // 0.94 / 0.87 / 0.725), red lines 26/28, 28/28, 3/3 and 5/5 (unchanged; claimed as red lines 25, 28, 3 and 3); red-line wrong
  // claims on labelled drafts 6, 3, 0 and 0 (unchanged); false alarms 0/48, 1/44, 4/96 and 10/94 (were 1/48 and 5/96 for 146
  // and 148), red lines on clean messages 0, 1, 1 and 3 (unchanged). R1, R4, R5 and U1 on short routine messages (decision
  // 080), P5 on 补偿标准…定了 (2 drafts, both wrong), RP2 on a family 手气最佳的负责… (2 drafts, both clean), P5 on 那份…交给我
  // (1 draft), the model's P5 and V1 red lines on clean messages and the rumours missed or claimed milder stay (decision 093).
  146: { recall: 0.78, falseAlarms: 0, precision: 0.95, redLine: 0.92 },
  147: { recall: 0.86, falseAlarms: 1, precision: 0.94, redLine: 1 },
  148: { recall: 0.81, falseAlarms: 4, precision: 0.88, redLine: 1 },
  149: { recall: 0.88, falseAlarms: 10, precision: 0.72, redLine: 1 },
  // Rounds 150–151 and the everyday rounds 152–153 (all first scored at 4b64b69, v58): v59 reaches recall 0.808 (126 of 156) /
  // 0.725 (145 of 200) / 0.897 (35 of 39) / 0.889 (32 of 36) (unchanged), precision 0.926 / 0.929 / 0.897 / 0.711 (were 0.92 /
  // 0.929 / 0.875 / 0.696), red lines 28/31, 27/29, 7/7 and 4/4 (unchanged; claimed as red lines 25, 24, 7 and 4); red-line wrong
  // claims on labelled drafts 4, 1, 0 and 1 (were 6, 1, 0 and 1); false alarms 1/46, 4/44, 4/98 and 9/100 (were 5/98 and 10/100
  // for 152 and 153), red lines on clean messages 0, 0, 1 and 0 (were 0, 0, 2 and 0). R1, R4, R5 and U1 on short routine
  // messages (decision 080), P5 on 朋友圈…删了吧 (4 drafts, all clean: under the bar), V2 on a 锦鲤 chain (2 drafts), P5 on
  // 那份…也在里面 and on 内部通个气 (1 draft each), TJ3 beside V3 and V3 on 评优秀楼栋长…红包 (TJ3), the rumours and TJ3 on
  // 办公经费…红包 stay (decision 094).
  150: { recall: 0.8, falseAlarms: 1, precision: 0.92, redLine: 0.9 },
  151: { recall: 0.72, falseAlarms: 4, precision: 0.92, redLine: 0.93 },
  152: { recall: 0.89, falseAlarms: 4, precision: 0.89, redLine: 1 },
  153: { recall: 0.88, falseAlarms: 9, precision: 0.71, redLine: 1 },
  // Rounds 154–155 and the everyday rounds 156–157 (all first scored at 16a3025, v59): v60 reaches recall 0.927 (139 of 150) /
  // 0.881 (148 of 168) / 0.907 (39 of 43) / 0.93 (40 of 43) (unchanged), precision 0.946 / 0.987 / 0.796 / 0.889 (were 0.946 /
  // 0.98 / 0.796 / 0.741), red lines 27/28, 27/29, 4/4 and 4/4 (unchanged; claimed as red lines 25, 24, 4 and 3); false alarms
  // 1/46, 0/44, 5/93 and 4/92 (were 1/44 for 155 and 8/92 for 157: a game reported to the discipline organ, r155-070, no TJ3;
  // 实操 no P2 or G2), red lines on clean messages 1, 0, 0 and 2 (were 1, 1, 0 and 2). R1, R4, R5, R3 and U1 on short routine
  // messages (decision 080), V3 on a transfer refused and reported under 我反映一个情况 (2 drafts: under the bar), RP2 on a
  // family's 抢到最少的…洗碗, the model's P5 and V2 claims, and TJ3 and P5 on 办公经费…红包 stay (decision 095).
  154: { recall: 0.92, falseAlarms: 1, precision: 0.94, redLine: 0.96 },
  155: { recall: 0.88, falseAlarms: 0, precision: 0.98, redLine: 0.93 },
  156: { recall: 0.9, falseAlarms: 5, precision: 0.79, redLine: 1 },
  157: { recall: 0.93, falseAlarms: 4, precision: 0.88, redLine: 1 },
  // Rounds 158–159 and the everyday rounds 160–161 (all first scored at a42349b, v60): v61 reaches recall 0.922 (141 of 153) /
  // 0.859 (152 of 177) / 0.804 (37 of 46) / 0.865 (45 of 52) (unchanged), precision 0.953 / 0.91 / 0.787 / 0.682 (were 0.946 /
  // 0.899 / 0.771 / 0.672), red lines 29/32, 32/34, 5/5 and 5/5 (unchanged; claimed as red lines 27, 30, 5 and 5); false alarms
  // 1/44, 2/43, 7/90 and 13/90 (were 1/44 and 3/43: a family's packets in 咱家群 beside 老板的红包我一律不收, r159-034, no TJ3;
  // a pennant kept and a packet sent back, r158-095, stays TJ3, the lead's review), and P6 no longer read on 群里说一声 / 直接在
  // 群里跟他说 (GROUP_SPEAK). R1, R4, R5, R3 and U1 on short routine messages (decision 080), P5 on 涉密内容 in a self-check notice
  // (r159-120, one draft), V3 beside TJ3 on votes bought with packets, and the model's claims stay (decision 096).
  158: { recall: 0.92, falseAlarms: 1, precision: 0.95, redLine: 0.9 },
  159: { recall: 0.85, falseAlarms: 2, precision: 0.91, redLine: 0.94 },
  160: { recall: 0.8, falseAlarms: 7, precision: 0.78, redLine: 1 },
  161: { recall: 0.86, falseAlarms: 13, precision: 0.68, redLine: 1 },
  // Rounds 162–163 and the everyday rounds 164–165 (all first scored at b449df0, v61): v62 reaches recall 0.872 (130 of 149) /
  // 0.925 (149 of 161) / 0.829 (34 of 41) / 0.846 (44 of 52) (unchanged), precision 0.942 / 0.949 / 0.85 / 0.759 (were 0.773
  // for 164), red lines 28/29, 31/31, 4/5 and 4/5 (unchanged; claimed as red lines 26, 29, 4 and 4), false alarms 2/46, 2/42,
  // 4/94 and 9/92 (were 7/94 for 164: a kindergarten's 手指操 / 手语操 no longer read as a curse, NOT_VULGAR_SENSE). No red-line
  // candidate met the bar without a leak the lead rejects: P5 on a 涉密文件 receipt report (r162-104), TJ3 on a refused packet reported
  // (r163-100: none of the 164 drafts of all sets with 红包 and 已退回 is TJ3, but the cancel is decision 096's, taken back), V2 on
  // a rumour brought to the lab for the answer (r165-046, one draft), the missed V2 on 刚看到个消息，说… (r164-055; 4 drafts, all
  // V2) and P5 on a control-room screen and a mediation document (r165-093, r162-053), and R1, R4, R5, R3 and U1 on short routine
  // messages (decision 080) stay (decision 097).
  162: { recall: 0.87, falseAlarms: 2, precision: 0.94, redLine: 0.96 },
  163: { recall: 0.92, falseAlarms: 2, precision: 0.94, redLine: 1 },
  164: { recall: 0.82, falseAlarms: 4, precision: 0.85, redLine: 0.8 },
  165: { recall: 0.84, falseAlarms: 9, precision: 0.75, redLine: 0.8 },
  // Rounds 166–167 and the everyday rounds 168–169 (all first scored at 3a4c3e3, v62): v63 reaches recall 0.899 (152 of 169) /
  // 0.91 (141 of 155) / 0.792 (38 of 48) / 0.795 (35 of 44) (unchanged), precision 0.987 / 0.934 / 0.826 / 0.795 (were 0.981 for
  // 166: 各位也都说说 no longer V2, VIEWS_ASKED; and 0.778 for 169), red lines 29/30, 32/32, 5/5 and 4/4 (unchanged), false alarms
  // 1/47, 2/45, 4/92 and 7/93 (were 8/93 for 169: 有疑问请打内线8012 no longer money beside 审批单, a TJ3 red line). Red lines on
  // clean messages left for their leaks or under the bar: V3 on a vote-buying report whose packet was 全额退还 (r166-022), P5 on a
  // 纪检组 notice with 举报人 and 截图 (r167-100), P5 on 执法记录仪视频 imported to an office computer (r168-016), V3 from the model
  // on a refusal (r168-095), RP2 on 线上分 (r169-031, one draft), P5 on a refused packet's 材料…就给你签字 (r169-049, two drafts);
  // and R1, R4, R5, R3 and U1 on short routine messages (decision 080) stay (decision 098).
  166: { recall: 0.89, falseAlarms: 1, precision: 0.98, redLine: 0.96 },
  167: { recall: 0.9, falseAlarms: 2, precision: 0.93, redLine: 1 },
  168: { recall: 0.79, falseAlarms: 4, precision: 0.82, redLine: 1 },
  169: { recall: 0.79, falseAlarms: 7, precision: 0.79, redLine: 1 },
  // Rounds 170–171 and the everyday rounds 172–173 (all first scored at 1553cc9, v63): v64 reaches recall 0.925 (135 of 146) /
  // 0.895 (154 of 172) / 0.727 (32 of 44) / 0.971 (34 of 35) (unchanged), precision 0.944 / 0.957 / 0.762 / 0.739 (were 0.9 and
  // 0.945 for 170 and 171), red lines 29/29, 31/32, 4/4 and 3/3 (unchanged), false alarms 1/45, 2/44, 4/93 and 5/100 (were 5/45
  // for 170: 价格监测 and a project's 总投资/完成投资 no longer an advert, PRICE_MONITORING and INVESTMENT_REPORTED; 水库边走了走 no
  // longer a person judged, 边 not a surname; and 3/44 for 171: a system's 页面截图 sent to the group no longer the model's P3).
  // Red lines on clean messages left for their leaks or under the bar: P5 on a notice forbidding leaders' 内部 itineraries and
  // photos (r170-095), P5 on 涉密材料 in a notice's title two sentences from 不在微信上传送 (r171-052), V3 on a 拉票线索 reported to
  // the 县纪委 (r171-100), P5 on a 命题分工表 sent to the director (r172-027, three drafts); and R1, R4, R5 on short routine
  // messages (decision 080) stay (decision 099).
  170: { recall: 0.92, falseAlarms: 1, precision: 0.94, redLine: 1 },
  171: { recall: 0.89, falseAlarms: 2, precision: 0.95, redLine: 0.96 },
  172: { recall: 0.72, falseAlarms: 4, precision: 0.76, redLine: 1 },
  173: { recall: 0.97, falseAlarms: 5, precision: 0.73, redLine: 1 },
  // Rounds 174–175 and the everyday rounds 176–177 (all first scored at 8ebd2f0, v64): v65 reaches recall 0.861 (142 of 165) /
  // 0.897 (140 of 156) / 0.882 (45 of 51) / 0.851 (40 of 47) (unchanged), precision 0.973 / 0.972 / 0.672 / 0.8 (was 0.966 for
  // 174), red lines 28/31, 28/30, 5/5 and 5/5 (unchanged), false alarms 2/48, 2/46, 14/91 and 4/94 (were 3/48 for 174: a chain
  // letter debunked with 别再转了 no longer the model's P3). Red lines on clean messages left for their leaks or under the bar: the
  // model's P5 on 走内部流程 (r174-055, one draft), P5 on 涉密信息 in a 保密自查 notice (r175-103, its cancel's leak a leak), TJ3 on a
  // supplier's card reported and 送到纪检办公室 (r176-090, its cancel's leak a bribe kept); and R1, R4, R5 on short routine messages
  // (decision 080) stay (decision 100).
  174: { recall: 0.86, falseAlarms: 2, precision: 0.97, redLine: 0.9 },
  175: { recall: 0.89, falseAlarms: 2, precision: 0.97, redLine: 0.93 },
  176: { recall: 0.88, falseAlarms: 14, precision: 0.67, redLine: 1 },
  177: { recall: 0.85, falseAlarms: 4, precision: 0.8, redLine: 1 },
  // Rounds 178–179 and the everyday rounds 180–181 (all first scored at b0f7af9, v65): v66 reaches recall 0.849 (124 of 146) /
  // 0.909 (140 of 154) / 0.897 (35 of 39) / 0.816 (40 of 49) (unchanged), precision 0.925 / 0.972 / 0.673 / 0.714 (were 0.919,
  // 0.966 and 0.66 for 178–180: likes collected with a red packet (集个赞) no V3 by rule, the model's V3 on a 推荐表 asked for and
  // its V1 on a 模板 shared no longer red lines), red lines 26/28, 25/30, 4/4 and 5/7 (unchanged), false alarms 1/44, 0/44, 9/95
  // and 8/88 (unchanged). The red line on a clean message left: P5 on 内部资料 in a reply that keeps it off the group (r178-073,
  // one draft with 不宜发群); the everyday rounds' false alarms are all R1, R4, R5 on short routine messages (decision 080) and
  // stay (decision 101).
  178: { recall: 0.84, falseAlarms: 1, precision: 0.92, redLine: 0.92 },
  179: { recall: 0.9, falseAlarms: 0, precision: 0.97, redLine: 0.83 },
  180: { recall: 0.89, falseAlarms: 9, precision: 0.67, redLine: 1 },
  181: { recall: 0.81, falseAlarms: 8, precision: 0.71, redLine: 0.71 },
  // Rounds 182–183 and the everyday rounds 184–185 (all first scored at fd97b94, v66): v67 reaches recall 0.877 (143 of 163) /
  // 0.910 (161 of 177) / 0.814 (35 of 43) / 0.902 (37 of 41) (unchanged), precision 0.986 / 0.970 / 0.833 / 0.804 (were 0.958
  // and 0.755 for 183 and 185: a report signed with a given name after its full stop (…在路上。一鸣, …是否方便？志远) no R5, and
  // the model's V1 on a list put in the group's files (名单放群文件了) no red line), red lines 32/34, 31/32, 6/6 and 6/6
  // (unchanged), false alarms 0/44, 1/44, 5/90 and 7/95 (were 2/44 and 9/95). The everyday rounds' false alarms left: R1, R4, R5
  // on short routine messages (decision 080), TJ2 on 好看 in two posts, P4 on a child's test score, G1 on a screenshot told to be
  // deleted and the model's P4 and P2 on a privacy warning and a joke (decision 102).
  182: { recall: 0.87, falseAlarms: 0, precision: 0.98, redLine: 0.94 },
  183: { recall: 0.9, falseAlarms: 1, precision: 0.96, redLine: 0.96 },
  184: { recall: 0.81, falseAlarms: 5, precision: 0.83, redLine: 1 },
  185: { recall: 0.9, falseAlarms: 7, precision: 0.8, redLine: 1 },
  // Rounds 186–187 and the everyday rounds 188–189 (all first scored at a590072, v67): v68 reaches recall 0.882 (149 of 169) /
  // 0.881 (148 of 168) / 0.840 (42 of 50) / 0.904 (47 of 52) (unchanged), precision 0.968 / 0.980 / 0.778 / 0.825 (were 0.961,
  // 0.764 and 0.810 for 186, 188 and 189: a report of vote-buying to a superior (…发红包拉票一事，报告如下; REPORT_MADE's 拉票一事) and a treat waved away
  // beside a vote (红包和酒就免了, 奶茶就免了) no V3 red line), red lines 29/31, 29/33, 6/6 and 6/6 (unchanged), false alarms 1/43,
  // 2/45, 9/93 and 6/91 (were 2/43, 10/93 and 7/91). The everyday rounds' false alarms left: R1, R4, R5 and U1 on short routine
  // messages (decision 080), TJ3 on a red packet returned beside 心意 (r188-051, the lead's review of decision 096), TJ3 on a
  // wedding gift to a colleague, TJ2 on 好看 of a child's writing and R3 on a duty report (decision 103).
  186: { recall: 0.88, falseAlarms: 1, precision: 0.96, redLine: 0.93 },
  187: { recall: 0.88, falseAlarms: 2, precision: 0.98, redLine: 0.87 },
  188: { recall: 0.84, falseAlarms: 9, precision: 0.77, redLine: 1 },
  189: { recall: 0.9, falseAlarms: 6, precision: 0.82, redLine: 1 },
  // Rounds 190–191 and the everyday rounds 192–193 (all first scored at 8c5a930, v68): v69 reaches recall 0.911 (133 of 146) /
  // 0.712 (136 of 191; round 191's writer labelled heavily) / 0.792 (19 of 24) / 0.906 (29 of 32) (unchanged), precision 0.924 /
  // 0.965 / 0.559 / 0.580 (was 0.569 for 193: U1 on work under way as it is sent — 人到齐了，按分片开扫 at 05:25 — a suggestion;
  // SEND_TIME.underway), red lines 28/28, 29/32, 1/1 and 4/4 (unchanged), false alarms 3/44, 2/43, 11/102 and 17/100 (was
  // 18/100). The false alarms left: R1, R4, R5 and R3 on short routine messages and notices (decision 080), P5 red lines on
  // 别往外传 in a rumour put down (r190-078, as r186-083), on 暂无涉密事项 (r190-080), on 那份…给他打个电话 (r192-049) and the model's
  // (r190-041, r193-086), P4 on 工资 and 血压高, P6 on 群里说, R5 on a leave asked and U1 on a 03:50 call-out (decision 104).
  190: { recall: 0.91, falseAlarms: 3, precision: 0.92, redLine: 1 },
  191: { recall: 0.71, falseAlarms: 2, precision: 0.96, redLine: 0.9 },
  192: { recall: 0.79, falseAlarms: 11, precision: 0.55, redLine: 1 },
  193: { recall: 0.9, falseAlarms: 17, precision: 0.58, redLine: 1 },
  // Rounds 194–195 and the everyday rounds 196–197 (all first scored at bcbfa30, v69): v70 reaches recall 0.906 (144 of 159; was
  // 0.899: G2 on 我拉了个朋友进群, r194-015) / 0.889 (136 of 153; was 0.882: G2 on 彩印厂的钱总, r195-066) / 0.902 (37 of 41; was 0.878:
  // G2 on 我拉了饲料公司的刘经理进群, r196-114) / 0.75 (33 of 44; was 0.705: TJ3 on a packet 买包烟 beside thanks, r197-028),
  // precision 0.941 / 0.978 (was 0.971: no TJ3 on 报告一件事…退回, r195-050) / 0.949 / 0.892, red lines 29/29, 27/27, 3/3 and 5/5
  // (was 4/5), false alarms 2/48, 1/45 (was 2/45), 1/96 and 3/96 (decision 105). The false alarms left: RP2 on 红包接龙 in a
  // self-check item (r194-101), G1 on a screenshot refused (r194-108, r195-104), P5 on 不要往外传 in a rumour put down (r196-043), G4
  // on 好，周一看 and 祝贺 read as an address alone (r197-091, r197-096) and TJ1 on 关照关照 (r197-114).
  194: { recall: 0.9, falseAlarms: 2, precision: 0.94, redLine: 1 },
  195: { recall: 0.88, falseAlarms: 1, precision: 0.97, redLine: 1 },
  196: { recall: 0.9, falseAlarms: 1, precision: 0.94, redLine: 1 },
  197: { recall: 0.75, falseAlarms: 3, precision: 0.89, redLine: 1 },
  // Rounds 198–199 and the everyday rounds 200–201 (all first scored at a984156, v70): v71 reaches recall 0.908 (148 of 163; was
  // 0.883: TJ3 on a firm's gift card handed round, 王总给咱科每人送了…大家自己领一下, r198-041) / 0.877 (157 of 179) / 0.696 (32 of
  // 46) / 0.892 (33 of 37), precision 0.967 (was 0.960: no RP2 on 报告一条线索, r198-107) / 0.975 / 0.865 / 0.846, red lines 30/30
  // (was 29/30), 31/31, 4/5 and 5/5, false alarms 1/42 (was 2/42), 1/46, 2/90 and 5/97 (decision 106). The false alarms left: G2
  // and P9 on a notice that stops 集赞 campaigns (r198-101), the model's P5 on a notice that keeps a list off the group (r199-109),
  // P4 on a colleague's illness in a visit notice (r200-066), R1 on a request for the day's reports (r200-082), R4 on two notices
  // (r201-024, r201-119; R4 by the second reader), TJ3 on 模板已转你邮箱 (r201-033), TJ2 on a complaint (r201-045) and P4 on a
  // duty roster (r201-093). Round 200's red line missed: P5 on a plan of works not yet published (r200-067; under the bar).
  198: { recall: 0.9, falseAlarms: 1, precision: 0.96, redLine: 1 },
  199: { recall: 0.87, falseAlarms: 1, precision: 0.97, redLine: 1 },
  200: { recall: 0.69, falseAlarms: 2, precision: 0.86, redLine: 0.8 },
  201: { recall: 0.89, falseAlarms: 5, precision: 0.84, redLine: 1 },
  // Rounds 202–203 and the everyday rounds 204–205 (all first scored at 367e8e8, v71): v72 reaches recall 0.893 (142 of 159) /
  // 0.928 (142 of 153) / 0.944 (34 of 36) / 0.769 (30 of 39; was 0.718: V3 on a meal promised for the appraisal, 下周测评的时候多关照
  // 关照啊，回头请你吃饭, r205-077), precision 0.934 (was 0.928: no TJ3 on a discipline bulletin, 关于一起违规收受微信红包问题的通报,
  // r202-120) / 0.959 / 0.680 / 0.857 (was 0.824: no P5 on 内部资料，不能走微信, r205-071), red lines 26/28, 30/30, 2/2 and 3/3 (was
  // 2/3), false alarms 3/44 (was 4/44), 0/43, 8/96 and 2/96 (was 3/96) (decision 107). The false alarms left: the model's P5 on two
  // progress reports (r202-012, r202-037) and its WH1 on a pledge collected (r202-101); R1/R5 on short requests (r204-057, r204-064,
  // r204-074, r204-100, r204-115, r205-075, r205-097; decision 080), the model's P9 on a child's drawing voted for (r204-026), U1 on a
  // parent's leave note (r204-098) and the model's V1 with R1/R4 on a note about slides (r204-080; R1 by the second reader). Round
  // 202's red lines missed: V2 on a rumour of year-end bonuses scrapped (r202-067, the one draft of all sets of its kind) and V2 on a
  // colleague's rise told as hearsay (r202-036, the writer's alone).
  202: { recall: 0.89, falseAlarms: 3, precision: 0.93, redLine: 0.92 },
  203: { recall: 0.92, falseAlarms: 0, precision: 0.95, redLine: 1 },
  204: { recall: 0.94, falseAlarms: 8, precision: 0.67, redLine: 1 },
  205: { recall: 0.76, falseAlarms: 2, precision: 0.85, redLine: 1 },
  // Rounds 206–207 and the everyday rounds 208–209 (all first scored at 91c5267, v72): v73 reaches recall 0.907 (146 of 161) /
  // 0.925 (136 of 147) / 0.921 (35 of 38) / 0.833 (30 of 36), precision 0.986 / 0.958 (was 0.944: no V3 on a lead of vote-buying
  // reported, 拉票问题线索报告如下, r207-060; no G1 on a screenshot refused, 不便截图发给你, r207-023) / 0.946 / 0.714 (was 0.682: no P4
  // on faces masked, 正脸的都打了码, r209-057; no G1 on a packet refused and reported, 跟您报备一下, r209-069), red lines 29/30, 26/26,
  // 4/4 and 2/2, false alarms 1/44, 1/45 (was 3/45), 1/95 and 8/97 (was 10/97) (decision 108). The false alarms left: TJ3 on an
  // e-card code sent back (已原样发回给您, r206-088, the one draft of all sets with 原样发回), P5 on a report saying it holds nothing
  // secret (无涉密内容, r207-069), U1 on a 收到 sent late (r208-038); R1/R5 on short messages (r209-017, r209-049, r209-072,
  // r209-108, r209-109; decision 080), R5 on a notice signed above its link (r209-096), P5 on a summary sent by mail after a meeting
  // (刚开完会才看到，总结材料已发您邮箱, r209-062) and the model's V2 on a hearsay disclaimer alone (r209-076). Round 206's red line
  // missed: TJ3 on packets won from shop owners who let him win (故意让着我, r206-096, RP2 claimed; two drafts of all sets).
  206: { recall: 0.9, falseAlarms: 1, precision: 0.98, redLine: 0.96 },
  207: { recall: 0.92, falseAlarms: 1, precision: 0.95, redLine: 1 },
  208: { recall: 0.92, falseAlarms: 1, precision: 0.94, redLine: 1 },
  209: { recall: 0.83, falseAlarms: 8, precision: 0.71, redLine: 1 },
  // Rounds 210–211 and the everyday rounds 212–213 (all first scored at c49cc42, v73): v74 reaches recall 0.913 (147 of 161, was
  // 0.894: V2 on a false claim pushed with a curse, 全部清零, r210-043) / 0.855 (147 of 172) / 0.75 (39 of 52) / 0.732 (30 of 41),
  // precision 0.967 (was 0.941: no P5 on a notice of how secret files are read, 不拍照、不复印, r210-071; no G2/P9 on a 集赞 campaign
  // refuted, r210-094; no RP2 on gambling reported, 报告一件事, r210-097) / 0.961 (was 0.955: no V2 on a likes contest urged on, 集满…
  // 转起来, r211-018) / 0.975 / 0.638, red lines 29/30 (was 28/30), 27/28, 5/5 and 1/3, false alarms 0/44 (was 3/44), 0/44, 0/89
  // and 9/96 (decision 109). Left: round 213's R1/R4 on short messages and notices (decision 080), U1 on gas-leak reports sent at
  // night (r213-051, r213-052), its red lines missed (P5 on a pipe-network map, 管网总图, r213-060, three of four drafts P5; V2 on a
  // price rise heard, r213-086, three drafts), round 210's TJ3 beside RP2 (好商量, r210-107) and round 211's P5 on a password
  // posted (r211-091) and V1 on 懂的都懂 said of colleagues (r211-074).
  210: { recall: 0.91, falseAlarms: 0, precision: 0.96, redLine: 0.96 },
  211: { recall: 0.85, falseAlarms: 0, precision: 0.96, redLine: 0.96 },
  212: { recall: 0.75, falseAlarms: 0, precision: 0.97, redLine: 1 },
  213: { recall: 0.73, falseAlarms: 9, precision: 0.63, redLine: 0.33 },
  // Rounds 214–215 and the everyday rounds 216–217 (all first scored at 59c8b69, v74): v75 reaches recall 0.868 (125 of 144) /
  // 0.895 (136 of 152, was 0.882: TJ3 on gift cards bought from the meeting budget, 会议费, r215-105) / 0.878 (43 of 49) / 0.756
  // (34 of 45), precision 0.954 (was 0.947: no V3 on a canvassing link declined, 不参与、不转发, r214-095) / 0.965 (was 0.957: no
  // V3 on canvassing reported by one who did not take the packet, 我未领取，已截图保存, r215-108) / 0.741 / 0.895, red lines 27/28,
  // 29/29 (was 28/29), 5/5 and 5/7, false alarms 2/46 (was 3/46), 1/45 (was 2/45), 11/89 and 1/92 (decision 110). Left: TJ3 on a
  // bribe refused and reported (报告一条线索…红包已自动退回, r214-074) and P5 on gambling reported, signed 举报人 (r215-073), both
  // cancels that let a guarded leak through; round 216's R1/R5 on short messages (decision 080) and U1 on a late arrival told at
  // 07:40 (r216-114); round 214's P4 on a notice's list of papers (r214-001), P5 missed on a password posted beside 登记系统
  // (r214-105) and V3 for TJ3 on 职称推荐 (r214-046); round 217's P5 on a map with coordinates posted (r217-110) and V2 on a reform
  // heard and asked about (r217-084).
  214: { recall: 0.86, falseAlarms: 2, precision: 0.95, redLine: 0.96 },
  215: { recall: 0.89, falseAlarms: 1, precision: 0.96, redLine: 1 },
  216: { recall: 0.87, falseAlarms: 11, precision: 0.74, redLine: 1 },
  217: { recall: 0.75, falseAlarms: 1, precision: 0.89, redLine: 0.71 },
  // Rounds 218–219 and the everyday rounds 220–221 (first scored at e066888, v75), rounds 222–223 and the everyday rounds 224–225
  // (first scored at 8bb5c45, v75; both sets' checker a9189c3's): v76 reaches recall 0.915 (161 of 176) / 0.901 (136 of 151) /
  // 0.806 (29 of 36) / 0.816 (31 of 38) / 0.861 (143 of 166) / 0.864 (153 of 177) / 0.706 (24 of 34) / 0.914 (32 of 35), precision
  // 0.976 (was 0.970: no V1 from the model on a colleague's post reported, 报告一个情况, r218-116) / 0.978 (was 0.971: no V3 from the
  // model on a packet not taken, 我没领，也请你别再这样, r219-088) / 0.659 / 0.756 / 0.973 / 0.950 (was 0.939: no TJ3 or V3 under a
  // report's title line, 的情况报告。/的情况反映。, r223-024 and r223-100) / 0.706 / 0.8, red lines 28/29, 28/29, 1/2, 3/3, 27/30,
  // 31/34, 1/3 and 3/3, false alarms 0/43 (was 1/43), 1/44 (was 2/44), 7/101, 5/95, 2/45, 2/44 (was 4/44), 6/98 and 4/95 (decision
  // 111). Left: R1 on an address led by a hotline's number (120指挥中心全体人员：, r223-061, r223-102; three drafts of all sets); TJ3
  // missed on a packet thanked from 王老板 (r220-095; jieba's 王老板 hides FIRM_PACKET_THANKED's 老板) and on an offer taken from 晨晨妈妈
  // (r224-090; KIN's 妈妈); RP2/TJ3 on 您转的2000收到了 (r223-097), TJ3 on 年货 asked of a firm (r222-075), P5 on checkpoints told
  // (r218-014), V1 in a work report (r222-114): under the bar or not reached; decision 080's R1/R5 form claims.
  218: { recall: 0.91, falseAlarms: 0, precision: 0.97, redLine: 0.96 },
  219: { recall: 0.9, falseAlarms: 1, precision: 0.97, redLine: 0.96 },
  220: { recall: 0.8, falseAlarms: 7, precision: 0.65, redLine: 0.5 },
  221: { recall: 0.81, falseAlarms: 5, precision: 0.75, redLine: 1 },
  222: { recall: 0.86, falseAlarms: 2, precision: 0.97, redLine: 0.9 },
  223: { recall: 0.86, falseAlarms: 2, precision: 0.95, redLine: 0.91 },
  224: { recall: 0.7, falseAlarms: 6, precision: 0.7, redLine: 0.33 },
  225: { recall: 0.91, falseAlarms: 4, precision: 0.8, redLine: 1 },
  // Rounds 226–227 and the everyday rounds 228–229 (first scored at 9ddbc87, v76; its checker 9a4b2da's): v77 reaches recall 0.849
  // (157 of 185) / 0.921 (140 of 152) / 0.75 (36 of 48) / 0.947 (36 of 38), precision 0.987 / 0.94 / 0.783 / 0.72 (was 0.706: no P4
  // on an ID number asked out of the group, 撤回一下, r229-034), red lines 27/28, 28/28, 4/5 and 3/3, false alarms 0/45, 2/43, 6/97
  // and 9/96 (was 10/96) (decision 112). Round 220 (decision 111) gains TJ3 on 谢谢王老板的红包 (r220-095): recall 0.889, red lines
  // 2/2; its guard above is left as it was. Left: V2 on a refutation notice (不转发未经证实的消息, r227-062; 未经证实 alone leaks a
  // rumour passed on with a disclaimer), TJ3 on 小宇他妈…就先收着了 (r228-077; P2 and KIN read 他妈), V2 on a new fee heard of
  // (r226-061), decision 080's R1/R5 form claims.
  226: { recall: 0.84, falseAlarms: 0, precision: 0.98, redLine: 0.96 },
  227: { recall: 0.92, falseAlarms: 2, precision: 0.93, redLine: 1 },
  228: { recall: 0.75, falseAlarms: 6, precision: 0.78, redLine: 0.8 },
  229: { recall: 0.94, falseAlarms: 9, precision: 0.71, redLine: 1 },
  // Rounds 230–231 and the everyday rounds 232–233 (first scored at 42650e5, v77; its checker f9bbe3f's): v78 reaches recall 0.821
  // (151 of 184; was 0.815: XY1 on a ban on leaving the group, 调离我所的同志一律不准退群, r230-098) / 0.868 (145 of 167) / 0.846 (33 of
  // 39) / 0.921 (35 of 38), precision 0.95 / 0.98 (was 0.973: no P4 on a crop disease's photo, 赤霉病病穗, r231-118) / 0.767 / 0.946,
  // red lines 29/31, 26/27, 3/3 and 1/2, false alarms 3/43, 1/45 (was 2/45), 4/96 and 2/95 (decision 113). Rounds 220, 228 and 229
  // lose R3 on a duty roster (值班安排如下; false alarms 7 → 6, 6 → 5, 9 → 8); their guards above are left as they were. Left: the
  // four red lines missed (P5 on an escort's route and plates, r230-075; P5 on a resident list sent to a relative, r230-101; TJ3 on a
  // firm boss's packet in the group before a filing, r231-023; V2 on a demolition rumour, r233-022), decision 080's R1/R4/R5 form claims.
  230: { recall: 0.82, falseAlarms: 3, precision: 0.94, redLine: 0.93 },
  231: { recall: 0.86, falseAlarms: 1, precision: 0.97, redLine: 0.96 },
  232: { recall: 0.84, falseAlarms: 4, precision: 0.76, redLine: 1 },
  233: { recall: 0.92, falseAlarms: 2, precision: 0.94, redLine: 0.5 },
  // Rounds 234–235 and the everyday rounds 236–237 (first scored at ac9c9a1, v78; its checker 65951c8's): v79 reaches recall 0.879
  // (145 of 165; was 0.873: G7 on a matter to be settled in the group, 今天就在群里定下来, r234-037) / 0.838 (140 of 167) / 0.784 (29 of
  // 37) / 0.927 (38 of 41), precision 0.967 (was 0.954: no V2 on 我在群里说一下 with everyone's views asked, r234-037; no TJ3 on a packet
  // refused and reported under 现实名反映, r234-025) / 0.959 / 0.784 / 0.717, red lines 27/29, 29/30, 5/6 and 5/5, false alarms 3/46
  // (was 4/46), 1/44, 6/96 and 11/94 (decision 114). Rounds 214, 215, 227 and 230 gain G7 on a matter settled in WeChat or the group;
  // their guards above are left as they were. Left: the three red lines missed (V2 on a rumour of spies caught, r235-051; V3 on a vote
  // link with a gift, r234-077; TJ3 on a packet pressed on a troupe, 别推辞, r236-075), decision 080's R1/R4/R5 form claims.
  234: { recall: 0.87, falseAlarms: 3, precision: 0.96, redLine: 0.93 },
  235: { recall: 0.83, falseAlarms: 1, precision: 0.95, redLine: 0.96 },
  236: { recall: 0.78, falseAlarms: 6, precision: 0.78, redLine: 0.83 },
  237: { recall: 0.92, falseAlarms: 11, precision: 0.71, redLine: 1 },
  // Rounds 238–239 and the everyday rounds 240–241 (first scored at 6b90b31, v79; its checker 2f08d5f's): v80 reaches recall 0.897
  // (122 of 136) / 0.839 (135 of 161) / 0.838 (31 of 37) / 0.897 (35 of 39), precision 0.984 (was 0.968: no RP2 on a notice that forbids
  // red-packet gambling with 不参加, r238-085) / 0.951 (was 0.944: no G2 on an outsider already taken out of the group, r239-051) / 0.674
  // (was 0.660: no P5 by the model on a superior's 两点意见 on a plan, r240-091) / 0.814, red lines 26/27, 25/29, 3/4 and 3/4, false
  // alarms 1/47 (was 2/47), 2/47 (was 3/47), 10/96 (was 11/96) and 3/96 (decision 115). Rounds 143, 218 and 235 gain G4 on a doubled
  // ping after a name (在吗在吗); their guards above are left as they were. Left: round 239's four red lines missed (TJ3 on a transfer
  // to an inspector, r239-073; r239-031/-068's TJ3 beside V3 and r239-066's V2, the writer's alone), decision 080's form claims.
  238: { recall: 0.89, falseAlarms: 1, precision: 0.98, redLine: 0.96 },
  239: { recall: 0.83, falseAlarms: 2, precision: 0.95, redLine: 0.86 },
  240: { recall: 0.83, falseAlarms: 10, precision: 0.67, redLine: 0.75 },
  241: { recall: 0.89, falseAlarms: 3, precision: 0.81, redLine: 0.75 },
  // Rounds 242–243 and the everyday rounds 244–245 (first scored at 6c4f12b, v80): v81 reaches recall 0.859 (152 of 177; was 0.853: G7
  // on a tangle to be settled 在群里讨论出个结论, r242-106) / 0.925 (135 of 146) / 0.884 (38 of 43) / 0.828 (24 of 29), precision 0.974
  // (was 0.962: no TJ3 on a transfer refused and reported with 报告一事, r242-090; no V1 by the model on a packet 已点退回, r242-074) /
  // 0.964 (was 0.951: no P5 or WH1 by the model on a 签约仪式 notice in the 第一会议室, r243-001) / 0.905 / 0.828, red lines 28/28, 30/30,
  // 7/7 and 2/2, false alarms 1/43 (was 3/43), 1/46 (was 2/46), 3/95 and 3/100 (decision 116). Rounds 77, 93, 131 and 166 gain G4 or
  // G7; their guards above are left as they were. Left: V3 on a report of another's packets (r243-062), P5 by the model on a duty
  // roster's draft (r244-100), decision 080's form claims.
  242: { recall: 0.85, falseAlarms: 1, precision: 0.97, redLine: 1 },
  243: { recall: 0.92, falseAlarms: 1, precision: 0.96, redLine: 1 },
  244: { recall: 0.88, falseAlarms: 3, precision: 0.9, redLine: 1 },
  245: { recall: 0.82, falseAlarms: 3, precision: 0.82, redLine: 1 },
  // Rounds 246–247 and the everyday rounds 248–249 (first scored at 19a3d56, v81): v82 reaches recall 0.895 (145 of 162) / 0.850 (130
  // of 153; was 0.830: TJ3, RP1 and ZJ2 on a packet kept with a polite 心意我领了, r247-010) / 0.923 (36 of 39) / 0.786 (44 of 56),
  // precision 0.973 / 0.985 (was 0.962: no P5 on a secret file 不在微信上传, r247-016; no RP2 by the model on a game declined, r247-034,
  // or reported, r247-096) / 1 / 0.917 (was 0.898: no P6 on 听说汤不错, r249-098), red lines 32/32, 25/27 (was 24/27), 3/3 and 5/7,
  // false alarms 1/45, 0/43 (was 3/43), 0/95 and 1/89 (was 2/89) (decision 117). Left: G1 on a screenshot rule
  // explained (r246-086), G2/P8 on a branch's report (r249-015), V2 claimed only as P6 (r247-031, r247-090), P5 missed on r249-043
  // and r249-066.
  246: { recall: 0.89, falseAlarms: 1, precision: 0.97, redLine: 1 },
  247: { recall: 0.84, falseAlarms: 0, precision: 0.98, redLine: 0.92 },
  248: { recall: 0.92, falseAlarms: 0, precision: 1, redLine: 1 },
  249: { recall: 0.78, falseAlarms: 1, precision: 0.91, redLine: 0.71 },
  // Rounds 250–251 and the everyday rounds 252–253 (first scored at b345b62, v82): v83 reaches recall 0.868 (138 of 159) / 0.914 (149
  // of 163) / 0.884 (38 of 43) / 0.878 (36 of 41) as at v82, precision 0.945 (was 0.939: TJ3, no V3, on a gift with 考核打分, r250-053)
  // / 0.949 / 0.927 (was 0.884: no P5 by the model on options before a superior with 请您定, r252-039; no TJ3 on 改天请您喝茶, r252-074)
  // / 0.9 (was 0.857: no G1 on 私聊截图不要往群里发, r253-057; no P5 by the model on 终于把…初稿写完了, r253-116), red lines 25/30, 27/27,
  // 4/5 and 2/2, false alarms 2/44, 2/45, 1/91 (was 3/91) and 3/98 (was 5/98) (decision 118). Left: P4 on an evidence rule (r250-061),
  // P5 on a question whether a plan is secret (r250-111), P4 by the model on a daily report (r251-058), G1 on a report to the
  // discipline organ (r251-103), P8 on a parking space sought (r253-038), P9 on 砍一刀 asked withdrawn (r253-074); red lines missed
  // on r250-009, r250-035, r250-041, r250-067, r250-068 and r252-076.
  250: { recall: 0.86, falseAlarms: 2, precision: 0.94, redLine: 0.83 },
  251: { recall: 0.91, falseAlarms: 2, precision: 0.94, redLine: 1 },
  252: { recall: 0.88, falseAlarms: 1, precision: 0.92, redLine: 0.8 },
  253: { recall: 0.87, falseAlarms: 3, precision: 0.9, redLine: 1 },
  // Rounds 254–255 and the everyday rounds 256–257 (first scored at 111c677, v83): v84 reaches recall 0.901 (136 of 151; was 135: the
  // P5 red line on the complainant named to the firm he reported, r254-102) / 0.870 (141 of 162; was 139: V2 and P6 on a repost of a
  // dam-crack alarm 来源：朋友的朋友, r255-022) / 0.813 (39 of 48; was 38: V2 on a repost 有没有人知道是真的假的, r256-030) / 0.784 (29 of
  // 37), precision 0.965 / 0.966 / 0.848 (was 0.826: no G2 by the model on r256-030) / 0.784 (was 0.763: no P2 on 刘奶奶的照片, r257-115),
  // red lines 28/28 (was 27/28), 27/29 (was 26/29), 4/4 (was 3/4) and 4/4, false alarms 1/43, 0/48, 2/94 and 3/96 (was 4/96)
  // (decision 119). Left: P5 on a question to the secrecy office (r254-093), G4 on 在吗 before an invitation (r256-086), TJ3 on an
  // errand 回来给钱 (r256-108), U1 on 收到 at 22:41 and R5 on a duty report (r257-031, r257-102; decision 080), P4 on 老人档案
  // assigned (r257-079); red lines missed on r255-075 and r255-090.
  254: { recall: 0.9, falseAlarms: 1, precision: 0.96, redLine: 1 },
  255: { recall: 0.87, falseAlarms: 0, precision: 0.96, redLine: 0.93 },
  256: { recall: 0.81, falseAlarms: 2, precision: 0.84, redLine: 1 },
  257: { recall: 0.78, falseAlarms: 3, precision: 0.78, redLine: 1 },
  // Rounds 258–259 and the everyday rounds 260–261 (first scored at 7f9d623, v83; studied at v84): v85 reaches recall 0.906 (144 of
  // 159; was 142: V3 and ZJ1 on a voice message gathering the confidential clerks' votes for a deputy section chief's post, r258-105) /
  // 0.954 (144 of 151) / 0.919 (34 of 37) / 0.907 (49 of 54), precision 0.947 (was 0.940) / 0.973 (was 0.966) / 1 / 0.778, red lines
  // 30/31 (was 29/31), 30/30, 5/5 and 6/7, false alarms 2/46 (was 3/46: no P5 on 涉密文件一律入柜, r258-046), 1/46 (was 2/46: no P5 on
  // 内部材料，我不方便截图发你, r259-094), 0/95 and 5/89 (decision 120). Left: P5 on a weekly report of 机要文件收发 (r258-060), WH1 on
  // an inspection notice (r258-086), TJ1 on a report of a hometown group (r259-097), P9 and TJ1 on a child's contest vote (r261-089),
  // P4 on 局里…检查报告 (r261-096), R1/R5 form claims (r261-084, r261-105, r261-113; decision 080); red lines missed on r258-012 (the
  // writer's only) and r261-029.
  258: { recall: 0.9, falseAlarms: 2, precision: 0.94, redLine: 0.96 },
  259: { recall: 0.95, falseAlarms: 1, precision: 0.97, redLine: 1 },
  260: { recall: 0.91, falseAlarms: 0, precision: 1, redLine: 1 },
  261: { recall: 0.9, falseAlarms: 5, precision: 0.77, redLine: 0.85 },
  // Rounds 262–263 and the everyday rounds 264–265 (first scored at 977ae4d, v84; studied at v85): v86 reaches recall 0.885 (146 of
  // 165) / 0.902 (138 of 153) / 0.909 (50 of 55) / 0.921 (35 of 38), precision 0.924 / 0.986 (was 0.979) / 0.980 (was 0.926) /
  // 0.897, red lines 34/34, 27/28, 5/5 and 5/5, false alarms 2/46, 0/44 (was 1/44: no P5 on 不在微信上传送, r263-010), 1/90 (was
  // 4/90: U1 a suggestion on 收到，已到园 at 07:35, 收到 at 06:46 and 饲养班收到，七点半到 at 06:50, r264-048, -086, -087) and 1/94
  // (decision 121). Left: P5 on complete notices (r262-001, r262-077) and on a request for a scanned contract (r264-078), R5 on a
  // reply with a screenshot (r265-035; decision 080); the red line missed on r263-115 (V2, claimed only as a P5 red line).
  262: { recall: 0.88, falseAlarms: 2, precision: 0.92, redLine: 1 },
  263: { recall: 0.9, falseAlarms: 0, precision: 0.98, redLine: 0.96 },
  264: { recall: 0.9, falseAlarms: 1, precision: 0.98, redLine: 1 },
  265: { recall: 0.92, falseAlarms: 1, precision: 0.89, redLine: 1 },
  // Rounds 266–267 and the everyday rounds 268–269 (first scored at 948df27, v85; studied at v86): v87 reaches recall 0.879 (131 of
  // 149) / 0.902 (148 of 164) / 0.900 (36 of 40) / 0.900 (45 of 50), precision 0.885 (was 0.879) / 0.980 / 0.878 / 0.882, red
  // lines 29/30, 27/28, 4/4 and 7/7, false alarms 5/48 (was 6/48: no V3 on a vote-buying clue found and reported, r266-030),
  // 0/47, 2/93 and 2/87 (decision 122). Left: TJ3 on three refused red packets beside 巡察 (r266-008, -088, -094), G1 on a refused
  // screenshot (r266-075), R5 on a forwarded rebuttal (r266-091; decision 080) and the everyday ones; the red lines missed on
  // r266-051 (V2, a TJ2 suggestion) and r267-019 (V2, claimed only as a P5 red line).
  266: { recall: 0.87, falseAlarms: 5, precision: 0.88, redLine: 0.96 },
  267: { recall: 0.9, falseAlarms: 0, precision: 0.98, redLine: 0.96 },
  268: { recall: 0.9, falseAlarms: 2, precision: 0.87, redLine: 1 },
  269: { recall: 0.9, falseAlarms: 2, precision: 0.88, redLine: 1 },
  // Rounds 270–271 and the everyday rounds 272–273 (first scored at 647011b, v86; studied at v87): v88 reaches recall 0.908 (157
  // of 173) / 0.907 (136 of 150) / 0.861 (31 of 36) / 0.762 (32 of 42), precision 0.975 (was 0.957) / 0.971 / 0.633 / 0.821 (was
  // 0.800), red lines 28/30, 29/30, 2/2 and 3/3, false alarms 1/44 (was 4/44: r270-033, -060, -119; r270-118 left), 0/48, 9/96 and
  // 3/94 (was 4/94: r273-055) (decision 123). Left: r270-118 (P5 on a rumour rebutted; the cancel tried leaked), round 272's and
  // 273's other false alarms (R1/R4/R5 claims of decision 080, the model's P5 on r272-079, P5 on a template sent, r273-017, P3 on
  // a chain letter refused, r272-036, P6 on a merchant's slander reported, r272-050, P4 on a contact's number, r273-009); the red
  // lines missed on r270-105 and r270-115 (V2 by the writer only) and r271-054 (P5).
  270: { recall: 0.9, falseAlarms: 1, precision: 0.97, redLine: 0.93 },
  271: { recall: 0.9, falseAlarms: 0, precision: 0.97, redLine: 0.96 },
  272: { recall: 0.86, falseAlarms: 9, precision: 0.63, redLine: 1 },
  273: { recall: 0.76, falseAlarms: 3, precision: 0.82, redLine: 1 },
  // Rounds 274–275 and the everyday rounds 276–277 (first scored at 1cdb667, v87; studied at v88): v89 reaches recall 0.868 (131
  // of 151) / 0.774 (161 of 208) / 0.865 (32 of 37) / 0.889 (32 of 36), precision 0.992 (was 0.970) / 0.970 / 0.762 / 0.842 (was
  // 0.821), red lines 28/30, 29/36, 2/3 and 2/2, false alarms 0/44 (was 3/44: r274-061, -096, -111), 1/44, 8/95 and 4/93 (r277-004's
  // P4 gone, its R5 left) (decision 124). Left: r275-065 (G1 on a screenshot refused, three drafts with its words), r276-043 (U1 on a
  // night emergency, one draft), r277-036 (the model's P5), r277-094 (G2/P6 on 都说没问题, one draft), the R1/R4/R5 claims of decision
  // 080; the red lines missed on r274-090, r275-111 (V2), r274-007, r275-092 (P5), and those by round 275's writer only.
  274: { recall: 0.86, falseAlarms: 0, precision: 0.99, redLine: 0.93 },
  275: { recall: 0.77, falseAlarms: 1, precision: 0.96, redLine: 0.8 },
  276: { recall: 0.86, falseAlarms: 8, precision: 0.76, redLine: 0.66 },
  277: { recall: 0.88, falseAlarms: 4, precision: 0.84, redLine: 1 },
  // Rounds 278–279 and the everyday rounds 280–281 (first scored at b5ea73b, v88; studied at v89, which moved none of their drafts):
  // v90 reaches recall 0.897 (131 of 146) / 0.897 (140 of 156) / 0.821 (32 of 39) / 0.900 (45 of 50), precision 0.963 / 0.986 /
  // 0.889 (was 0.865) / 0.865, red lines 29/29, 28/28, 2/2 and 5/5, false alarms 2/45, 1/45, 3/94 (was 4/94: r280-104's P2) and 4/87
  // (decision 125). Left: r278-094 (RP2 on gambling reported to the discipline group; a cancel by the address leaked, one draft by
  // the report's words), r278-106 and r279-057 (G1 on screenshots refused or warned against), r281-050 (the model's P4), r281-055
  // (P5 on a leak stopped; RECALL_ASKED's words, three drafts), r281-020 and r281-111 (the model's P6 and TJ2), the R1/R4/R5 claims
  // of decision 080; the red lines claimed on r278-075 (P5), r278-112 (TJ3) and r279-027 (V1).
  278: { recall: 0.89, falseAlarms: 2, precision: 0.96, redLine: 1 },
  279: { recall: 0.89, falseAlarms: 1, precision: 0.98, redLine: 1 },
  280: { recall: 0.82, falseAlarms: 3, precision: 0.88, redLine: 1 },
  281: { recall: 0.9, falseAlarms: 4, precision: 0.86, redLine: 1 },
  // Rounds 282–283 and the everyday rounds 284–285 (first scored at 2da9c8f, v89; studied at v90, which moved none of their drafts):
  // v91 reaches recall 0.885 (138 of 156) / 0.896 (147 of 164) / 0.642 (34 of 53) / 0.857 (30 of 35), precision 0.945 / 0.98 /
  // 0.81 / 0.789 (was 0.769), red lines 28/29, 26/28, 3/7 and 3/3, false alarms 3/43, 0/47, 4/91 and 4/93 (was 5/93: r285-067's P5)
  // (decision 126). Left: r282-062, r282-109 and r282-114 (traps: P9/TJ2, TJ3 and P5), r283-114 (TJ3), round 284's four V2s
  // (r284-024, r284-058, r284-069, r284-101), the other everyday false alarms, the R1/R4/R5 claims of decision 080.
  282: { recall: 0.88, falseAlarms: 3, precision: 0.94, redLine: 0.96 },
  283: { recall: 0.89, falseAlarms: 0, precision: 0.98, redLine: 0.92 },
  284: { recall: 0.64, falseAlarms: 4, precision: 0.8, redLine: 0.42 },
  285: { recall: 0.85, falseAlarms: 4, precision: 0.78, redLine: 1 },
};

describe("fixtures", () => {
  it("hold ≥ 500 labelled drafts with unique ids, ≥ 150 clean traps, every kind", () => {
    expect(all.length).toBeGreaterThanOrEqual(500);
    expect(all.filter((d) => d.labels.length === 0 && d.trap).length).toBeGreaterThanOrEqual(150);
    for (const kind of ["notice", "request", "report", "reply", "chat"]) expect(all.some((d) => d.kind === kind)).toBe(true);
  });

  it("label only codes the checker or the content inventory knows", () => {
    const known = new Set<string>([...Object.keys(RULE_CATALOGUE), ...OTHER_INVENTORY_CODES]);
    for (const d of all) for (const code of d.labels) expect(known.has(code), `${d.id}: ${code}`).toBe(true);
  });

  it("keep training-only sets (train-*.yaml) out of the measured sets, with known codes", () => {
    const withTraining = loadCorpusSets(undefined, { training: true });
    expect(sets.some((s) => s.training)).toBe(false);
    const known = new Set<string>([...Object.keys(RULE_CATALOGUE), ...OTHER_INVENTORY_CODES]);
    for (const d of withTraining.filter((s) => s.training).flatMap((s) => s.drafts))
      for (const code of d.labels) expect(known.has(code), `${d.id}: ${code}`).toBe(true);
  });

  it("record a first blind score for every blind round studied", () => {
    for (const r of loadRoundRecords()) expect(sets.some((s) => s.round === r.round)).toBe(true);
  });
});

describe.each(guarded.map((s) => [s.name, s] as const))("%s", (_, set) => {
  const e = evaluate(set.drafts);
  // Rounds 4 and 5 label guide rules no text shows (G2 off-topic chat, G7 a complex matter, XY1
  // a nickname, XY2 a blurred photo): their overall guard is the issue's target, 0.9.
  // The eighth writer (rounds 16–17) also labels GR1 and G2 on every off-topic post in a work
  // group (8 labels a round, 0 found: no rule tells a work group from a family group by the words;
  // decision 030): 0.85 there.
  // Rounds 18–21 (decision 032) are guarded at what v11 reaches on them. Rounds 18–19 lower: their
  // writer labels G2 and GR1 on every off-topic post in a work group but sent them as `group` (the
  // `workgroup` channel came after them), so those labels stay misses. Their writers also label more
  // codes beside the main one than earlier writers, hence precision 0.94. Rounds 22–23 (decision
  // 033) are guarded at what v12 reaches: recall 0.944 / 0.945, no false alarm; rounds 24–27
  // (decision 034) at what v13 reaches, and every later pair or set of four at what the version that studied it reaches (the
  // comment above its entries in STUDIED_V11 names that version).
  const v11 = STUDIED_V11[set.round ?? 0];
  const recallBar = v11?.recall ?? (!set.blind ? 0.95 : set.round! >= 16 ? 0.85 : set.round! >= 4 ? 0.9 : 0.95);
  const precisionBar = v11 ? (v11.precision ?? 0.94) : 0.95;
  const redLineBar = v11?.redLine ?? 0.95;
  it(`keeps precision ≥ ${precisionBar} and recall ≥ ${recallBar}, red-line recall ≥ ${redLineBar}`, () => {
    expect(e.overall.precision).toBeGreaterThanOrEqual(precisionBar);
    expect(e.overall.recall).toBeGreaterThanOrEqual(recallBar);
    if (e.redLine.recall !== null) expect(e.redLine.recall).toBeGreaterThanOrEqual(redLineBar);
  });
  it(`raises no must-fix or red-line finding on ≥ 98 % of clean drafts${v11 ? ` (at most ${v11.falseAlarms} here)` : ""}`, () => {
    expect(e.falseAlarms).toBeLessThanOrEqual(v11 ? v11.falseAlarms : Math.floor(e.clean * 0.02));
  });
});

describe("robustness", () => {
  const wellFormed = (text: string, r: CheckResult) => {
    for (const f of r.findings) {
      expect(f.start).toBeGreaterThanOrEqual(0);
      expect(f.end).toBeGreaterThanOrEqual(f.start);
      expect(f.end).toBeLessThanOrEqual(text.length);
      for (const w of f.triggers) expect(text).toContain(w);
    }
    const starts = r.findings.map((f) => f.start);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    expect(r.verdict).toBe(verdictOf(r.findings));
  };

  it.each([
    ["emoji", "👨‍👩‍👧‍👦🇨🇳😀 各位同事：明天开会🎉。\n办公室"],
    ["mixed scripts", "Dear all, 各位同事：明天 meeting at 9:00، مرحبا Привет。\n办公室 王芳"],
    ["control characters", "各位同事：\u0000\u0007明天\u001b开会\u200b。\r\n特此通知。\r\n办公室"],
    ["lone surrogates", "\uD800各位同事：\uDC00明天开会\uD83D。红包\n办公室\uDFFF"],
    ["only punctuation", "。。。！！？？"],
    ["only a signature", "办公室"],
  ])("handles %s", (_, text) => {
    wellFormed(text, checkMessage({ text, sendAt: "09:00" }));
  });

  it("never throws and keeps spans in bounds for arbitrary strings", () => {
    const piece = fc.oneof(
      fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)),
      fc.constantFrom("各位同事：", "在吗？", "红包", "投票", "机密", "13800001234", "\n", "。", "特此通知", "😀", "“", "听说", "办公室", "…", "听"),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 80 }), fc.constantFrom(undefined, "notice", "request", "report", "reply", "chat"), (parts, kind) => {
        const text = parts.join("");
        wellFormed(text, checkMessage({ text, kind: kind as CheckInput["kind"], sendAt: "23:00" }));
      }),
      { numRuns: 300 },
    );
  });

  it("is deterministic", () => {
    for (const d of all.slice(0, 200)) expect(checkMessage(inputOf(d))).toEqual(checkMessage(inputOf(d)));
  });
});
