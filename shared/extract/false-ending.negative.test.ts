// false-ending must not take a body's name for a common word: bodies whose names end in 局, 站, 会 and 部 stay bodies.
import { describe, expect, it } from 'vitest';
import { looksLikeBody } from './departments';
import { extractPolicy } from './policy';

describe('false-ending: negative cases', () => {
  it.each(['市规划和自然资源局', '区文化和旅游局', '县气象局', '市邮政管理局', '区农业技术推广站', '市工商业联合会', '区委组织部', '市红十字会'])('%s is a body', (name) => {
    expect(looksLikeBody(name)).toBe(true);
  });

  it('keeps the lead of a measure whose owner ends in 局', () => {
    const [m] = extractPolicy({
      paragraphs: ['一、优化空间布局', '1.编制全市商业网点布局规划。（责任单位：市规划和自然资源局、市商务局）'].map((text, index) => ({ index, text })),
    }).measures;
    expect(m.lead).toEqual(['市规划和自然资源局', '市商务局']);
  });
});
