import { describe, expect, it } from 'vitest';
import { policyLines } from './policy-lines';
import { readResponsibility } from './responsibility';
import { readStructure } from './structure';

function structure(texts: string[], zone?: { bodyStart: number; closingStart: number }) {
  const lines = policyLines(texts.map((text, index) => ({ index, text })));
  return readStructure(lines, zone ?? { bodyStart: 0, closingStart: lines.length }, (t) => readResponsibility(t).text);
}

describe('readStructure: levels', () => {
  it('takes 1. items as measures under 一、 sections, numbered as written when the numbering runs on', () => {
    const s = structure([
      '一、优化就业创业环境',
      '1. 提升就业服务。开展评价。（区人社局牵头）',
      '2. 提高职业技能。开展培训。（区人社局牵头，区财政局配合）',
      '二、减轻市场主体负担',
      '3. 优化惠企服务。推进免申即享。（区财政局、区税务局等有关部门按职责分工负责）',
    ]);
    expect(s.sections).toEqual([
      { number: '一', title: '优化就业创业环境' },
      { number: '二', title: '减轻市场主体负担' },
    ]);
    expect(s.measures.map((m) => [m.number, m.label, m.section, m.title])).toEqual([
      [1, '1.', '一', '提升就业服务'],
      [2, '2.', '一', '提高职业技能'],
      [3, '3.', '二', '优化惠企服务'],
    ]);
    expect(s.warnings).toEqual([]);
  });

  it('takes （一） items as measures under 一、 sections; their 1. points stay inside the measure', () => {
    const s = structure([
      '一、提升政务服务效能',
      '（一）压缩企业开办时间。具体包括：',
      '1. 推行一次办结；',
      '2. 推广电子执照。',
      '牵头单位：县市场监管局；配合单位：县公安局',
      '（二）规范中介服务。',
      '责任单位：县发改局',
      '二、优化要素保障',
      '（一）强化用工保障。',
      '责任单位：县人社局',
    ]);
    expect(s.measures.map((m) => [m.number, m.label, m.section])).toEqual([
      [1, '一、（一）', '一'],
      [2, '一、（二）', '一'],
      [3, '二、（一）', '二'],
    ]);
    expect(s.measures[0].text).toBe('压缩企业开办时间。具体包括：\n1. 推行一次办结；\n2. 推广电子执照。\n牵头单位：县市场监管局；配合单位：县公安局'.replace('1. ', '1.').replace('2. ', '2.'));
    expect(s.warnings).toEqual(['措施编号在各部分重新开始或缺失，已按出现顺序连续编号为 1–3']);
  });

  it('takes the finer level when each of its items carries its own responsibility', () => {
    const s = structure([
      '一、夯实基础',
      '（一）建设政务云。',
      '1. 迁移系统上云。（县大数据局负责）',
      '2. 统一运维管理。（县财政局负责）',
      '（二）推进数据共享。',
      '3. 建立共享目录。（县大数据局负责）',
    ]);
    expect(s.measures.map((m) => m.label)).toEqual(['1.', '2.', '3.']);
    expect(s.sections.map((x) => x.number)).toEqual(['一']);
  });

  it('reads 第一条 articles under 第一章 chapters', () => {
    const s = structure([
      '第一章 总则',
      '第一条 为提升服务效率，制定本办法。',
      '第二章 服务内容',
      '第二条 建立帮办队伍。（市审批局负责）',
      '（一）明确专职人员；',
      '第三条 实行全程帮办。（市发改委负责）',
    ]);
    // the purpose article assigns nothing, so it is no measure, and 总则 holds none
    expect(s.sections).toEqual([{ number: '二', title: '服务内容' }]);
    expect(s.measures.map((m) => [m.number, m.label, m.section, m.title])).toEqual([
      [2, '第二条', '二', '建立帮办队伍'],
      [3, '第三条', '二', '实行全程帮办'],
    ]);
    expect(s.measures[0].text).toContain('（一）明确专职人员；');
  });

  it('reads a label standing alone on its line', () => {
    const s = structure(['一、', '总体要求', '（一）', '加强组织领导。建立工作专班。（区政府办公室牵头）', '（二）强化督导。（区督查室负责）']);
    expect(s.sections).toEqual([{ number: '一', title: '总体要求' }]);
    expect(s.measures.map((m) => [m.label, m.title, m.text])).toEqual([
      ['（一）', '加强组织领导', '加强组织领导。建立工作专班。（区政府办公室牵头）'],
      ['（二）', '强化督导', '强化督导。（区督查室负责）'],
    ]);
  });

  it('reads a policy without sections', () => {
    const s = structure(['1、全面排查隐患。（区水务局负责）', '2、完善应急预案。（区应急局负责）']);
    expect(s.sections).toEqual([]);
    expect(s.measures.map((m) => [m.number, m.label, m.section])).toEqual([
      [1, '1、', null],
      [2, '2、', null],
    ]);
  });

  it('makes 一、 items the measures when they are the only numbering', () => {
    const s = structure(['一、排查隐患。（区水务局负责）', '二、完善预案。（区应急局负责）']);
    expect(s.sections).toEqual([]);
    expect(s.measures.map((m) => [m.number, m.label, m.title])).toEqual([
      [1, '一、', '排查隐患'],
      [2, '二、', '完善预案'],
    ]);
  });

  it('with no responsibilities anywhere, takes the level under the sections', () => {
    const s = structure(['一、优化服务', '（一）推行一网通办。', '（二）压缩办理时限。', '二、加强监管', '（一）开展双随机抽查。']);
    expect(s.measures.map((m) => m.label)).toEqual(['一、（一）', '一、（二）', '二、（一）']);
  });
});

describe('readStructure: titles and text', () => {
  it('uses the bold run for the title, even when it ends with a comma', () => {
    const s = structure(['**20. 继续扩大出口信保覆盖面，**充分发挥保单融资功能。（区商务局牵头）', '**9. 加大监管力度，规范专利申请行为。**开展专项整治。（区市场监管局牵头）']);
    expect(s.measures.map((m) => m.title)).toEqual(['继续扩大出口信保覆盖面', '加大监管力度，规范专利申请行为']);
    expect(s.measures[0].text).toBe('继续扩大出口信保覆盖面，充分发挥保单融资功能。（区商务局牵头）');
  });

  it('uses a short heading line as the title', () => {
    const s = structure(['1. 提升就业服务', '严格贯彻国家要求。（区人社局牵头）']);
    expect(s.measures[0].title).toBe('提升就业服务');
    expect(s.measures[0].text).toBe('提升就业服务\n严格贯彻国家要求。（区人社局牵头）');
  });

  it('joins a sentence split by a page break, and keeps sentence ends as line breaks', () => {
    const s = structure(['1. 提升就业服务。规范人力资源招聘', '行为，禁止就业性别歧视。', '（区人社局牵头）', '2. 另一项。（区财政局负责）']);
    expect(s.measures[0].text).toBe('提升就业服务。规范人力资源招聘行为，禁止就业性别歧视。\n（区人社局牵头）');
    expect(s.measures[0].paragraphs).toEqual([0, 1, 2]);
  });

  it('cuts a long first sentence at its first comma', () => {
    const s = structure(['1. 对手续齐全、在当地民政部门备案，符合补助条件的养老机构，统筹各级资金，按照每人每年2400元、3600元的标准给予差异化补助。（区民政局牵头）']);
    expect(s.measures[0].title).toBe('对手续齐全、在当地民政部门备案');
  });
});

describe('readStructure: where measures end', () => {
  it('leaves the closing paragraphs after the last measure out', () => {
    const s = structure([
      '一、强化组织保障',
      '29. 加强组织实施。各镇街要健全工作机制。（各级各部门按职责分工负责）',
      '各镇街、各部门贯彻落实情况要及时向区政府报告。',
    ]);
    expect(s.measures[0].text).toBe('加强组织实施。各镇街要健全工作机制。（各级各部门按职责分工负责）');
    expect(s.measures[0].paragraphs).toEqual([1]);
  });

  it('keeps a responsibility parenthesis split over two lines whole', () => {
    const s = structure(['1. 加强组织实施。各镇街要健全机制。（区人力资源和社会', '保障局牵头，区财政局配合）', '各镇街、各部门贯彻落实情况要及时向区政府报告。']);
    expect(s.measures[0].text).toBe('加强组织实施。各镇街要健全机制。（区人力资源和社会保障局牵头，区财政局配合）');
  });

  it('ends the last measure at its 完成时限 line', () => {
    const s = structure(['（一）强化用工保障。', '责任单位：县人社局', '完成时限：2022年6月底前', '各乡镇要于每季度末将进展报县政府办公室。']);
    expect(s.measures[0].text).toBe('强化用工保障。\n责任单位：县人社局\n完成时限：2022年6月底前');
  });

  it('ends the last measure before a closing phrase when it names no one', () => {
    const s = structure(['1. 做好宣传。', '广泛宣传政策。', '本通知自印发之日起施行。']);
    expect(s.measures[0].text).toBe('做好宣传。\n广泛宣传政策。');
  });

  it('stops at the attachment line and ignores numbering before the body', () => {
    const s = structure(['1. 不算。', '前言。', '1. 做好宣传。（区委宣传部负责）', '附件：1. 任务分工表'], { bodyStart: 1, closingStart: 4 });
    expect(s.measures.map((m) => m.title)).toEqual(['做好宣传']);
  });

  it('finds the measures of a plan attached after the signature', () => {
    const s = structure(
      ['现将方案印发给你们。', '南湖县人民政府办公室', '二〇二一年十二月三十日', '附件', '一、夯实数字基础', '1. 建设政务云。（县大数据局负责）'],
      { bodyStart: 0, closingStart: 1 },
    );
    expect(s.measures.map((m) => [m.label, m.section, m.title])).toEqual([['1.', '一', '建设政务云']]);
  });
});

describe('readStructure: numbering inside a measure', () => {
  it('keeps 1）2） points inside their （一） measure', () => {
    const s = structure([
      '（一）做好毕业生就业服务。具体包括：',
      '1）开展专场招聘会；',
      '2）建立实名台账，每月10日前更新。',
      '（县人社局牵头，县教体局配合）',
      '（二）开发公益性岗位。（县人社局负责）',
    ]);
    expect(s.measures.map((m) => m.label)).toEqual(['（一）', '（二）']);
    expect(s.measures[0].text).toBe('做好毕业生就业服务。具体包括：\n1）开展专场招聘会；\n2）建立实名台账，每月10日前更新。\n（县人社局牵头，县教体局配合）');
  });

  it('takes 1） items as measures when they carry the responsibilities', () => {
    const s = structure(['一、优化服务', '1）推行一网通办。（县审批局负责）', '2）推行帮办代办。（县审批局负责）']);
    expect(s.measures.map((m) => [m.number, m.label, m.section])).toEqual([
      [1, '1）', '一'],
      [2, '2）', '一'],
    ]);
  });

  it('never reads 一是…二是… as numbering, also when each point opens a line', () => {
    const s = structure(['（一）开展隐患排查。', '一是全面排查校舍安全隐患；', '二是整治校园周边环境。', '（县教体局牵头）', '（二）强化宣传。（县委宣传部负责）']);
    expect(s.measures.map((m) => m.label)).toEqual(['（一）', '（二）']);
    expect(s.measures[0].text).toBe('开展隐患排查。\n一是全面排查校舍安全隐患；\n二是整治校园周边环境。\n（县教体局牵头）');
  });

  it('joins a line that a parenthesis was cut at, even after a closing bracket', () => {
    const s = structure(['（一）开展以工代赈。（县发改局牵头，县农业农村局、各乡镇（街道）', '配合）', '（二）强化宣传。（县委宣传部负责）']);
    expect(s.measures[0].text).toBe('开展以工代赈。（县发改局牵头，县农业农村局、各乡镇（街道）配合）');
  });
});

describe('readStructure: what frames the measures', () => {
  it('leaves out the items of 总体要求 and 保障措施 sections that assign no duty, and their sections', () => {
    const s = structure([
      '一、总体要求',
      '（一）指导思想。坚持以人民为中心。',
      '二、重点任务',
      '（一）开展隐患排查。',
      '牵头部门：安监局',
      '（二）集中专项整治。',
      '责任部门：综合执法局',
      '三、保障措施',
      '（一）加强组织领导。成立工作专班。',
      '（二）严格督导考核。每月通报进展。',
    ]);
    expect(s.sections).toEqual([{ number: '二', title: '重点任务' }]);
    expect(s.measures.map((m) => [m.number, m.section, m.title])).toEqual([
      [1, '二', '开展隐患排查'],
      [2, '二', '集中专项整治'],
    ]);
  });

  it('keeps a 保障措施 section whose items assign duties', () => {
    const s = structure(['一、优化服务', '1. 推行一网通办。（县审批局负责）', '二、保障措施', '2. 加强督查。（县督查室牵头）', '3. 加强宣传。']);
    expect(s.measures.map((m) => [m.number, m.section])).toEqual([
      [1, '一'],
      [2, '二'],
      [3, '二'],
    ]);
  });

  it('leaves out the frame of a policy that assigns no duty to anyone, too (an opinion to 各地区、各部门)', () => {
    const s = structure(['一、总体要求', '（一）指导思想。坚持以人民为中心。', '（二）工作目标。到2022年建成矩阵。', '二、重点任务', '（一）开展隐患排查。', '（二）强化整改。', '三、强化保障措施', '（一）加强组织领导。各地区要高度重视。']);
    // the numbering starts again in each section, the frame's included: the label says which （一）
    expect(s.measures.map((m) => [m.label, m.title])).toEqual([
      ['二、（一）', '开展隐患排查'],
      ['二、（二）', '强化整改'],
    ]);
  });

  it('keeps the frame when nothing else would be left', () => {
    const s = structure(['一、总体要求', '（一）指导思想。坚持以人民为中心。', '（二）基本原则。坚持问题导向。']);
    expect(s.measures).toHaveLength(2);
  });

  it('leaves out articles that state purpose, scope or entry into force, keeping the numbers as written', () => {
    const s = structure([
      '第一条 为激发民营经济活力，特制定本措施。',
      '第二条 降低用地成本。（县自然资源局负责）',
      '第三条 本措施适用于全县民营企业。',
      '第四条 减轻社保负担。（县人社局负责）',
      '第五条 本措施自印发之日起施行。由县发改局负责解释。',
    ]);
    expect(s.measures.map((m) => [m.number, m.label])).toEqual([
      [2, '第二条'],
      [4, '第四条'],
    ]);
    expect(s.warnings).toEqual([]);
  });

  it('keeps the text of the last measure when the measures state their duties before their text', () => {
    const s = structure([
      '一、支持企业资质升级',
      '责任单位：区住建局',
      '对首次取得特级资质的企业给予奖励。',
      '二、加大金融支持',
      '牵头单位：区金融办；配合单位：区财政局',
      '每半年召开一次银企对接会。',
      '本措施自印发之日起施行。',
    ]);
    expect(s.measures.map((m) => m.text)).toEqual([
      '支持企业资质升级\n责任单位：区住建局\n对首次取得特级资质的企业给予奖励。',
      '加大金融支持\n牵头单位：区金融办；配合单位：区财政局\n每半年召开一次银企对接会。',
    ]);
  });

  it('joins a field line to the next only when its list wraps', () => {
    const s = structure(['（一）推进医养结合。', '配合单位：县民政局、', '县医保局', '（二）加强宣传。（县委宣传部负责）']);
    expect(s.measures[0].text).toBe('推进医养结合。\n配合单位：县民政局、县医保局');
  });

  it('keeps the field lines that follow the last measure’s responsibility', () => {
    const s = structure(['4、开展联合检查', '牵头单位：区司法局', '完成时限：2023年10月—12月', '工作内容：统筹制定联合检查计划。', '区政府办公室']);
    expect(s.measures[0].text).toBe('开展联合检查\n牵头单位：区司法局\n完成时限：2023年10月—12月\n工作内容：统筹制定联合检查计划。');
  });
});

describe('readStructure: a division table for the measures of the text', () => {
  const body = [
    '一、完善设施',
    '1. 推进社区养老设施建设。2022年底前实现全覆盖。',
    '2. 发展农村互助养老。年内新建幸福院不少于15处。',
    '二、提升质量',
    '3. 推进医养结合。签约率达到100%。',
  ];

  it('gives the measures the responsibilities of the rows that name them, by title or else by number', () => {
    const s = structure([
      ...body,
      '附件',
      '序号 | 重点任务 | 牵头单位 | 配合单位',
      '1 | 推进社区养老设施建设 | 区民政局 | 区住建局',
      '2 | 农村互助养老 | 区民政局 | 区农业农村局',
      '3 | 医养结合工作 | 区卫健局 | 区民政局',
    ]);
    expect(s.sections.map((x) => x.number)).toEqual(['一', '二']);
    expect(s.measures.map((m) => [m.number, m.label, m.section])).toEqual([
      [1, '1.', '一'],
      [2, '2.', '一'],
      [3, '3.', '二'],
    ]);
    expect(s.measures[0].text).toBe('推进社区养老设施建设。2022年底前实现全覆盖。\n牵头单位：区民政局\n配合单位：区住建局');
    expect(s.measures[2].text).toBe('推进医养结合。签约率达到100%。\n牵头单位：区卫健局\n配合单位：区民政局');
    expect(s.measures[0].paragraphs).toEqual([1, 7]);
  });

  it('takes an attached numbered plan as it is, never as duties for the points of the notice', () => {
    const s = structure(
      ['现就有关事项通知如下：', '一、高度重视。', '二、抓好落实。', '南湖县人民政府办公室', '2021年12月30日', '附件', '一、夯实基础', '1. 建设政务云。（县大数据局负责）', '2. 推进数据共享。（县财政局负责）'],
      { bodyStart: 0, closingStart: 3 },
    );
    expect(s.measures.map((m) => [m.label, m.title])).toEqual([
      ['1.', '建设政务云'],
      ['2.', '推进数据共享'],
    ]);
  });

  it('reads the table alone when its rows are other tasks than the numbered points', () => {
    const s = structure([
      ...body,
      '附件',
      '序号 | 重点任务 | 牵头单位',
      '11 | 建设智慧养老平台 | 区大数据局',
      '12 | 培育养老服务企业 | 区民政局',
    ]);
    expect(s.measures.map((m) => [m.number, m.title])).toEqual([
      [11, '建设智慧养老平台'],
      [12, '培育养老服务企业'],
    ]);
  });
});
