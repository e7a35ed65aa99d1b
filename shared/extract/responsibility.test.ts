import { describe, expect, it } from 'vitest';
import { hasResponsibility, readResponsibility } from './responsibility';

type Case = [string, { lead: string[]; support: string[]; joint: boolean; generic: string[] }];

describe('readResponsibility: trailing parenthesis', () => {
  it.each<Case>([
    [
      '……禁止就业性别歧视。（区人力资源和社会保障局牵头，区市场监管局等有关部门按职责分工负责）',
      { lead: ['区人力资源和社会保障局'], support: ['区市场监管局'], joint: false, generic: ['有关部门'] },
    ],
    [
      '（区财政局、区人力资源社会保障局牵头，区教体局、区农业农村局等有关部门按职责分工负责）',
      { lead: ['区财政局', '区人力资源社会保障局'], support: ['区教体局', '区农业农村局'], joint: false, generic: ['有关部门'] },
    ],
    ['（区财政局、区税务局等有关部门按职责分工负责）', { lead: ['区财政局', '区税务局'], support: [], joint: true, generic: ['有关部门'] }],
    ['（区市场监管局牵头，区政府有关部门按职责分工负责）', { lead: ['区市场监管局'], support: [], joint: false, generic: ['区政府有关部门'] }],
    [
      '（区自然资源局牵头，区发展和改革委员会、区住房和城乡建设局和各镇街按职责分工负责）',
      { lead: ['区自然资源局'], support: ['区发展和改革委员会', '区住房和城乡建设局'], joint: false, generic: ['各镇街'] },
    ],
    [
      '（区商务和投资促进局牵头，区公安分局、区行政审批服务局等区政府有关部门按职责分工负责）',
      { lead: ['区商务和投资促进局'], support: ['区公安分局', '区行政审批服务局'], joint: false, generic: ['区政府有关部门'] },
    ],
    ['（各级各部门按职责分工负责）', { lead: [], support: [], joint: false, generic: ['各级各部门'] }],
    ['（区商务和投资促进局牵头，区地方金融监管局等部门按职责分工负责）', { lead: ['区商务和投资促进局'], support: ['区地方金融监管局'], joint: false, generic: [] }],
    ['（区应急管理局负责）', { lead: ['区应急管理局'], support: [], joint: false, generic: [] }],
    ['（区水务局、区应急管理局负责）', { lead: ['区水务局', '区应急管理局'], support: [], joint: true, generic: [] }],
    ['（由区应急局牵头，区水务局、区城市管理局配合）', { lead: ['区应急局'], support: ['区水务局', '区城市管理局'], joint: false, generic: [] }],
    ['（市政府办公室牵头，市审批局配合）', { lead: ['市政府办公室'], support: ['市审批局'], joint: false, generic: [] }],
    ['（各街道办事处、区政府各部门负责）', { lead: [], support: [], joint: false, generic: ['各街道办事处', '区政府各部门'] }],
    ['（区发改局牵头，区财政局，区人社局配合）', { lead: ['区发改局'], support: ['区财政局', '区人社局'], joint: false, generic: [] }],
    // A会同B: A leads, B supports
    ['（区发改局会同区财政局负责）', { lead: ['区发改局'], support: ['区财政局'], joint: false, generic: [] }],
    ['（县人社局牵头，会同县财政局等部门负责）', { lead: ['县人社局'], support: ['县财政局'], joint: false, generic: [] }],
    // generic actors carry the duty, the named bodies only assist
    ['（各乡镇（街道）负责，县水利局、县应急局配合）', { lead: [], support: ['县水利局', '县应急局'], joint: false, generic: ['各乡镇（街道）'] }],
    ['（县教体局牵头，各有关单位配合）', { lead: ['县教体局'], support: [], joint: false, generic: ['各有关单位'] }],
  ])('%s', (text, expected) => {
    const read = readResponsibility(text);
    expect({ lead: read.lead, support: read.support, joint: read.joint, generic: read.generic }).toEqual(expected);
  });

  it('keeps the parenthesis it read from', () => {
    expect(readResponsibility('做好保障。（区民政局牵头，区残联配合）').text).toBe('（区民政局牵头，区残联配合）');
  });

  it('gives each sub-point its own lead: one body per parenthesis is not a shared duty', () => {
    const read = readResponsibility('一是全面排查隐患（县教体局负责）；二是整治周边环境（县市场监管局负责）。');
    expect({ lead: read.lead, support: read.support, joint: read.joint }).toEqual({ lead: ['县教体局', '县市场监管局'], support: [], joint: false });
    expect(read.text).toBe('（县教体局负责）\n（县市场监管局负责）');
  });

  it('still reads bodies named together in one of several parentheses as sharing', () => {
    const read = readResponsibility('甲事项（县财政局、县税务局负责）；乙事项（县民政局负责）。');
    expect({ lead: read.lead, joint: read.joint }).toEqual({ lead: ['县财政局', '县税务局', '县民政局'], joint: true });
  });

  it('adds up several parentheses in one measure', () => {
    const read = readResponsibility('甲事项。（区财政局牵头）\n乙事项。（区民政局牵头，区财政局配合）');
    expect(read.lead).toEqual(['区财政局', '区民政局']);
    expect(read.support).toEqual([]);
  });
});

describe('readResponsibility: labelled lines', () => {
  it.each<Case>([
    ['推进一网通办。\n责任单位：县行政审批局（牵头），县大数据中心、县司法局\n完成时限：2022年6月底前', { lead: ['县行政审批局'], support: ['县大数据中心', '县司法局'], joint: false, generic: [] }],
    ['牵头单位：县市场监管局；配合单位：县公安局、县税务局', { lead: ['县市场监管局'], support: ['县公安局', '县税务局'], joint: false, generic: [] }],
    ['牵头单位：县地方金融监管局\n配合单位：县人社局、县财政局、各乡镇（街道）', { lead: ['县地方金融监管局'], support: ['县人社局', '县财政局'], joint: false, generic: ['各乡镇（街道）'] }],
    ['责任单位：县发改局、县审批服务局', { lead: ['县发改局', '县审批服务局'], support: [], joint: true, generic: [] }],
    ['责任单位：河东县人力资源社会保障局', { lead: ['河东县人力资源社会保障局'], support: [], joint: false, generic: [] }],
    ['主要责任单位：县教体局、县卫健局\n配合单位：县财政局', { lead: ['县教体局', '县卫健局'], support: ['县财政局'], joint: false, generic: [] }],
    ['责任部门：县住建局 完成时限：2022年底前', { lead: ['县住建局'], support: [], joint: false, generic: [] }],
    ['数据共享。（责任单位：县大数据局、县财政局）', { lead: ['县大数据局', '县财政局'], support: [], joint: true, generic: [] }],
    ['责任单位：县人力资源和社会保障局会同县医保局、县税务局', { lead: ['县人力资源和社会保障局'], support: ['县医保局', '县税务局'], joint: false, generic: [] }],
    ['（牵头单位：县公安局交警大队；配合单位：县教体局、县交通运输局）', { lead: ['县公安局交警大队'], support: ['县教体局', '县交通运输局'], joint: false, generic: [] }],
    // a PDF table cell: names separated by spaces only, fused once the line is compacted
    ['责任单位：县教体局县卫健局县财政局', { lead: ['县教体局', '县卫健局', '县财政局'], support: [], joint: true, generic: [] }],
  ])('%s', (text, expected) => {
    const read = readResponsibility(text);
    expect({ lead: read.lead, support: read.support, joint: read.joint, generic: read.generic }).toEqual(expected);
  });

  it('returns the labelled words, not the 完成时限 line', () => {
    expect(readResponsibility('责任单位：县人社局（牵头），县财政局\n完成时限：2022年6月底前').text).toBe('责任单位：县人社局（牵头），县财政局');
  });
});

describe('readResponsibility: a bare sentence', () => {
  it.each<Case>([
    ['加强宣传培训。区人社局牵头，区财政局、区民政局配合。', { lead: ['区人社局'], support: ['区财政局', '区民政局'], joint: false, generic: [] }],
    ['做好值守。\n由区应急局负责。', { lead: ['区应急局'], support: [], joint: false, generic: [] }],
    ['完善机制。区发改局、区财政局按职责分工负责。', { lead: ['区发改局', '区财政局'], support: [], joint: true, generic: [] }],
    ['加强培训。由党政办公室会同社会事业局负责。', { lead: ['党政办公室'], support: ['社会事业局'], joint: false, generic: [] }],
  ])('%s', (text, expected) => {
    const read = readResponsibility(text);
    expect({ lead: read.lead, support: read.support, joint: read.joint, generic: read.generic }).toEqual(expected);
  });

  it('keeps the sentence it read from', () => {
    expect(readResponsibility('加强宣传培训。区人社局牵头，区财政局配合。').text).toBe('区人社局牵头，区财政局配合。');
  });
});

describe('readResponsibility: duties assigned inside a sentence that also says what to do', () => {
  it.each<Case>([
    ['落实优惠。由县税务局牵头，县财政局配合，于2023年6月底前完成政策宣传全覆盖。', { lead: ['县税务局'], support: ['县财政局'], joint: false, generic: [] }],
    ['整治问题。市应急局牵头，市住建局、市消防救援支队配合，对隐患建立清单，明年3月底前整改到位。', { lead: ['市应急局'], support: ['市住建局', '市消防救援支队'], joint: false, generic: [] }],
    ['加强督查。由县政府督查室负责，每季度开展一次督查。', { lead: ['县政府督查室'], support: [], joint: false, generic: [] }],
    ['开展排查。由各乡镇负责，县应急局配合，9月底前完成。', { lead: [], support: ['县应急局'], joint: false, generic: ['各乡镇'] }],
    ['加强督查。每季度开展一次督查，由县政府督查室负责。', { lead: ['县政府督查室'], support: [], joint: false, generic: [] }],
  ])('%s', (text, expected) => {
    const read = readResponsibility(text);
    expect({ lead: read.lead, support: read.support, joint: read.joint, generic: read.generic }).toEqual(expected);
  });

  it('keeps only the assigning clauses as the words read', () => {
    expect(readResponsibility('落实优惠。由县税务局牵头，县财政局配合，于6月底前完成宣传。').text).toBe('由县税务局牵头，县财政局配合');
  });

  it.each([
    // A plain "A负责" among other clauses is too weak: it may describe, not assign.
    '加强督查。县政府督查室负责，每季度开展一次督查。',
    // Clauses that only describe who does what, after other words, with no 由.
    '强化协同。企业牵头，高校配合，共建研发平台。',
    '推进平台建设。发挥龙头作用，区属国企牵头，区人社局配合。',
    '推进改革。由企业自主负责，按市场化方式运营。',
  ])('reads no duty from: %s', (text) => {
    expect(readResponsibility(text).text).toBeNull();
  });
});

describe('readResponsibility: passages that assign no duty', () => {
  it.each([
    '对经济发展紧缺急需专业和职业（工种）可适当提高补贴标准。',
    '离校两年内高校毕业生（含专科、高职毕业生）',
    '按照《关于规范二手车流通企业备案的通知》（鲁商字〔2021〕85号）要求',
    '（由企业自行负责）',
    '（不满一年的每人每月200元、300元）',
    '区政府办公室要加强督导调度，对工作进度慢的单位及时督促整改。',
    '各镇街要健全工作机制，压实工作责任，确保任务落实。',
    '企业负责。',
    '实行人力资源社会保障部门审核借款人资格、担保机构尽职调查。',
    '会同相关部门探索建立信息核查、信用管理、行政协助等机制。',
  ])('%s', (text) => {
    expect(hasResponsibility(text)).toBe(false);
    expect(readResponsibility(text).text).toBeNull();
  });
});
