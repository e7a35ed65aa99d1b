// The words a user knows for each input field, so a refused input never shows a program's parameter name.
import type { JournalKind } from '../views';

/** The kinds of journal entry, as the 历史 view and refused inputs name them. */
export const JOURNAL_KIND_LABEL: Record<JournalKind, string> = {
  import: '导入',
  remove: '移除',
  departments: '部门名称',
  ledger: '台账更正',
  report: '报告更正',
  decision: '决定',
  setting: '设置',
  undo: '撤销',
};

const LABELS: Record<string, string> = {
  asOf: '统计截止日期',
  reportDeadline: '默认报送截止日期',
  replyBy: '回复期限',
  date: '日期',
  title: '标题',
  office: '发文单位',
  department: '部门',
  departments: '部门',
  sections: '章节',
  statuses: '状态',
  measure: '措施编号',
  names: '部门名称',
  into: '合并后的名称',
  alias: '别名',
  name: '名称',
  generic: '泛指',
  query: '检索词',
  limit: '条数',
  role: '文件类型',
  paths: '文件',
  path: '工作区文件路径',
  id: '文件编号',
  jobId: '导入任务',
  split: '分部门生成',
  options: '导出选项',
  number: '措施编号',
  patch: '更正内容',
  lead: '牵头单位',
  support: '配合单位',
  joint: '共同负责',
  deadlines: '完成时限',
  targets: '量化指标',
  text: '原文',
  label: '编号',
  section: '章节',
  from: '起始日期',
  to: '截止日期',
  kind: '类别',
  kinds: '类别',
  note: '说明',
  newDue: '延期后的完成时限',
  approver: '批准人',
  period: '期次',
  docNumber: '发文字号',
  issuer: '发文机关',
  issuedOn: '成文日期',
  paragraph: '段落',
  journal: '附操作记录',
  filter: '筛选条件',
};

const ENUM_VALUES: Record<string, string> = {
  on_time: '按时报送',
  late: '逾期报送',
  missing: '未报送',
  pending: '未到期',
  policy: '政策文件',
  submission: '落实报告',
  auto: '自动识别',
  closed: '办结',
  extended: '延期',
  exempt: '免报',
  returned: '退回',
  note: '批示/备注',
  by: '截止',
  period: '期间',
  monthly: '每月',
  quarterly: '每季度',
  annual: '每年',
  'service-limit': '办理时限',
  ongoing: '长期',
  ...JOURNAL_KIND_LABEL,
};

/** The label of the innermost named field of a path, or null when none is known (then no name is shown). */
export function fieldLabel(path: readonly (string | number)[]): string | null {
  for (let i = path.length - 1; i >= 0; i--) {
    const key = path[i];
    if (typeof key === 'string') return LABELS[key] ?? null;
  }
  return null;
}

export function enumValueLabel(value: string | number): string {
  return ENUM_VALUES[String(value)] ?? String(value);
}

const TYPE_WORDS: Record<string, string> = {
  string: '文字',
  number: '数字',
  boolean: '是或否',
  array: '列表',
  object: '一组内容',
};

export function typeLabel(type: string): string {
  return TYPE_WORDS[type] ?? '正确的类型';
}
