import { describe, expect, it } from 'vitest';
import { extractPolicy } from './policy';

const read = (lines: string[]) => extractPolicy({ paragraphs: lines.map((text, index) => ({ index, text })) }).measures.map((m) => m.label);

// steps-with-paragraphs, negative: headings that all group points stay headings; the points are the measures.
describe('steps-with-paragraphs: negative cases', () => {
  it('keeps the points when every heading has points under it', () => {
    const text = [
      '某市工作方案',
      '（一）优化供应结构',
      '1.合理确定供应总量。由市财政局牵头，市住建局配合。',
      '2.科学确定供应节奏。由市自然资源局牵头。',
      '（二）加强监管',
      '1.强化日常巡查。由市住建局牵头。',
    ];
    expect(read(text)).toEqual(['（一）1.', '（一）2.', '（二）1.']);
  });
});
