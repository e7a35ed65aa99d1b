// Words of the genre's framing: the political preamble (习近平新时代中国特色社会主义思想, 党中央、国务院),
// the organisation of the work (领导小组, 贯彻落实) and stock qualifiers (高质量, 现代化). Policies and reports
// of every subject use them, so they never tell which policy a report answers. Data, not logic: extend the
// list when a framing word is found to decide an attribution. The submission side's stock words
// (shared/submission/term-weights.ts) are left out as well; this list adds what comparing whole policies needs.
export const FRAMING_WORDS: readonly string[] = [
  // political preamble (and the pieces jieba also cuts from its compounds)
  '习近平', '新时代', '时代', '中国', '特色', '中国特色', '社会主义', '主义', '会主', '思想', '精神', '指导', '党中央',
  '中央', '国务院', '国务', '全会', '战略', '党委', '各级党委', '党政', '党组', '坚强', '意识', '初心', '使命',
  '二十大', '十九大', '全国', '全省', '全市', '新发展', '新发展理念', '理念', '格局', '新格局',
  // the plenums (十九届二中、三中、四中、五中全会 cut into 二中, 三中…) and the slogans (稳中求进工作总基调, 坚定“四个自信”)
  '一中', '二中', '三中', '四中', '五中', '六中', '七中', '稳中求进', '总基调', '坚定', '四个自信', '四个意识', '两个维护', '两个确立',
  // the plenums as whole words and the slogan's pieces as jieba also cuts them (十九届四中全会; 稳中 / 求进, 总 / 基调)
  '一中全会', '二中全会', '三中全会', '四中全会', '五中全会', '六中全会', '七中全会', '求进', '基调',
  // the headline indicators of every economic plan, work report and statistics return (社会消费品零售总额,
  // 进出口总额, 固定资产投资, 地区生产总值, 规模以上工业增加值 and the growth they are given in), with the pieces jieba
  // cuts from them; what is bought, sold or exported (消费, 零售, 出口) stays a subject
  '零售总额', '消费品', '总额', '进出口', '进出', '固定资产', '生产总值', '总值', '增加值', '增长', '同比', '增速',
  // year-review-words: the stock of every government's review of its year and outlook (着力扩大内需, 全面深化改革开放,
  // 国内周期性和结构性矛盾叠加), with the piece jieba cuts from the first; what demand is raised for (消费, 投资) stays a subject
  '扩大内需', '大内', '改革开放', '结构性',
  // the stock phrases of every disclosure and public-information text (涉及群众切身利益、需要社会广泛知晓的重大政策措施)
  '切身利益', '切身', '政策措施',
  // organisation of the work
  '政府', '人民政府', '领导小组', '小组', '组长', '副组长', '成员', '成员单位', '贯彻落实', '建立健全', '宣传',
  '牵头单位', '责任单位', '配合单位', '各镇街', '各街道', '街道办事处', '各街道办事处', '办事处', '委员会',
  // stock qualifiers and verbs
  '高质量', '高质', '现代化', '现代', '重要', '继续', '完成', '增强', '针对', '针对性', '经济社会', '明确', '存在',
  '改进', '一般', '具体', '进度', '细化', '压实', '整改', '总体',
];

const FRAMING = new Set(FRAMING_WORDS);

export function isFramingWord(term: string): boolean {
  return FRAMING.has(term);
}
