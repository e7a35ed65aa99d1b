import { describe, expect, it } from 'vitest';
import { endsMidSentence, policyLines } from './policy-lines';

const lines = (...texts: string[]) => policyLines(texts.map((text, index) => ({ index, text })));

describe('policyLines', () => {
  it('strips Markdown headings and bold marks, and records the opening bold run', () => {
    const [heading, measure, section] = lines('## 二、减轻市场主体负担', '**2. 提高职业技能。**建立培训补贴标准', '### **三、推动扩大有效投资**');
    expect(heading).toMatchObject({ text: '二、减轻市场主体负担', heading: true, boldEnd: null });
    expect(measure.text).toBe('2.提高职业技能。建立培训补贴标准');
    expect(measure.text.slice(0, measure.boldEnd as number)).toBe('2.提高职业技能。');
    expect(section).toMatchObject({ text: '三、推动扩大有效投资', heading: true, boldEnd: 10 });
  });

  it('has no bold run when the bold part does not open the line', () => {
    expect(lines('建立机制，**重点**推进')[0]).toMatchObject({ text: '建立机制，重点推进', boldEnd: null });
  });

  it('drops rules, page numbers and empty lines, and splits a paragraph at its line breaks', () => {
    const out = lines('---', '— 3 —', '-12-', '第 2 页 共 9 页', '  ', '规范人力资源招聘\n行为，禁止歧视。');
    expect(out.map((l) => l.text)).toEqual(['规范人力资源招聘', '行为，禁止歧视。']);
    expect(out.map((l) => l.para)).toEqual([5, 5]);
  });

  it('keeps the whitespace-separated parts of a line as possible table cells', () => {
    const [tabbed, spaced, prose] = lines('1\t推进改革。\t县住建局 县城管局\t6月底前', '序号  工作任务  责任单位', '推进改革。');
    expect(tabbed).toMatchObject({ text: '1推进改革。县住建局县城管局6月底前', spaced: ['1', '推进改革。', '县住建局', '县城管局', '6月底前'] });
    expect(spaced.spaced).toEqual(['序号', '工作任务', '责任单位']);
    expect(prose.spaced).toBeNull();
  });

  it('removes a page number left inside a paragraph and spaces from PDF text', () => {
    expect(lines('规范人力资源招聘 — 2 — 行为')[0].text).toBe('规范人力资源招聘行为');
    expect(lines('2021 年 9 月 6 日')[0].text).toBe('2021年9月6日');
    // a range is not a page number
    expect(lines('根据1—5星级评定结果')[0].text).toBe('根据1—5星级评定结果');
  });

  it('reads the bold extent an importer gives', () => {
    const text = ' 20. 继续扩大出口信保覆盖面，充分发挥功能。';
    const [l] = policyLines([{ index: 0, text, bold: true, boldEnd: text.indexOf('充') }]);
    expect(l.text.slice(0, l.boldEnd as number)).toBe('20.继续扩大出口信保覆盖面，');
    const [short] = policyLines([{ index: 0, text, bold: true, boldEnd: text.indexOf('，') }]);
    expect(short.text.slice(0, short.boldEnd as number)).toBe('20.继续扩大出口信保覆盖面');
  });

  it('keeps the importer hints', () => {
    const [l] = policyLines([{ index: 7, text: '1. 提升就业服务。', bold: true, heading: false }]);
    expect(l).toMatchObject({ para: 7, bold: true, heading: false });
  });
});

describe('endsMidSentence', () => {
  it.each([
    ['规范人力资源招聘', true],
    ['高校毕业生、退役军人、', true],
    ['禁止就业性别歧视。', false],
    ['（区民政局牵头）', false],
    ['具体工作包括：', false],
    ['实施“一区一品牌”', true],
    ['他说：“好。”', false],
  ])('%s → %s', (text, expected) => {
    expect(endsMidSentence(text)).toBe(expected);
  });
});
