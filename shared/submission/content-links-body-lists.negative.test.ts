import { describe, expect, it } from 'vitest';
import { isBodyList } from './content-links-body-lists';

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

  it('a paragraph far longer than a duty cell is no list, even of names', () => {
    expect(isBodyList(Array.from({ length: 60 }, (_, i) => `第${i + 1}工作专班办公室`).join('、'))).toBe(false);
  });
});
