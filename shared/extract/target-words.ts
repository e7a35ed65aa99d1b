// Words of the genre that targets are read by, shared by the reader of targets (targets.ts) and of what they measure
// (target-phrase.ts). Data, and the one way of making a regular expression of a list of them.

// Verbs after which a plain count is a duty to deliver at least that many (培训200名).
export const DUTY_VERBS = [
  '培训', '扶持', '新增', '新建', '建成', '建设', '打造', '创建', '培育', '引进', '开展', '举办', '组织', '完成',
  '吸纳', '帮助', '带动', '招聘', '认定', '发展', '改造', '推出', '选树', '评选', '遴选', '储备', '签约', '开工',
  '解决', '走访', '帮扶', '资助', '救助', '慰问', '提供', '设立', '开发', '安置', '招引', '招收', '培养', '服务',
];

// Units of a count of people or things (200名, 3家, 5个岗位).
export const COUNT_UNITS = ['名', '人', '人次', '户', '家', '个', '项', '件', '场', '次', '所', '套', '处', '座', '台', '期', '批', '条', '个岗位'];

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\%]/g, '\\$&');

/** The words as alternatives of a regular expression, longest first, so that the longest that fits is taken. */
export const alternation = (words: string[]) => [...words].sort((a, b) => b.length - a.length).map(escape).join('|');

/** A duty verb closing the text before a count (培训 in 「全区培训」). */
export const DUTY_VERB_AT_END = new RegExp(`(?:${alternation(DUTY_VERBS)})$`);
