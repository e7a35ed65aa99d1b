import { describe, expect, it } from 'vitest';
import { officeOfTitle, officePartners } from './office-item';

describe('office-item: negative cases (titles that say what to do, or name no office)', () => {
  it.each([
    '加强统筹协调',
    '完善工作机制',
    '逐级责任落地、任务落地',
    '高风险类',
    '资金保障',
    '宣传引导',
    '强化督查考核，确保落实',
    '年内持续推进',
    // bracketed-note: a topic with a note in brackets (沈阳市城镇房屋定期体检制度工作方案, 四、（四）)
    '体检经费（包括鉴定和修缮经费）',
    '补贴标准（试行）',
  ])('%s', (title) => {
    expect(officeOfTitle(title)).toBeNull();
  });
});

describe('office-item: negative cases for partners', () => {
  it.each([
    // generic actors and the office itself under a shorter name are no partners
    ['联合各部门定期开展宣传告知。', '街道消委办'],
    ['协同开展社区关爱工作。', '建管中心'],
    ['消委办负责牵头，会同消委办开展检查。', '街道消委办'],
  ])('%s', (text, office) => {
    expect(officePartners(text, office)).toEqual([]);
  });
});
