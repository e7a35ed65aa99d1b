// Words around a place written in a report's text before a body's name (人行六安市中心支行, 六安市财政局): the ends
// of a body's name that make the place before them the seat of a body, and the characters that never open a place's
// name (全市, 本市, 城市, 省市县). Data, not logic: extend the lists when a report's words are taken for a place.

/** What a body's name ends on, a few characters after its place (市财政局, 市中心支行, 供电公司). */
export const BODY_ENDS: readonly string[] = [
  '局', '委员会', '委', '办公室', '办', '厅', '中心支行', '支行', '分行', '公司', '中心', '法院', '检察院', '分局', '集团',
];

/** Characters that are no part of a place's own name: 全市, 本区, 各县, 城市, 省市县, 2021年度市. */
export const NOT_IN_PLACE: readonly string[] = [
  '全', '本', '我', '各', '该', '城', '都', '超', '省', '市', '县', '区', '州', '镇', '乡', '村', '等', '和', '及', '与', '年', '度',
  '的', '在', '对', '到', '至', '由', '为', '向', '从', '是', '有', '个', '了', '届',
];

/** Words written before a level alone, which stand for that level's body (会同市财政局, 联合区市场监管局, 有关县政府). */
export const BEFORE_A_LEVEL: readonly string[] = [
  '会同', '联合', '配合', '牵头', '协调', '组织', '督促', '指导', '协助', '联系', '报送', '上报', '报请', '提请', '商请', '请示',
  '相关', '有关', '其他', '其它', '所属', '下属', '直属', '主管', '分管', '主办', '承办', '责任', '单位', '部门', '成立', '设立',
  '按照', '根据', '根據', '通过', '经过', '依托', '推动', '支持', '指定', '要求', '督查', '考核', '通报', '发挥', '落实', '负责',
  '现将', '拟以', '其中', '并经', '并请', '召开', '深入', '深化', '关于', '围绕', '安排', '迎接', '传达', '确保', '转发', '中央',
  '直管', '贯彻', '学习', '做好', '结合', '简称', '吸收', '公布', '抽查', '提交', '办理', '送给', '汇报',
];

/**
 * What may stand right before a place inside a sentence (人行六安市中心支行, 由绍兴市财政局, 会同湖州市财政局), besides a
 * mark or a line's start: a place after any other character is a piece of a longer word (推进法治区建设, 贯彻市委).
 */
export const BEFORE_A_PLACE: readonly string[] = [
  ...BEFORE_A_LEVEL, '人行', '人民银行', '国家税务总局', '国网', '中国移动', '中国电信', '中国联通', '中国邮政', '由', '和', '及', '与', '同', '对', '向', '经', '请', '将', '为',
];
