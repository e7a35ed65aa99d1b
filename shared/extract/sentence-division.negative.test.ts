import { describe, expect, it } from 'vitest';
import { divisionSentences, dividesBySentence } from './division-sentences';

// sentence-division, where it must not fire: a paragraph of fewer than three sentences, one whose sentences do not all
// open on who answers (a sentence of manner or a 要 addressed to everyone), and the same paragraph under a title that
// divides nothing.
describe('sentence-division: negative cases', () => {
  it.each([
    ['区应急局统筹开展项目建设。区财政局负责落实经费。'],
    ['区应急局统筹开展项目建设。区财政局负责落实经费。要加强组织领导，形成工作合力。'],
    ['各单位要高度重视。物业服务企业负责日常管理。有关企业负责落实主体责任。'],
  ])('%s', (paragraph) => {
    expect(divisionSentences([paragraph])).toEqual([]);
  });

  it('needs a division title', () => {
    const paragraph = '区应急局统筹开展项目建设。区消防救援局负责技术把关。区财政局负责落实经费。';
    expect(dividesBySentence('工作要求', [paragraph])).toBe(false);
    expect(dividesBySentence('职责分工', [paragraph])).toBe(true);
  });

  it('reads two paragraphs neither by paragraph nor by sentence', () => {
    expect(divisionSentences(['区应急局统筹开展项目建设。区消防救援局负责技术把关。', '区财政局负责落实经费。区发改委负责立项。'])).toEqual([]);
  });
});
