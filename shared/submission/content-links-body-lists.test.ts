import { describe, expect, it } from 'vitest';
import { normalizedText } from '../text/normalize';
import { contentOutsideBodyCells, isBodyList, scoreOutsideBodyCells } from './content-links-body-lists';

describe('isBodyList', () => {
  it.each([
    '区工信局、区住建局、区交通局、区水利局、区农业农村局、区教育局、区卫健委,各乡镇人民政府、街道办事处,谯城经开区管委会,魏武国控集团。',
    '区政府有关部门,各乡镇人民政府、街道办事处。',
    '区投资促进中心。',
    '区发改委',
    '县财政局、县税务局',
    '市自规局、市城管局、市住建局 市商务局、市机关事务管理局',
    '区发改委、区市场监管局。',
    // a list closing on 等
    '市发改委、市农业农村局、市税务局、六安供电公司等。',
    '市发改委、市税务局、人行六安市中心支行等。',
    // an internal office is a body too
    '国民经济综合股',
    // places sharing the government written after them
    '城关镇、石桥乡人民政府',
  ])('%s', (text) => expect(isBodyList(text)).toBe(true));
});

describe('contentOutsideBodyCells: a table row’s duty cells give no content', () => {
  it.each([
    [
      '68 | 加快建设教学楼项目。 | 区教育局 | 区政府有关部门,各乡镇人民政府、街道办事处。',
      ['68', '加快', '建设', '教学楼', '项目', '区', '教育局', '区政府', '有关部门', '各乡镇', '人民政府', '街道办事处'],
      '68 | 加快建设教学楼项目。',
      ['68', '加快', '建设', '教学楼', '项目'],
    ],
    [
      '1 | 推进改革。 | 县审批局 | 6月底前',
      ['1', '推进', '改革', '县', '审批局', '6', '月底', '前'],
      '1 | 推进改革。 | 6月底前',
      ['1', '推进', '改革', '6', '月底', '前'],
    ],
  ])('%s', (text, tokens, keptText, keptTokens) => {
    expect(contentOutsideBodyCells(text, tokens)).toEqual({ text: keptText, tokens: keptTokens });
  });

  it('leaves nothing of a line of names only', () => {
    expect(contentOutsideBodyCells('区发改委、区市场监管局。', ['区', '发改委', '区', '市场监管局'])).toEqual({ text: '', tokens: [] });
  });
});

describe('scoreOutsideBodyCells: scores what contentOutsideBodyCells keeps', () => {
  // a scorer that finds a match in any text it is given, and notes what it was given
  const scorer = () => {
    const given: string[] = [];
    return { given, score: (text: string, tokens: string[]) => (given.push(`${text}/${tokens.join(' ')}`), [{ text }]) };
  };

  it('gives no content for a line of names only, whatever it matches', () => {
    const { score } = scorer();
    const text = '区发改委、区市场监管局。';
    expect(scoreOutsideBodyCells(text, ['区', '发改委', '区', '市场监管局'], normalizedText(text), score)).toEqual({ text: '', content: [] });
  });

  it('scores a sentence whole', () => {
    const { given, score } = scorer();
    const text = '区发改委完成项目12个。';
    expect(scoreOutsideBodyCells(text, ['区', '发改委', '完成', '项目'], normalizedText(text), score)).toEqual({ text, content: [{ text }] });
    expect(given).toEqual([`${text}/区 发改委 完成 项目`]);
  });

  it('scores a table row without its duty cells', () => {
    const { given, score } = scorer();
    const text = '1 | 推进改革。 | 县审批局 | 6月底前';
    const scored = scoreOutsideBodyCells(text, ['1', '推进', '改革', '县', '审批局', '6', '月底', '前'], normalizedText(text), score);
    expect(scored.text).toBe('1 | 推进改革。 | 6月底前');
    expect(given).toEqual(['1 | 推进改革。 | 6月底前/1 推进 改革 6 月底 前']);
  });

  it('does not score a row of names only', () => {
    const { given, score } = scorer();
    const text = '区教育局 | 区政府有关部门,各乡镇人民政府、街道办事处。';
    expect(scoreOutsideBodyCells(text, ['区', '教育局'], normalizedText(text), score)).toEqual({ text: '', content: [] });
    expect(given).toEqual([]);
  });
});
