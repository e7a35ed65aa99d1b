import { describe, expect, it } from 'vitest';
import { textBlocks } from '../../electron/import/text';
import { breaksEndParagraphs, repairParagraphs, type LayoutBlock } from './repair';

// paragraph-blocks: documents whose breaks are printed lines keep having their cut sentences joined.

const read = (text: string) => repairParagraphs(textBlocks(text)).map((p) => p.text);

describe('paragraph-blocks, negative cases', () => {
  it('a document of printed lines (a PDF turned into text, a line a paragraph) is not one of paragraphs', () => {
    const lines = ['市委市政府高度重视审计查出问题的整改落实工作', '多次作出重要批示推进审计整改落实市政府认真', '贯彻市人大常委会审议意见专题部署整改工作。'];
    expect(breaksEndParagraphs(textBlocks(lines.join('\n')))).toBe(false);
    expect(read(lines.join('\n'))).toEqual([lines.join('')]);
  });

  it('a copy run onto one line, or of two lines, says nothing of its breaks', () => {
    const long = '市委市政府高度重视审计查出问题的整改落实工作，多次作出重要批示，推进审计整改落实；市政府认真贯彻市人大常委会审议意见。';
    expect(breaksEndParagraphs(textBlocks(long))).toBe(false);
    expect(breaksEndParagraphs(textBlocks(`${long}\n${long}`))).toBe(false);
  });

  it('wrapped lines a layout marks as one paragraph are not counted, whatever their length', () => {
    const line = '市委市政府高度重视审计查出问题的整改落实工作，多次作出重要批示，推进审计整改落实；市政府认真贯彻市人大常委会审议意见，专题部署。';
    const blocks: LayoutBlock[] = [0, 1, 2, 3].map((k) => ({ text: k === 0 ? '报告' : line, start: 0, end: 0, gap: k === 0 ? 'break' : 'soft' }));
    expect(breaksEndParagraphs(blocks)).toBe(false);
  });

  it('a paged layout is read by its own gaps: a break at a page turn inside a sentence still joins', () => {
    const body = '市委市政府高度重视审计查出问题的整改落实工作，多次作出重要批示，推进审计整改落实；市政府认真贯彻市人大常委会审议意见，专题部署。';
    const blocks: LayoutBlock[] = [
      { text: body, start: 0, end: 0, page: 1 },
      { text: `${body.slice(0, -1)}并明确`, start: 0, end: 0, page: 1 },
      { text: '整改责任和时限要求。', start: 0, end: 0, page: 2 },
    ];
    expect(breaksEndParagraphs(blocks)).toBe(false);
    expect(repairParagraphs(blocks).map((p) => p.text)).toHaveLength(2);
  });

  it('a sentence ending at the break stays a paragraph of its own in either kind of document', () => {
    const body = '市委市政府高度重视审计查出问题的整改落实工作，多次作出重要批示，推进审计整改落实；市政府认真贯彻市人大常委会审议意见，专题部署。';
    expect(read(`${body}\n${body}\n${body}`)).toHaveLength(3);
  });
});
