import { describe, expect, it } from 'vitest';
import { repairParagraphs } from './repair';

// heading-colon-list: under a section's short heading closed by a colon (「三、整治任务:」), the section's items follow one
// another after semicolons; read from one line, each is a line again (高庄镇's sanitation campaign, 2021).
const lines = (text: string) => repairParagraphs([{ text, start: 0, end: text.length }]).map((p) => p.text);

describe('heading-colon-list: items after semicolons under a heading closed by a colon', () => {
  it('gives each section its items back', () => {
    const text =
      '现将有关事宜如下:一、整治重点:各村主次干道、背街小巷。二、整治任务:1.清理整治村庄内外“三堆”;2.全面清理整治各村主次干道环境卫生;3.做好背街小巷的环境卫生工作。三、责任分工:1.由保洁公司负责组织各村保洁人员;2.乡村振兴办公室做好组织协调工作。';
    expect(lines(text)).toEqual([
      '现将有关事宜如下:',
      '一、整治重点:各村主次干道、背街小巷。',
      '二、整治任务:',
      '1.清理整治村庄内外“三堆”;',
      '2.全面清理整治各村主次干道环境卫生;',
      '3.做好背街小巷的环境卫生工作。',
      '三、责任分工:',
      '1.由保洁公司负责组织各村保洁人员;',
      '2.乡村振兴办公室做好组织协调工作。',
    ]);
  });
});
