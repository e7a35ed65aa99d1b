import { describe, expect, it } from 'vitest';
import { extractPolicy } from './policy';

const read = (lines: string[]) => extractPolicy({ paragraphs: lines.map((text, index) => ({ index, text })) }).measures.map((m) => m.label);

// scope-section, negative: a section merely mentioning a scope (拓展服务范围) is no scope section.
describe('scope-section: negative cases', () => {
  it('keeps the items of a section about widening a service', () => {
    const text = [
      '某区实施方案',
      '一、拓展服务范围',
      '（一）扩大覆盖面。区民政局负责扩大服务覆盖面。',
      '（二）丰富服务内容。区卫生健康委负责丰富服务内容。',
    ];
    expect(read(text)).toEqual(['（一）', '（二）']);
  });
});
