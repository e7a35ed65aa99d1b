import { describe, expect, it } from 'vitest';
import { applyConventions, readConventions } from './lead-convention';

describe('readConventions', () => {
  it.each([
    ['（省发展改革委、省财政厅按职责分工负责，列第一位的为牵头单位，下同）', 'first-leads', true, '（省发展改革委、省财政厅按职责分工负责）'],
    ['（市商务局、市财政局负责，排在首位的为牵头单位，下同）', 'first-leads', true, '（市商务局、市财政局负责）'],
    ['（区住建局、区城管局，第一个单位为牵头单位，以下同）', 'first-leads', true, '（区住建局、区城管局）'],
    ['（县财政局、县税务局，列第一位者为牵头单位）', 'first-leads', false, '（县财政局、县税务局）'],
    // written in brackets of its own after the first body: the brackets go with the words
    ['责任单位:县发改局(首位单位为牵头单位,下同)、县财政局、县税务局', 'first-leads', true, '责任单位:县发改局、县财政局、县税务局'],
    // after the last body, in the wording of offices that also collect the reports
    ['责任单位:财政局、发改局、工商联(列第一位者为牵头或汇总单位,下同)', 'first-leads', true, '责任单位:财政局、发改局、工商联'],
    ['（市发改委、市财政局，列第一位的责任单位为牵头单位或汇总单位，下同）', 'first-leads', true, '（市发改委、市财政局）'],
    // after an exception for the measures that mark their own leads (丽水市, 2023年重点工作责任分解)
    ['责任单位:市发改委、市经信局、市卫生健康委(除标注“分别牵头”外,列第一位为牵头或汇总单位,下同)', 'first-leads', true, '责任单位:市发改委、市经信局、市卫生健康委'],
    ['（市商务局、市财政局，除注明的外，排在首位的为牵头单位，下同）', 'first-leads', true, '（市商务局、市财政局）'],
  ])('%s', (text, kind, onward, rest) => {
    const read = readConventions(text);
    expect(read.conventions.map((c) => [c.kind, c.onward])).toEqual([[kind, onward]]);
    expect(read.text).toBe(rest);
  });

  it('reads an actor named once for every task', () => {
    const read = readConventions('〔责任单位：省发展改革委、商务厅按职责分工负责。具体任务均涉及相关市（州）人民政府，不再做分工，下同。〕');
    expect(read.conventions).toEqual([
      { kind: 'generic-everywhere', words: '具体任务均涉及相关市（州）人民政府，不再做分工，下同', onward: true, actor: '相关市（州）人民政府' },
    ]);
    expect(read.text).toBe('〔责任单位：省发展改革委、商务厅按职责分工负责〕');
  });
});

describe('readConventions: an actor named once, in other wordings', () => {
  it.each([
    ['（省发展改革委、省财政厅按职责分工负责，各市州人民政府负责落实，以下不再列出）', '各市州人民政府', '（省发展改革委、省财政厅按职责分工负责）'],
    ['（市商务局牵头，各县（市、区）人民政府均负有落实责任，不再一一列出）', '各县（市、区）人民政府', '（市商务局牵头）'],
    ['〔责任单位：省教育厅。相关市州需落实，不再分工〕', '相关市州', '〔责任单位：省教育厅〕'],
    // 国办发〔2018〕128号: the actor named once for the tasks after it
    ['（生态环境部指导，试点城市政府负责落实。以下均需试点城市政府落实，不再列出）', '试点城市政府', '（生态环境部指导，试点城市政府负责落实）'],
  ])('%s', (text, actor, rest) => {
    const read = readConventions(text);
    expect(read.conventions.map((c) => [c.kind, c.actor, c.onward])).toEqual([['generic-everywhere', actor, true]]);
    expect(read.text).toBe(rest);
  });
});

describe('applyConventions', () => {
  const joint = { lead: ['省发展改革委', '省财政厅', '省商务厅'], support: [], joint: true, generic: [] };
  it('makes the first listed body lead', () => {
    expect(applyConventions(joint, [{ kind: 'first-leads', words: '', onward: true }])).toEqual({
      lead: ['省发展改革委'],
      support: ['省财政厅', '省商务厅'],
      joint: false,
      generic: [],
    });
  });

  it('adds the actor named once', () => {
    const read = { lead: ['省市场监管局'], support: [], joint: false, generic: [] };
    expect(applyConventions(read, [{ kind: 'generic-everywhere', words: '', onward: true, actor: '相关市（州）人民政府' }]).generic).toEqual(['相关市（州）人民政府']);
  });

  it('leaves a measure that marks its own lead, or names one body', () => {
    const marked = { lead: ['区财政局'], support: ['区税务局'], joint: false, generic: [] };
    expect(applyConventions(marked, [{ kind: 'first-leads', words: '', onward: true }])).toEqual(marked);
    const single = { lead: ['区财政局'], support: [], joint: false, generic: [] };
    expect(applyConventions(single, [{ kind: 'first-leads', words: '', onward: true }])).toEqual(single);
  });
});
