// Which tokens carry meaning when comparing a report with a measure, and how much.
// Works on any segmentation: jieba words from the Node side, or character bigrams in tests.

// Function words and report phrasing that say nothing about the subject.
const STOPWORDS = new Set([
  '我们', '我局', '我委', '我办', '我区', '本局', '本单位', '我单位', '以及', '进行', '通过', '按照', '根据', '其中',
  '目前', '已经', '同时', '有关', '相关', '一是', '二是', '三是', '四是', '五是', '六是', '七是', '八是', '九是', '十是',
  '为了', '对于', '关于', '并且', '还是', '或者', '以上', '以下', '之一', '一个', '一批', '一些', '各类', '各项', '这些',
  '这个', '其他', '所有', '如下', '主要', '方面', '情况', '报告', '汇报', '特此', '现将', '截至', '目前为止',
  '期间', '全年', '今年', '本年', '年度', '月份', '累计', '共计', '合计', '万元', '个人', '单位', '部门', '职责', '分工',
  '负责', '牵头', '配合', '职责分工', '分工负责', '有关部门',
]);

// Words every measure and every report of the genre uses: they weigh little.
const BOILERPLATE = new Set([
  '工作', '推进', '落实', '加强', '进一步', '进一', '一步', '提升', '提高', '优化', '完善', '健全', '强化', '深化',
  '推动', '开展', '实施', '组织', '规范', '持续', '全面', '积极', '切实', '做好', '抓好', '建立', '机制', '体系',
  '服务', '管理', '要求', '措施', '任务', '全区', '区级', '各级', '深入', '扎实', '不断', '加快', '加大',
  '力度', '水平', '能力', '质量', '效率', '确保', '实现', '形成', '坚持', '贯彻', '部署', '统筹', '重点', '有效',
  '认真', '严格', '及时', '逐步', '大力', '充分', '发挥', '作用', '支持', '保障', '改革', '政策', '制度',
  '成效', '取得', '明显', '稳步', '召开', '会议', '通知', '文件', '领导', '同志', '负责同志', '安排',
  '人民', '群众', '人民群众', '生命', '财产', '生命财产', '社会', '经济', '发展', '问题', '责任', '目标', '方式',
  '全省', '全市', '各地', '上级', '省市', '国家', '中央', '方案', '意见', '办法', '规定', '时间',
]);

const BOILERPLATE_WEIGHT = 0.15;

const HAS_WORD_CHAR = /[\u3400-\u9fffA-Za-z]/;
const NUMERIC = /^[\d.,%０-９〇零一二三四五六七八九十百千万亿两]+$/;

/** A token worth comparing: two characters or more, not a number or punctuation, not a stopword. */
export function isContentToken(token: string): boolean {
  if (token.length < 2) return false;
  if (!HAS_WORD_CHAR.test(token) || NUMERIC.test(token)) return false;
  return !STOPWORDS.has(token);
}

/** 1 for subject words, a small weight for the genre's stock words. */
export function genreWeight(token: string): number {
  return BOILERPLATE.has(token) ? BOILERPLATE_WEIGHT : 1;
}

export function isBoilerplate(token: string): boolean {
  return BOILERPLATE.has(token);
}

/** Removes the stock words from a phrase; what is left says what the phrase is about. */
export function withoutBoilerplate(phrase: string): string {
  let out = phrase;
  for (const word of BOILERPLATE) if (word.length >= 2) out = out.split(word).join('');
  return out;
}
