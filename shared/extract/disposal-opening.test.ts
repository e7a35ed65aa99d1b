import { describe, expect, it } from 'vitest';
import { proseDuties } from './prose-duty';

// disposal-opening: a run that opens with 将 (as 把) takes what follows as its object; the bodies it brings into a
// scheme are not the subjects of a duty (黄浦区关于进一步加强本区城市公共消防安全工作的实施意见, 2024, （十五）).
describe('disposal-opening: 将… is no subject', () => {
  it.each([
    '安排重大节日区领导走访慰问消防救援人员，将消防救援队伍（集体、个人含政府专职消防员）的表彰奖励纳入区委、区政府以及群团组织表彰奖励范围。',
    '将区教育局、区体育局的场馆纳入统一管理。',
    '将市财政局统筹的资金要用于补贴。',
  ])('%s', (text) => {
    expect(proseDuties(text)).toEqual([]);
  });
});
