import { describe, expect, it } from 'vitest';
import {
  boldRunEnd,
  compactCjkSpacing,
  endsSentence,
  findPageFurniture,
  isPageNumberLine,
  repairParagraphs,
  startsNewItem,
  type LayoutBlock,
} from './repair';

type BlockSpec = string | Partial<LayoutBlock> & { text: string };

/** Lays blocks out one per line, the way an importer would record their offsets. */
function layout(specs: BlockSpec[]): { text: string; blocks: LayoutBlock[] } {
  let text = '';
  const blocks = specs.map((spec) => {
    const b = typeof spec === 'string' ? { text: spec } : spec;
    if (text) text += '\n';
    const start = text.length;
    text += b.text;
    return { ...b, start, end: text.length };
  });
  return { text, blocks };
}

const texts = (specs: BlockSpec[]) => repairParagraphs(layout(specs).blocks).map((p) => p.text);

describe('isPageNumberLine', () => {
  it.each(['— 1 —', '- 2 -', '—12—', '－ 3 －', '第 3 页', '第3页 共12页', '共 12 页 第 3 页', '第三页', '3/12', '7', ' 15 ', 'Page 4'])(
    'drops %j',
    (line) => expect(isPageNumberLine(line)).toBe(true),
  );
  it.each(['2021年9月6日', '1. 提升就业服务', '12月底前', '（一）', '2021', '100%', '第3条', '1000名', '一'])(
    'keeps %j',
    (line) => expect(isPageNumberLine(line)).toBe(false),
  );
});

describe('endsSentence', () => {
  it.each(['制定如下实施意见。', '区政府各部门单位：', '按职责分工负责）', '是否完成？', '有关要求；', '**2. 提高职业技能。**', '他说：“已完成。”', '简化审批流程。  '])(
    '%j ends a sentence',
    (t) => expect(endsSentence(t)).toBe(true),
  );
  it.each(['规范人力资源招聘', '高校毕业生、退役军人、', '着力扩大保', '打造一批“枣庄辣子鸡制作”', '按照《实施方案》', '2021年9月6日'])(
    '%j does not',
    (t) => expect(endsSentence(t)).toBe(false),
  );
});

describe('startsNewItem', () => {
  it.each(['1. 提升就业服务', '12．加强', '3、完善', '（一）完善机制', '(2) 推进', '一、优化就业创业环境', '十四、其他', '第十四条 ', '第3条', '## 二、减轻', '**2. 提高职业技能。**', '① 推进', '附件：', '附件1'])(
    '%j opens an item',
    (t) => expect(startsNewItem(t)).toBe(true),
  );
  it.each(['10.5%的企业完成改造', '行为，禁止就业性别歧视。', '2021年完成', '一级响应', '十四五规划', '单融资规模', '批流程。'])(
    '%j does not',
    (t) => expect(startsNewItem(t)).toBe(false),
  );
});

describe('compactCjkSpacing', () => {
  it.each([
    ['2021 年 9 月 28 日', '2021年9月28日'],
    ['区市场 监管局', '区市场监管局'],
    ['年交易额累计不超过 10 万元', '年交易额累计不超过10万元'],
    ['在 PC 端办理', '在PC端办理'],
    ['深化 “放管服”改革', '深化“放管服”改革'],
    ['　　为认真贯彻', '为认真贯彻'],
    ['报送单位：区人社局    报送日期：2021 年', '报送单位：区人社局 报送日期：2021年'],
    ['单位\t日期', '单位 日期'],
    ['Open data platform', 'Open data platform'],
    ['up to 1 000 items', 'up to 1 000 items'],
  ])('%j → %j', (input, expected) => expect(compactCjkSpacing(input)).toBe(expected));
});

describe('repairParagraphs: joining split sentences', () => {
  const cases: { name: string; blocks: BlockSpec[]; expected: string[] }[] = [
    {
      name: 'a sentence cut by a page break',
      blocks: ['1. 提升就业服务。开展企业技能人才自主评价。规范人力资源招聘', '行为，禁止就业性别歧视。'],
      expected: ['1. 提升就业服务。开展企业技能人才自主评价。规范人力资源招聘行为，禁止就业性别歧视。'],
    },
    {
      name: 'a word cut in two',
      blocks: ['10. 提高投资项目审批效能。建立工程许可豁免清单，能减尽减。规范调整、简化审', '批流程。'],
      expected: ['10. 提高投资项目审批效能。建立工程许可豁免清单，能减尽减。规范调整、简化审批流程。'],
    },
    {
      name: 'a cut after a list comma',
      blocks: ['完善创业担保贷款政策，高校毕业生、退役军人、', '返乡农民工等群体，可申请最高20万元创业担保贷款。'],
      expected: ['完善创业担保贷款政策，高校毕业生、退役军人、返乡农民工等群体，可申请最高20万元创业担保贷款。'],
    },
    {
      name: 'three pieces of one paragraph',
      blocks: ['加强医疗服务供给，提高职业卫生技术服务质量和水', '平，规范执业行为，督促职业卫生技术服务机构落实', '培训考核制度。'],
      expected: ['加强医疗服务供给，提高职业卫生技术服务质量和水平，规范执业行为，督促职业卫生技术服务机构落实培训考核制度。'],
    },
    {
      name: 'markdown marks kept, the sentence still joined',
      blocks: ['**20. 继续扩大出口信保覆盖面，**充分发挥信保保单融资功能。着力扩大保', '单融资规模，拓宽企业融资渠道。'],
      expected: ['**20. 继续扩大出口信保覆盖面，**充分发挥信保保单融资功能。着力扩大保单融资规模，拓宽企业融资渠道。'],
    },
    {
      name: 'spaces from PDF extraction removed inside the joined text',
      blocks: ['2021 年 9 月 28 日，区人社局召开全区就业工作推进', '会议，部署 11 月底前的工作。'],
      expected: ['2021年9月28日，区人社局召开全区就业工作推进会议，部署11月底前的工作。'],
    },
    {
      name: 'a sentence that opens with a field label',
      blocks: ['工作要求：各部门要高度重视，认真组织，确保', '各项任务按期完成。'],
      expected: ['工作要求：各部门要高度重视，认真组织，确保各项任务按期完成。'],
    },
    {
      name: 'Latin words joined with a space',
      blocks: ['The office will publish the full', 'list of measures online.'],
      expected: ['The office will publish the full list of measures online.'],
    },
  ];
  it.each(cases)('$name', ({ blocks, expected }) => expect(texts(blocks)).toEqual(expected));
});

describe('repairParagraphs: breaks that stay', () => {
  const cases: { name: string; blocks: BlockSpec[]; expected: number }[] = [
    { name: 'after a full stop', blocks: ['完成清理工作。', '建立动态调整机制。'], expected: 2 },
    { name: 'after a closing bracket', blocks: ['（区民政局牵头，区政府有关部门按职责分工负责）', '各镇街要健全工作机制'], expected: 2 },
    { name: 'before "2."', blocks: ['加强养老行业从业人员职业培训机制，开展养老护理员培训', '2. 提高职业技能。'], expected: 2 },
    { name: 'before "（二）"', blocks: ['加强养老行业从业人员职业培训机制，开展养老护理员培训', '（二）完善机制。'], expected: 2 },
    { name: 'before "三、"', blocks: ['加强养老行业从业人员职业培训机制，开展养老护理员培训', '三、推动扩大有效投资'], expected: 2 },
    { name: 'before "第五条"', blocks: ['加强养老行业从业人员职业培训机制，开展养老护理员培训', '第五条 各部门应当按时报送。'], expected: 2 },
    { name: 'before a markdown heading', blocks: ['加强养老行业从业人员职业培训机制，开展养老护理员培训', '## 二、减轻市场主体负担'], expected: 2 },
    { name: 'signature and date', blocks: ['市中区人民政府办公室', '2021年9月6日'], expected: 2 },
    { name: 'date in Chinese numerals', blocks: ['区人力资源和社会保障局', '二〇二一年十月八日'], expected: 2 },
    { name: 'joint signature', blocks: ['区财政局', '区人社局', '2021年10月8日'], expected: 3 },
    { name: 'title and addressee', blocks: ['关于服务“六稳”“六保”进一步深化“放管服”改革的实施意见', '各镇人民政府，各街道办事处，区政府各部门单位：'], expected: 2 },
    { name: 'report title and addressee', blocks: ['区人社局关于就业创业环境优化工作落实情况的报告', '区政府办公室：'], expected: 2 },
    { name: 'letterhead and document number', blocks: ['枣庄市市中区人民政府办公室文件', '市中政办发〔2021〕14号'], expected: 2 },
    { name: 'section heading and body', blocks: ['一、优化就业创业环境', '为进一步优化就业创业环境，现提出如下措施。'], expected: 2 },
    { name: 'a field label line', blocks: ['加强养老行业从业人员职业培训机制，开展养老护理员培训', '责任单位：区民政局'], expected: 2 },
    { name: 'a bracketed remark', blocks: ['2021年9月6日', '（此件公开发布）'], expected: 2 },
    { name: 'a rule line', blocks: ['各部门贯彻落实情况要及时向区政府报告', '---', '抄送：区委有关部门'], expected: 3 },
    { name: 'a header field line and the title', blocks: ['报送单位：区财政局 报送日期：2021年10月15日', '区财政局关于深化“放管服”改革有关任务落实情况的报告'], expected: 2 },
    { name: 'a date written with hyphens', blocks: ['区市场监管局', '2021-11-30'], expected: 2 },
    { name: 'a short issue line', blocks: ['〔2021〕第12期', '9月13日上午，区教体局召开开学工作会议。'], expected: 2 },
    { name: 'two names in a joint signature', blocks: ['枣庄市市中区人力资源和社会保障局', '枣庄市市中区财政局'], expected: 2 },
  ];
  it.each(cases)('$name', ({ blocks, expected }) => expect(texts(blocks)).toHaveLength(expected));
});

describe('repairParagraphs: layout hints', () => {
  it('joins soft (wrapped) lines even after a full stop, but not into a numbered item', () => {
    const got = texts([
      '为认真贯彻国家、省、市关于服务“六稳”“六保”进一',
      { text: '步深化改革工作部署。经区政府同意，制定如下实施', gap: 'soft' },
      { text: '意见。', gap: 'soft' },
      { text: '2. 提高职业技能。', gap: 'soft' },
    ]);
    expect(got).toEqual(['为认真贯彻国家、省、市关于服务“六稳”“六保”进一步深化改革工作部署。经区政府同意，制定如下实施意见。', '2. 提高职业技能。']);
  });

  it('keeps headings apart from body text but joins a wrapped title', () => {
    const got = texts([
      { text: '市中区人民政府办公室', heading: true },
      { text: '关于服务“六稳”“六保”进一步深化', heading: true, gap: 'soft' },
      { text: '“放管服”改革的实施意见', heading: true, gap: 'soft' },
      '各镇人民政府，各街道办事处，区政府各部门单位：',
      { text: '### 一、优化就业创业环境', heading: true },
      '为进一步优化就业创业环境，现提出如下',
    ]);
    expect(got).toEqual([
      '市中区人民政府办公室关于服务“六稳”“六保”进一步深化“放管服”改革的实施意见',
      '各镇人民政府，各街道办事处，区政府各部门单位：',
      '### 一、优化就业创业环境',
      '为进一步优化就业创业环境，现提出如下',
    ]);
  });

  it('never joins table rows', () => {
    const got = texts([
      { text: '序号 | 任务 | 落实情况', standalone: true },
      { text: '1 | 提升就业服务 | 已完成清理', standalone: true },
      '我局将继续推进相关工作，确保各项措施',
    ]);
    expect(got).toHaveLength(3);
  });

  it('keeps bold and page of the first piece, and offsets from first to last', () => {
    const { text, blocks } = layout([
      { text: '**3. 强化创业扶持。**完善创业担保贷款政策，高校毕业生、退役军人、', bold: true, page: 2 },
      { text: '— 2 —', page: 2 },
      { text: '返乡农民工等群体，可申请最高20万元创业担保贷款。', page: 3 },
      { text: '4. 优化惠企服务。', page: 3 },
    ]);
    const [first, second] = repairParagraphs(blocks);
    expect(first).toMatchObject({ index: 0, page: 2, bold: true });
    expect(first.text).not.toContain('— 2 —');
    expect(text.slice(first.start, first.end)).toMatch(/^\*\*3\. 强化创业扶持。[\s\S]*创业担保贷款。$/);
    expect(second).toMatchObject({ index: 1, page: 3, text: '4. 优化惠企服务。' });
    expect(second.bold).toBeUndefined();
  });

  it('turns line breaks inside a block into joins', () => {
    expect(texts(['市中区人民政府办公室\n关于服务“六稳”“六保”进一步深化\n“放管服”改革的实施意见'])).toEqual([
      '市中区人民政府办公室关于服务“六稳”“六保”进一步深化“放管服”改革的实施意见',
    ]);
  });

  it('skips blank blocks and lone page numbers', () => {
    expect(texts(['', '  ', '3', '完成清理工作。'])).toEqual(['完成清理工作。']);
  });
});

describe('findPageFurniture', () => {
  const page = (n: number, lines: string[]) => lines.map((text) => ({ text, page: n }));

  it('finds a running header and footer repeated on most pages', () => {
    const { blocks } = layout([
      ...page(1, ['市中区人民政府办公室文件', '为认真贯彻国家、省、市关于服务', '深化改革工作部署。', '市中政办发〔2021〕14号 第1页']),
      ...page(2, ['市中区人民政府办公室文件', '1. 提升就业服务。', '开展企业技能人才自主评价，规范人力资源招聘', '市中政办发〔2021〕14号 第2页']),
      ...page(3, ['市中区人民政府办公室文件', '行为，禁止就业性别歧视。', '市中政办发〔2021〕14号 第3页']),
    ]);
    const furniture = findPageFurniture(blocks);
    const found = [...furniture].sort((a, b) => a - b).map((i) => blocks[i].text);
    expect(found).toEqual([
      '市中区人民政府办公室文件',
      '市中政办发〔2021〕14号 第1页',
      '市中区人民政府办公室文件',
      '市中政办发〔2021〕14号 第2页',
      '市中区人民政府办公室文件',
      '市中政办发〔2021〕14号 第3页',
    ]);
    expect(furniture.size).toBe(6);
    const paragraphs = repairParagraphs(blocks).map((p) => p.text);
    expect(paragraphs).toContain('1. 提升就业服务。');
    expect(paragraphs).toContain('开展企业技能人才自主评价，规范人力资源招聘行为，禁止就业性别歧视。');
    expect(paragraphs.join('')).not.toContain('人民政府办公室文件');
  });

  it('keeps a line that repeats on only a few pages', () => {
    const { blocks } = layout([
      ...page(1, ['一、优化就业创业环境', '完成清理工作。']),
      ...page(2, ['建立动态调整机制。', '完成评估工作。']),
      ...page(3, ['一、优化就业创业环境', '开展培训。']),
      ...page(4, ['落实告知承诺制。', '完成考核。']),
      ...page(5, ['推进试点。', '完成验收。']),
    ]);
    expect(findPageFurniture(blocks).size).toBe(0);
  });

  it('ignores pages for a single-page document', () => {
    const { blocks } = layout(page(1, ['市中区人民政府办公室', '完成清理工作。', '市中区人民政府办公室']));
    expect(findPageFurniture(blocks).size).toBe(0);
  });
});

describe('boldRunEnd', () => {
  it.each([
    ['20. 继续扩大出口信保覆盖面，充分发挥信保保单融资功能。', '20. 继续扩大出口信保覆盖面，', 16],
    ['区市场监管局牵头。', '区市场 监管局', 6],
    ['2. 提高职业技能。建立培训补贴标准', '2. 提高职业技能。', 10],
    ['正文没有加粗', undefined, null],
    ['某段文字', '另一段', null],
  ])('%s', (text, prefix, expected) => {
    expect(boldRunEnd(text, prefix)).toBe(expected);
  });
});

describe('a title line is never run into the addressee below it', () => {
  it.each(['关于促进民营经济高质量发展的若干措施', '某市养老服务条例', '某县国土空间总体规划纲要'])('%s', (title) => {
    const blocks = [title, '各区县人民政府，市政府各部门：'].map((text, i) => ({ text, start: i * 40, end: i * 40 + text.length }));
    expect(repairParagraphs(blocks).map((p) => p.text)).toEqual([title, '各区县人民政府，市政府各部门：']);
  });
});

describe('a long title line (关于…的通知, over 40 characters) is never run into the addressee below it', () => {
  it.each([
    '立山区人民政府关于印发《立山区政府2023年重点工作任务分解和责任分工方案》的通知',
    '某某市人民政府办公室关于印发某某市进一步优化营商环境加快建设现代化经济体系若干措施的通知',
  ])('%s', (title) => {
    const addressee = '立山经济开发区,各街道办事处,各区直部门,各有关单位:';
    const blocks = [title, addressee].map((text, i) => ({ text, start: i * 80, end: i * 80 + text.length }));
    expect(repairParagraphs(blocks).map((p) => p.text)).toEqual([title, addressee]);
  });

  it.each([
    // half a sentence that cites a notice: the 《 it opens is closed on the next line
    ['现将《某某市人民政府办公室关于印发某某市进一步优化营商环境加快建设现代化经济体系若干措施的通知', '》转发给你们，请认真贯彻执行。'],
    ['根据某某省人民政府办公厅关于进一步加强和改进全省营商环境建设工作推动经济高质量发展的通知', '精神，结合我市实际，制定本方案。'],
    ['各单位要按照某某市人民政府关于进一步加强和改进营商环境建设工作推动经济高质量发展的通知', '要求，抓好落实。'],
  ])('joins a sentence cut after a cited title: %s', (first, second) => {
    const blocks = [first, second].map((text, i) => ({ text, start: i * 80, end: i * 80 + text.length }));
    expect(repairParagraphs(blocks).map((p) => p.text)).toEqual([first + second]);
  });
});

describe('repairParagraphs: a table copied one cell a line', () => {
  it('comes out as its rows, the 序号 kept rather than dropped as page numbers', () => {
    expect(texts(['2016年民生实事目标任务分解表', '序号', '民生实事', '责任单位', '完成时限', '1', '新建2座人行天桥。', '县住建局', '9月投入使用', '2', '城区再新建1个农贸市场。', '县商务局', '12月底前'])).toEqual([
      '2016年民生实事目标任务分解表',
      '序号 | 民生实事 | 责任单位 | 完成时限',
      '1 | 新建2座人行天桥。 | 县住建局 | 9月投入使用',
      '2 | 城区再新建1个农贸市场。 | 县商务局 | 12月底前',
    ]);
  });
});
