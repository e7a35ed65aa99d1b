// Layout rule (group-column): a task table copied one cell a line whose second column names the task's group, merged
// down the rows of the group: 序号 / 任务名称 / 任务内容 / 牵头部门 / 配合部门 / 时间节点 (宝山区生活垃圾分类减量推进工作联席会议
// 成员单位工作任务清单, 宝府办〔2019〕26号). The group's name (加强组织领导, 推进全面覆盖) stands only on the first row of its
// group, between the 序号 and the task, so a row is its 序号, the group's name if the row opens a group, the task, the
// lead's cell, the supporters' cell, the time. The name is carried down to the rows after it until the next one: each
// row comes out with its group, as the merged cell shows it. The header's group column is a name column (…名称) or a
// kind (类别, 类型, 领域, 方面) followed by the column of the task itself (…内容, …措施, …举措).
// A name, in a cell of bodies, may carry another of its names in brackets (区委组织部（区公务员局）, 区委宣传部（区文明办、
// 区政府新闻办）) or close on a bracket that qualifies a generic actor (各街镇（园区））: the 、 inside the brackets divides
// no names, and the ending that tells a body is read before the brackets.
// Pure.

/** A header cell naming the group: 任务名称, 项目名称, 类别, 工作类型, 重点领域, 方面. */
const GROUP_HEAD = /(?:名称|类别|类型|领域|方面)$/;
/** A header cell of the task itself, after the group's. */
const TASK_HEAD = /(?:内容|措施|举措|事项)$/;

/** Whether two header cells, in order, are the group's column and the task's (group-column). */
export function isGroupHeader(first: string, second: string): boolean {
  return GROUP_HEAD.test(first) && TASK_HEAD.test(second);
}

/** A group's name alone on its line: a short label, no figure, no sentence punctuation. */
export function isGroupCell(t: string): boolean {
  return t.length >= 2 && t.length <= 16 && !/[\d。，；：:！？,;.、（）()“”《》]/.test(t);
}

/** The names of a cell of bodies, split at 、 and commas outside brackets. */
export function splitNames(cell: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let cur = '';
  for (const ch of cell) {
    if (ch === '（' || ch === '(') depth++;
    if ((ch === '）' || ch === ')') && depth > 0) depth--;
    if (depth === 0 && /[、，,；;]/.test(ch)) {
      out.push(cur);
      cur = '';
    } else cur += ch;
  }
  out.push(cur);
  return out.filter((n) => n !== '');
}

/** A name without the bracket it closes on (区委组织部（区公务员局） → 区委组织部, 各街镇（园区） → 各街镇). */
export function withoutClosingBracket(name: string): string {
  return name.replace(/[（(][^（）()]*[）)]$/, '');
}
