import { describe, expect, it } from 'vitest';
import { contentOutsideBodyCells, isBodyList } from './content-links-body-lists';

describe('isBodyList is false for what says what was done', () => {
  it.each([
    '区住建局完成老旧小区改造12个。',
    '固定资产投资增长7.5%左右。',
    '截至目前,累计新纳统项目60个。',
    '深化与海亮集团合作,积极引进优质教育资源。',
    '区教育局：加快建设黎明小学',
    '牵头单位：区发改委',
    '由区发改委牵头，各部门配合推进',
    '地区生产总值',
    '完善园区功能等。',
    '市城镇居民增收工作联席会议成员单位等单位参加会议。',
    '2025年12月',
    '',
  ])('%s', (text) => expect(isBodyList(text)).toBe(false));

  // the first name is a body's: the rest of the list still decides
  it.each(['区发改委、完成项目12个', '区财政局、区税务局和加快建设黎明小学'])('a list that starts with a body: %s', (text) => expect(isBodyList(text)).toBe(false));

  it('a paragraph far longer than a duty cell is no list, even of names', () => {
    expect(isBodyList(Array.from({ length: 60 }, (_, i) => `第${i + 1}工作专班办公室`).join('、'))).toBe(false);
  });
});

describe('contentOutsideBodyCells keeps what says what was done', () => {
  it.each([
    // no table row
    ['区住建局完成老旧小区改造12个。', ['区', '住建局', '完成', '老旧小区', '改造', '12', '个']],
    // a row whose cells all say something
    ['3 | 固定资产投资增长7.5%左右。 | 1-9月份完成投资120.7亿元。', ['3', '固定资产', '投资', '增长', '7.5%', '左右', '1', '9', '月份', '完成', '投资', '120.7', '亿元']],
    // a cell naming a body at work is no list of names
    ['1 | 推进改革。 | 由县审批局牵头，各部门配合推进', ['1', '推进', '改革', '由', '县', '审批局', '牵头', '各', '部门', '配合', '推进']],
  ])('%s', (text, tokens) => {
    expect(contentOutsideBodyCells(text, tokens)).toEqual({ text, tokens });
  });
});
