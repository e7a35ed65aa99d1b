// Phrases that look like time expressions but are not deadlines.
import { describe, expect, it } from 'vitest';
import { extractDeadlines } from './deadlines';

const CTX = { issuedOn: '2021-09-06' };

describe('not deadlines', () => {
  it.each([
    // years and 年 inside other words
    '新吸纳时间以本年度首次在本企业缴纳社会保险时间为准',
    '个人从事网络交易活动年交易额累计不超过10万元的，不需要进行登记',
    '深入开展职业技能提升行动质量年活动',
    '“十四五”时期',
    '2025年全面建成',
    '今年以来，全区新增市场主体',
    '全年培训',
    // rates, not duties
    '按照每人每年2400元、3600元的标准',
    '不满一年的每人每月200元、300元',
    '给予企业每月500元/人的补贴',
    '每年2400元',
    // durations and conditions
    '离校两年内高校毕业生',
    '离校2年内技工院校毕业生',
    '三年内完成的项目',
    '参加企业社会保险满1个月以上',
    '最长6个月的以工代训职业培训补贴',
    '每3天巡查一次',
    '培训3天',
    // plain dates and numbers
    '市中区人民政府办公室\n\n2021年9月6日',
    '2021年9月6日印发',
    '截至2021年12月31日，全区',
    '《山东省轻微违法行为不予行政处罚事项清单（2021年版）》',
    '市中政办发〔2021〕14号',
    '鲁商字〔2021〕85号',
    '根据养老机构1—5星级等级评定结果',
    '分别给予0.8倍、0.9倍、1倍差异化补助',
    '健全“标准地”出让月统计季通报制度',
    '前三季度全区完成投资',
    '2023年前三季度',
    '有效期至2026年9月30日',
    '自2021年10月1日起施行',
    '第十四条',
    // 本月/下月 with no point in the month, a rate per week
    '当月数据于次月汇总',
    '本月以来，全区新增',
    '每人每周补助100元',
    '每周岁增加',
    // 按年/按季 inside other words
    '按年龄段分类',
    '按季节调整',
    // 持续推进 / 常态化 / 长期 inside an ordinary sentence
    '积极协同发展改革部门持续推进转供电环节电价整治',
    '落实常态化财政资金直达机制',
    '常态化开展“领导干部走流程”活动',
    '建立健全企业和群众常态化评价机制',
    '长期以来，企业反映强烈',
    '持续激发市场主体活力',
    // a PDF line that happens to wrap right after the phrase
    '提升网上办理深度。持续推进\n各级政务服务大厅综合窗口设置',
    '确保各项工作\n持续推进。',
  ])('%j', (text) => {
    expect(extractDeadlines(text, CTX)).toEqual([]);
  });

  it.each([
    // a year with a bare aim, a baseline year, a year that opens a review
    '2022年全面实现数字化转型',
    '2022年实现全覆盖',
    '较2020年实现增长20%',
    '比2020年完成90%',
    '2020年以来实现90%事项网上办',
    '2022年实现的90%收入',
    '2022年实现地区生产总值1200亿元',
  ])('a year before a result is no due date: %j', (text) => {
    expect(extractDeadlines(text, CTX)).toEqual([]);
  });

  it('finds nothing in the seed policy header and signature block', () => {
    const tail = '市中区人民政府办公室\n\n2021年9月6日\n\n（此件公开发布）\n\n---\n\n市中区人民政府办公室\n\n2021年9月6日印发';
    expect(extractDeadlines(tail, CTX)).toEqual([]);
    expect(extractDeadlines('市中政办发〔2021〕14号\n\n## 市中区人民政府办公室 关于服务“六稳”“六保”', CTX)).toEqual([]);
  });
});
