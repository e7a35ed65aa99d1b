// Words that open a sentence of the genre and never sit inside a measure's heading phrase: where a heading and its
// first sentence run together with no break (「一、优化土地出让方式按照供需平衡原则，…」), the sentence begins at one of
// them (heading-body). A four-digit year opening a sentence (「2022年4月25日至…」, 「2016年本市…以来」) is recognised by the
// rule itself.
export const SENTENCE_OPENERS: readonly string[] = [
  '按照', '根据', '依据', '围绕', '对于', '针对', '依托', '基于', '以习近平', '凡在', '凡是', '凡属', '自本', '从20', '自20', '到20', '截至',
  '为深入', '为进一步', '为全面', '为贯彻', '为加快', '深入贯彻落实',
  // a plan's paragraphs opening on its purpose, its hope, the plan itself or what it intends (「七、机制政策为了更好地落实…」,
  // 「六、对各院系的要求希望各院系高度重视」, 「1. 试点学院本计划实施初期」, 「三、…规模拟将校区工科专业…」, 2016)
  '为了', '希望', '本计划', '本方案', '拟将',
  // where things stand, and the standard held up (「三、落实源头分类工作目前本区装修垃圾…」, 「（四）开展评估分析对标国际…」)
  '目前', '对标',
  // point-openers: a paragraph opening on the first of its points or on a request to each place's bodies
  // (「二、推进重点问题整改一是针对…」, 「一、开展自查自纠请各区民政局…」, 沪民养老发〔2024〕11号)
  '一是', '请各',
];

// Verbs that open the genre's measure headings (「加强组织领导」, 「规范房地产中介市场」): when a heading opening on one
// of them runs into its paragraph and the paragraph's first sentence opens on the same verb with an object of its own,
// the sentence begins there (echoed-verb, heading-body).
export const HEADING_VERBS: readonly string[] = [
  '加强', '推进', '推动', '完善', '健全', '强化', '提升', '提高', '规范', '鼓励', '支持', '优化', '落实', '深化', '加快', '促进',
  '建立', '实施', '开展', '做好', '严格', '扩大', '创新', '保障', '引导', '培育', '发展', '打造', '构建', '增强', '狠抓', '夯实',
  '简化', '降低', '调整', '延长', '取消', '实行', '减免', '加大',
];

// Words a heading's verb may stand behind (「进一步加强…」, 「因地制宜推动…」), and the verbs (or a verb's adverb) that open
// the first sentence of a measure's paragraph with a duty of its own (「加大联合执法力度，…」, 「积极引导社会资本…，」):
// a heading of one verb and its object, run into such a sentence, ends where it begins (verb-clause, heading-body).
// Verbs that also close a heading as nouns (支持, 保障, 发展, 创新, 引导) are left out.
export const HEADING_ADVERBS: readonly string[] = ['进一步', '全面', '积极', '大力', '切实', '着力', '持续', '因地制宜', '稳步', '继续', '最大程度'];
export const CLAUSE_VERBS: readonly string[] = [
  '加强', '推进', '推动', '完善', '健全', '强化', '提升', '提高', '规范', '鼓励', '优化', '落实', '深化', '加快', '促进', '建立',
  '实施', '开展', '做好', '严格', '扩大', '加大', '成立', '深挖', '积极', '切实', '认真', '大力',
];

// Nouns that close the object of a measure's heading (「降低购房信贷门槛」, 「放宽公积金贷款条件」, 「简化住宅价格备案流程」):
// where a heading opening on a verb runs into a paragraph opening on a noun, and no other word says where the sentence
// begins, the heading ends on the first of them followed by more text (object-end, heading-body).
export const OBJECT_ENDS: readonly string[] = [
  '门槛', '条件', '额度', '政策', '要求', '过户', '预售', '时间', '配套费', '交付', '设施', '流程', '监管', '验收', '服务', '制度',
  '机制', '体系', '水平', '能力', '环境', '质量', '效率', '力度', '秩序', '标准', '平台', '队伍', '范围', '方式', '程序', '手续',
];
