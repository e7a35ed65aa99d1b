// The words a user knows for each input field, so a refused input never shows a program's parameter name.
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
};

const ENUM_VALUES: Record<string, string> = {
  on_time: '按时',
  late: '逾期',
  missing: '未报送',
  pending: '未到期',
  policy: '政策文件',
  submission: '落实报告',
  auto: '自动识别',
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
