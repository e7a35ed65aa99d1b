import { describe, expect, it } from 'vitest';
import { extractPolicy } from './policy';

const policy = (...items: string[]) =>
  extractPolicy({
    paragraphs: ['国务院关于促进就业工作的若干意见', ...items, '国务院', '2018年11月16日'].map((text, index) => ({ index, text })),
  });

describe('generic-only duty: negative cases', () => {
  it.each([
    // generic subjects only, in the text as in the bracket
    '（一）落实地方政府主体责任。地方各级人民政府要切实承担主体责任。各省、自治区、直辖市人民政府要在本意见印发之日起30日内，制定出台具体实施办法。（各省级人民政府负责）',
    // a sub-item's mark and 应急 do not make a subject
    '（一）完善应急预案体系。(2)推进政府及其部门应急预案“精编化”，及时修订完善现有应急预案。（各有关部门负责）',
    // bodies only as objects
    '（一）支持创业。支持人力资源社会保障部门开展创业培训，向财政部申请资金。（各有关部门和单位按职责分工负责）',
  ])('%s', (item) => {
    const m = policy(item).measures[0];
    expect([...m.lead, ...m.support]).toEqual([]);
    expect(m.generic.length).toBeGreaterThan(0);
  });

  it('leaves a bracket that names a body as written', () => {
    const m = policy('（一）加大稳岗支持力度。教育部要加强学校宣传。（人力资源社会保障部、财政部负责）').measures[0];
    expect(m.lead).toEqual(['人力资源社会保障部', '财政部']);
  });
});

describe('generic-only duty: the issuer overseeing', () => {
  it('reads no body from the government office that oversees the work', () => {
    const m = extractPolicy({
      paragraphs: [
        '区人民政府关于深化改革的实施意见',
        '29. 加强组织实施。各级各部门要常态化开展“领导干部走流程”活动。区政府办公室要加强督导调度。（各级各部门按职责分工负责）',
        '区人民政府',
        '2021年9月6日',
      ].map((text, index) => ({ index, text })),
    }).measures[0];
    expect([...m.lead, ...m.support]).toEqual([]);
  });
});
