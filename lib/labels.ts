/**
 * The Chinese names a person reads for the app's codes: roles, unit kinds, member and question
 * states, and every action and object the audit trail records. One module, so a code never reaches
 * the screen because a page forgot its own table (lib/labels.test.ts finds every audit action the
 * code writes and fails for one without a name here). Pure data: safe in client components.
 */
import type { QuestionStatus, Role, UnitKind } from "./generated/prisma/enums";

export const ROLE_LABEL: Record<Role, string> = { CADRE: "学员", SECRETARY: "书记", ADMIN: "管理员" };

export const UNIT_KIND_LABEL: Record<UnitKind, string> = { COMMITTEE: "党委", GENERAL_BRANCH: "党总支", BRANCH: "党支部" };

/** A member's state in an assignment (lib/tracking/state.ts derives it). */
export const MEMBER_STATE_LABEL = {
  not_started: "未开始",
  in_progress: "进行中",
  completed: "已完成",
  overdue: "已逾期",
} as const satisfies Record<string, string>;

export const QUESTION_STATUS_LABEL: Record<QuestionStatus, string> = { DRAFT: "草稿", PUBLISHED: "已发布", ARCHIVED: "已归档" };

/**
 * Every action written to the audit trail, with its Chinese name. `AuditAction` is the type of
 * `AuditEntry.action`, so a new action does not compile until it is named here.
 */
export const AUDIT_ACTION_LABEL = {
  "auth.sign_in": "登录",
  "auth.sign_in.failed": "登录失败",
  "auth.sign_in.locked": "登录被锁定",
  "auth.sign_in.sso_only": "密码登录被拒（学员须统一身份认证）",
  "auth.sso.sign_in": "统一身份认证登录",
  "auth.sso.refused": "统一身份认证登录被拒",
  "auth.password_check.failed": "修改密码时当前密码错误",
  "auth.password_check.locked": "修改密码被锁定",
  "member.identity.link": "关联统一身份认证账号",
  "member.identity.unlink": "解除统一身份认证关联",
  "member.password.change": "修改本人密码",
  "member.create": "新建成员",
  "member.update": "修改成员资料",
  "member.move": "调动成员单位",
  "member.role.change": "修改成员角色",
  "member.password.reset": "重置成员密码",
  "member.deactivate": "停用成员",
  "member.reactivate": "启用成员",
  "member.import": "批量导入成员（文件）",
  "member.import.create": "导入：新建成员",
  "member.import.update": "导入：更新成员",
  "member.sync": "接口同步成员（批次）",
  "member.sync.create": "接口同步：新建成员",
  "member.sync.update": "接口同步：更新成员",
  "org_unit.create": "新建单位",
  "org_unit.rename": "重命名单位",
  "org_unit.move": "移动单位",
  "org_unit.archive": "归档单位",
  "org_unit.restore": "恢复单位",
  "org_unit.sync": "接口同步单位（批次）",
  "org_unit.sync.create": "接口同步：新建单位",
  "org_unit.sync.update": "接口同步：更新单位",
  "unit.webhook": "设置群机器人",
  "unit.push_time": "设置每日一题推送时间",
  "api_token.issue": "签发 API 令牌",
  "api_token.revoke": "撤销 API 令牌",
  "question.create": "新建题目",
  "question.edit": "修改题目",
  "question.import": "导入题目（文件）",
  "question.rollback": "题目回退到旧版本",
  "question.review": "核对题目（清除待核对标记）",
  "question.publish": "发布题目",
  "question.archive": "归档题目",
  "question.restore": "恢复题目为草稿",
  "question.flag": "规则变更，标记相关题目待复核",
  "question.void": "作废题目版本（重新计分）",
  "question.regrade": "更正答案并重新计分",
  "quiz.create": "新建测验",
  "quiz.update": "修改测验",
  "quiz.archive": "归档测验",
  "quiz.restore": "恢复测验",
  "assignment.create": "布置学习任务",
  "assignment.withdraw": "撤回学习任务",
  "assignment.recompute": "重新统计学习任务",
  "assignment.reminders": "设置任务自动提醒",
  "reminder.send": "发送学习提醒",
  "scores.read": "查看成绩",
} as const;
export type AuditAction = keyof typeof AUDIT_ACTION_LABEL;

export const isAuditAction = (s: string): s is AuditAction => Object.hasOwn(AUDIT_ACTION_LABEL, s);

/** An action's name; a code the app no longer writes (an old row) is shown as "其他操作（code）". */
export const auditActionLabel = (action: string): string => (isAuditAction(action) ? AUDIT_ACTION_LABEL[action] : `其他操作（${action}）`);

/** Groups offered in the log's filter: "member.*" matches every member action. */
export const AUDIT_ACTION_GROUPS: { value: string; label: string; prefix: string }[] = [
  { value: "auth.*", label: "登录与密码", prefix: "auth." },
  { value: "member.*", label: "成员", prefix: "member." },
  { value: "org_unit.*", label: "组织架构", prefix: "org_unit." },
  { value: "question.*", label: "题目", prefix: "question." },
  { value: "quiz.*", label: "测验", prefix: "quiz." },
  { value: "assignment.*", label: "学习任务", prefix: "assignment." },
  { value: "api_token.*", label: "API 令牌", prefix: "api_token." },
];

/** The kinds of object an audit entry is about. */
export const AUDIT_ENTITY_LABEL = {
  member: "成员",
  org_unit: "单位",
  member_batch: "成员批次",
  org_unit_batch: "单位批次",
  api_token: "API 令牌",
  sso_identity: "统一身份认证账号",
  question: "题目",
  question_version: "题目版本",
  quiz: "测验",
  assignment: "学习任务",
  rule: "规则",
} as const;
export type AuditEntity = keyof typeof AUDIT_ENTITY_LABEL;
