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
      [1, '（一）', '一'],
      [2, '（二）', '一'],
      [3, '（一）', '二'],
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
    const s = structure(['一、总体要求', '（一）指导思想。坚持问题导向。', '（二）工作目标。', '二、主要任务', '（一）优化服务。']);
    expect(s.measures.map((m) => m.label)).toEqual(['（一）', '（二）', '（一）']);
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
