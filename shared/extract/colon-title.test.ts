import { describe, expect, it } from 'vitest';
import { firstSentence } from './measure-text';

// colon-title: a short run-in heading closed by a colon is the title of what it opens.
describe('colon-title: a run-in heading closed by a colon is the title', () => {
  it.each([
    ['低风险类：对无不良安全习惯、居住环境较安全整洁、身体健康的独居老人。', '低风险类'],
    ['高风险类：有不良安全习惯（如抽烟习惯）、居住环境堆物严重的独居老人。', '高风险类'],
    ['适用范围：热点区域的重点地块。', '适用范围'],
    ['办理时限:1.5个工作日。', '办理时限'],
    // a second name in brackets stays part of the heading (友谊路街道, 2019, 五、3．)
    ['保洁员（分拣员）：原则上每个定点定投点位配备1名保洁员（分拣员）。', '保洁员（分拣员）'],
  ])('%s', (text, title) => {
    expect(firstSentence(text)).toBe(title);
  });
});
