import { describe, expect, it } from 'vitest';
import { firstSentence } from './measure-text';

describe('colon-title: negative cases (the first sentence as before)', () => {
  it.each([
    // a clause announcing what follows is no heading
    ['经研究决定：对符合条件的企业给予补贴。', '经研究决定：对符合条件的企业给予补贴'],
    ['具体要求如下：各单位按时报送。', '具体要求如下：各单位按时报送'],
    // a phrase too long for a run-in heading, or holding punctuation
    ['加快推进全市重点项目建设工作进度：年内开工50个。', '加快推进全市重点项目建设工作进度：年内开工50个'],
    ['根据《条例》规定：严格审批。', '根据《条例》规定：严格审批'],
    // a bracket holding punctuation or a figure is no second name
    ['办理时限（含节假日，不含周末）：5个工作日。', '办理时限（含节假日，不含周末）：5个工作日'],
    ['保洁员（2名）：负责保洁。', '保洁员（2名）：负责保洁'],
    // no colon: the sentence
    ['优化土地出让方式。', '优化土地出让方式'],
  ])('%s', (text, title) => {
    expect(firstSentence(text)).toBe(title);
  });
});
