import { describe, expect, it } from 'vitest';
import { repairParagraphs } from '../../shared/text/repair';
import { layoutPdf, type PdfTextItem } from './pdf-layout';

// short-line: a line that stops well short of the margin, the page going on below it, ends its paragraph, though no
// full stop closes it: a meeting line under a title, a byline, a contact line above the signer.

const SIZE = 16;
const at = (str: string, row: number, indent = 0, page = 700): PdfTextItem => ({ str, x: 80 + indent * SIZE, y: page - row * 28, width: [...str].length * SIZE, size: SIZE });
const body = '根据深圳市人民代表大会常务委员会关于逐步加强审计监督工作的决定现报告深圳市年度绩效审计查出问题的整改情况请予审议现将有关情况报告如下';
const read = (items: PdfTextItem[]) => repairParagraphs(layoutPdf([{ number: 1, items }]).blocks).map((p) => p.text);

describe('short-line: a line well short of the margin ends its paragraph', () => {
  it('keeps a meeting line apart from the paragraph set flush left under it', () => {
    const items = [at('——在市七届人大常委会第十七次会议上', 0), at(body.slice(0, 28), 1), at(body.slice(28, 56), 2), at(body.slice(56), 3)];
    expect(read(items)).toEqual(['——在市七届人大常委会第十七次会议上', body]);
  });

  it('keeps a speaker’s line apart from the line under it', () => {
    const items = [at('常务委员会第四十五次会议上', 0), at('广东省审计厅厅长　马学斌', 1), at(body.slice(0, 28), 2), at(body.slice(28, 56), 3), at(body.slice(56), 4)];
    expect(read(items)).toEqual(['常务委员会第四十五次会议上', '广东省审计厅厅长 马学斌', body]);
  });
});
