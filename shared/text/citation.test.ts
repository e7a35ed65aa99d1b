import { describe, expect, it } from 'vitest';
import { compactForTitles, findDocNumbers, numberCore, parseDocNumber, samePrefix, titleCore } from './citation';

describe('parseDocNumber', () => {
  it.each([
    ['市中政办发〔2021〕14号', { prefix: '市中政办发', year: '2021', serial: '14' }],
    ['国办函〔2014〕31号', { prefix: '国办函', year: '2014', serial: '31' }],
    ['湘政发【2012】33号', { prefix: '湘政发', year: '2012', serial: '33' }],
    ['江政发[2024]3号', { prefix: '江政发', year: '2024', serial: '3' }],
    ['蔡政办（2023）01号', { prefix: '蔡政办', year: '2023', serial: '1' }],
    ['工信部联信管〔2024〕256号', { prefix: '工信部联信管', year: '2024', serial: '256' }],
  ])('%s', (text, parts) => {
    expect(parseDocNumber(text)).toEqual(parts);
  });

  it.each(['第711号', '2021年14号', '市中政办发'])('%s is no document number', (text) => {
    expect(parseDocNumber(text)).toBeNull();
  });
});

describe('findDocNumbers', () => {
  it.each([
    ['根据市中政办发〔2021〕14号文件', '根据市中政办发', '2021〕14', '根据市中政办发〔2021〕14号'],
    ['（国发〔2020〕6号）', '国发', '2020〕6', '国发〔2020〕6号'],
    ['根据〔2021〕14号文件', '', '2021〕14', '〔2021〕14号'],
    ['落实〔2021〕14号文件', '', '2021〕14', '〔2021〕14号'],
    ['、〔2021〕14号', '', '2021〕14', '〔2021〕14号'],
    ['青政〔2014〕36号', '青政', '2014〕36', '青政〔2014〕36号'],
    ['an issuer without a kind: 区政府〔2021〕14号', '区政府', '2021〕14', '区政府〔2021〕14号'],
    ['市中政办发 [ 2021 ] 14 号', '市中政办发', '2021〕14', '市中政办发 [ 2021 ] 14 号'],
    ['市中政办发﹝２０２１﹞１４号', '市中政办发', '2021〕14', '市中政办发﹝２０２１﹞１４号'],
  ])('%s', (text, prefix, core, written) => {
    const [n] = findDocNumbers(text);
    expect(n.prefix).toBe(prefix);
    expect(numberCore(n)).toBe(core);
    expect(text.slice(n.start, n.end)).toBe(written);
  });

  it('every number of a list', () => {
    const text = '根据国发〔2012〕39号、国办发〔2014〕51号和青政〔2014〕36号等文件';
    const found = findDocNumbers(text);
    expect(found.map(numberCore)).toEqual(['2012〕39', '2014〕51', '2014〕36']);
    expect(found.map((n, k) => samePrefix(n.prefix, ['国发', '国办发', '青政'][k]))).toEqual([true, true, true]);
    expect(found.map((n) => n.prefix.includes('号'))).toEqual([false, false, false]);
  });

  it.each([
    ['a year in brackets without 号', '（2021）年度'],
    ['an order number without a year', '国务院令第711号'],
    ['a date', '2021年10月14日'],
  ])('%s is none', (_what, text) => {
    expect(findDocNumbers(text)).toEqual([]);
  });
});

describe('samePrefix', () => {
  it.each([
    ['市中政办发', '市中政办发', true],
    ['根据市中政办发', '市中政办发', true],
    ['枣庄市中政办发', '市中政办发', true],
    ['区政发', '市中政办发', false],
    ['市中政发', '市中政办发', false],
    ['', '市中政办发', false],
    ['市中政办发', '', false],
  ])('%s / %s', (cited, own, same) => {
    expect(samePrefix(cited, own)).toBe(same);
  });
});

describe('titleCore', () => {
  it.each([
    ['市中区人民政府办公室关于服务“六稳”“六保”进一步深化“放管服”改革的实施意见', '服务“六稳”“六保”进一步深化“放管服”改革的实施意见'],
    ['云溪县人民政府办公室关于印发《云溪县优化营商环境攻坚行动工作方案》的通知', '云溪县优化营商环境攻坚行动工作方案'],
    ['江川市人民政府关于促进民营经济高质量发展的若干措施', '促进民营经济高质量发展的若干措施'],
    ['金华市婺城区人民政府关于印发关于推动经济高质量发展若干政策举措(2025年版)的通知', '推动经济高质量发展若干政策举措（2025年版）'],
    ['咸阳市2022年深化“放管服”改革优化营商环境工作要点', '咸阳市2022年深化“放管服”改革优化营商环境工作要点'],
    ['关于印发〈河东县优化营商环境方案〉的通知', '河东县优化营商环境方案'],
  ])('%s', (title, core) => {
    expect(titleCore(title)).toBe(core);
  });

  it.each([
    ['国务院关于落实《政府工作报告》重点工作部门分工的意见', '落实《政府工作报告》重点工作部门分工的意见'],
    ['区人民政府办公室关于印发2023年区《政府工作报告》确定的主要目标任务责任分解方案的通知', '2023年区《政府工作报告》确定的主要目标任务责任分解方案'],
  ])('a title quoting another document keeps its own words: %s', (title, core) => {
    expect(titleCore(title)).toBe(core);
  });
});

it('compactForTitles drops marks and maps back', () => {
  const text = '《关于 “放管服” 改革》';
  const c = compactForTitles(text);
  expect(c.text).toBe('关于放管服改革');
  expect(text[c.map[2]]).toBe('放');
});
