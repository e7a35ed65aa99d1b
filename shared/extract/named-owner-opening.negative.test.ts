import { describe, expect, it } from 'vitest';
import { divisionSentences } from './division-sentences';
import { extractPolicy } from './policy';

// named-owner-opening, where it must not fire: a 主体 that names no body (「实施主体为企业」, 「责任主体为物业服务企业」)
// opens on no one, so the section divides nothing; outside a division section a 主体 sentence in a measure's body
// makes no duty.
describe('named-owner-opening: negative cases', () => {
  it.each([
    '项目实施主体为企业，负责项目建设。区财政局负责落实经费。区发改委负责立项审批。',
    '日常管理责任主体为物业服务企业，负责设施维护。区房管局负责指导。区消防救援局负责检查。',
  ])('%s', (paragraph) => {
    expect(divisionSentences([paragraph])).toEqual([]);
  });

  it('gives a measure no duty from 实施主体为企业 in its body', () => {
    const m = extractPolicy({
      paragraphs: ['若干措施', '一、支持企业技术改造。项目实施主体为企业，负责项目建设和运营管理。', '二、加大金融支持。鼓励银行机构加大信贷投放。'].map((text, index) => ({ index, text })),
    }).measures;
    expect(m.flatMap((x) => [...x.lead, ...x.support])).toEqual([]);
  });
});
