import { describe, expect, it } from 'vitest';
import { findPageFurniture } from '../../shared/text/repair';
import type { PdfPage } from './pdf-layout';
import { layoutPdf } from './pdf-layout';

// header-on-each-page, negative cases: a running header stays furniture.
const SIZE = 10.5;
const item = (str: string, x: number, y: number, size = SIZE) => ({ str, x, y, width: [...str].length * size, size });

describe('header-on-each-page, negative cases', () => {
  it('drops a running header of two parts at the top of each page', () => {
    const pages: PdfPage[] = [1, 2, 3].map((number) => ({
      number,
      items: [item('江城市人民政府公报', 80, 780), item('2024年第5期', 400, 780), item(`第${number}页的正文，写满一行的政策内容，继续写到行尾。`, 112, 700, 16)],
    }));
    const texts = layoutPdf(pages).blocks.map((b) => b.text);
    expect(texts.some((t) => t.includes('江城市人民政府公报'))).toBe(false);
  });

  it('keeps a line of prose with bars repeated at the top of each page furniture (not a table row)', () => {
    const blocks = [1, 2, 3].flatMap((page) => [
      { text: '江城市 | 政务公开 | 专栏', start: 0, end: 0, page },
      { text: `第${page}页的正文。`, start: 0, end: 0, page },
    ]);
    expect([...findPageFurniture(blocks)]).toEqual([0, 2, 4]);
  });
});
