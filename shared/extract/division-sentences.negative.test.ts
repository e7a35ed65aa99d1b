import { describe, expect, it } from 'vitest';
import { divisionSentences, dividesBySentence } from './division-sentences';

// division-sentences: what divides nothing.
describe('division-sentences: not a division', () => {
  it.each([
    // a paragraph that opens otherwise
    ['区绿化市容局负责全面管理。', '区城管执法局依法实施处罚。', '要加强组织领导，形成工作合力。'],
    // two paragraphs only
    ['市房产局负责牵头组织实施。', '市财政局负责资金保障。'],
    // openings that are no body
    ['各单位要高度重视。', '有关企业负责落实主体责任。', '物业服务企业负责日常管理。'],
  ])('%s', (...lines) => {
    expect(divisionSentences(lines)).toEqual([]);
  });

  it('needs a division title', () => {
    const lines = ['区绿化市容局负责全面管理。', '区城管执法局依法实施处罚。', '区房管局指导物业服务企业做好投放管理。'];
    expect(dividesBySentence('保障措施', lines)).toBe(false);
    expect(dividesBySentence('职责分工', lines)).toBe(true);
  });
});
