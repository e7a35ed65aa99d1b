import { describe, expect, it } from 'vitest';
import { repairParagraphs } from '../../shared/text/repair';
import { buildLines, layoutPdf, type PdfPage, type PdfTextItem } from './pdf-layout';

const SIZE = 16;
const LEFT = 80;
/** 28 characters of 16 pt: the text block of an A4 page set in 三号. */
const WIDTH = 28 * SIZE;

/** One run of Chinese text, each character one em wide. */
function run(str: string, x: number, y: number, size = SIZE): PdfTextItem {
  return { str, x, y, width: [...str].length * size, size };
}

const FULL = '关于稳就业保就业的决策部署，把促进高校毕业生退役军人、农民';
const full = (i: number) => FULL.slice(i % 3) + FULL.slice(0, i % 3);

/** Lays out paragraphs top-down on a page: the first line indented two characters, the rest flush left. */
function paragraphs(spec: { lines: string[]; indent?: boolean }[], top = 760, pitch = 29): PdfTextItem[] {
  const items: PdfTextItem[] = [];
  let y = top;
  for (const p of spec) {
    p.lines.forEach((line, i) => {
      const x = i === 0 && p.indent !== false ? LEFT + 2 * SIZE : LEFT;
      items.push(run(line, x, y));
      y -= pitch;
    });
  }
  return items;
}

describe('buildLines', () => {
  it('puts runs on one baseline into one line, left to right, with the spaces their gaps imply', () => {
    const page: PdfPage = {
      number: 1,
      items: [
        run('月底前完成', 164, 700),
        { str: '2021', x: 80, y: 700.4, width: 40, size: SIZE },
        run('年', 124, 700),
        { str: '11', x: 140, y: 700, width: 20, size: SIZE },
        run('下一行', 80, 671),
      ],
    };
    const lines = buildLines(page);
    expect(lines.map((l) => l.text)).toEqual(['2021 年11 月底前完成', '下一行']);
    expect(lines[0]).toMatchObject({ page: 1, left: 80, size: SIZE });
    expect(lines[0].right).toBe(164 + 5 * SIZE);
  });

  it('marks wide gaps (table cells) with two spaces', () => {
    const lines = buildLines({ number: 1, items: [run('序号', 80, 700), run('任务', 160, 700), run('落实情况', 300, 700)] });
    expect(lines[0].text).toBe('序号  任务  落实情况');
  });

  it('keeps a wide space item between cells visible', () => {
    const lines = buildLines({ number: 1, items: [run('1', 80, 700), { str: ' ', x: 96, y: 700, width: 40, size: SIZE }, run('提升就业服务', 136, 700)] });
    expect(lines[0].text).toBe('1  提升就业服务');
  });

  it('drops a run printed twice to fake bold', () => {
    const lines = buildLines({ number: 1, items: [run('提升就业服务。', 80, 700), run('提升就业服务。', 80.6, 700), run('严格贯彻', 192, 700)] });
    expect(lines[0].text).toBe('提升就业服务。严格贯彻');
  });

  it('keeps a raised footnote mark on its line', () => {
    const lines = buildLines({ number: 1, items: [run('政策文件', 80, 700), { str: '1', x: 144, y: 705, width: 5, size: 9 }, run('下一行', 80, 671)] });
    expect(lines.map((l) => l.text)).toEqual(['政策文件1', '下一行']);
  });
});

describe('layoutPdf', () => {
  const texts = (pages: PdfPage[]) => repairParagraphs(layoutPdf(pages).blocks).map((p) => p.text);

  it('joins wrapped lines and starts a paragraph at each indented line', () => {
    const page: PdfPage = {
      number: 1,
      items: paragraphs([
        { lines: [full(0).slice(2), full(1), full(2), '工等重点群体就业作为重中之重。'] },
        { lines: [full(1).slice(2), full(0), '各项工作有序推进。'] },
      ]),
    };
    const { blocks } = layoutPdf([page]);
    expect(blocks.map((b) => b.gap)).toEqual([undefined, 'soft', 'soft', 'soft', 'end', 'soft', 'soft']);
    expect(texts([page])).toEqual([
      full(0).slice(2) + full(1) + full(2) + '工等重点群体就业作为重中之重。',
      full(1).slice(2) + full(0) + '各项工作有序推进。',
    ]);
  });

  it('a short line ends its paragraph even when the next line is flush left', () => {
    const page: PdfPage = {
      number: 1,
      items: paragraphs([
        { lines: [full(0).slice(2), '各项工作有序推进。'] },
        { lines: ['一、主要工作'], indent: false },
        { lines: ['区人力资源和社会保障局'], indent: false },
      ]),
    };
    expect(layoutPdf([page]).blocks.map((b) => b.gap)).toEqual([undefined, 'soft', 'end', 'end']);
    expect(texts([page])).toHaveLength(3);
  });

  it('joins a sentence across a page break and drops the page number between', () => {
    const page1: PdfPage = {
      number: 1,
      items: [...paragraphs([{ lines: [full(0).slice(2), full(1), full(2)] }], 200), run('— 1 —', 460, 60, 14)],
    };
    const page2: PdfPage = {
      number: 2,
      items: [...paragraphs([{ lines: ['就业困难人员实现就业426人。'], indent: false }, { lines: ['下一段的开头。'] }]), run('— 2 —', 80, 60, 14)],
    };
    const got = repairParagraphs(layoutPdf([page1, page2]).blocks);
    expect(got.map((p) => p.text)).toEqual([full(0).slice(2) + full(1) + full(2) + '就业困难人员实现就业426人。', '下一段的开头。']);
    expect(got.map((p) => p.page)).toEqual([1, 2]);
  });

  it('does not join across a page break when the next page opens an indented paragraph', () => {
    const page1: PdfPage = { number: 1, items: paragraphs([{ lines: [full(0).slice(2), full(1), full(2)] }], 200) };
    const page2: PdfPage = { number: 2, items: paragraphs([{ lines: ['2. 提高职业技能。'] }, { lines: [full(0).slice(2), '完成。'] }]) };
    expect(texts([page1, page2])).toHaveLength(3);
  });

  it('joins a title centred over several lines and marks it as a heading', () => {
    const title = (text: string, y: number) => run(text, LEFT + (WIDTH - [...text].length * 22) / 2, y, 22);
    const page: PdfPage = {
      number: 1,
      items: [
        title('区人力资源社会保障局关于职业资格清理规范', 740),
        title('等工作进展情况的汇报', 711),
        ...paragraphs([{ lines: ['区政府办公室：'], indent: false }, { lines: [full(0).slice(2), full(1), '情况汇报如下。'] }], 660),
      ],
    };
    const got = repairParagraphs(layoutPdf([page]).blocks);
    expect(got[0]).toMatchObject({ text: '区人力资源社会保障局关于职业资格清理规范等工作进展情况的汇报', heading: true });
    expect(got.map((p) => p.text).slice(1)).toEqual(['区政府办公室：', full(0).slice(2) + full(1) + '情况汇报如下。']);
  });

  it('takes a blank line between lines as a paragraph break', () => {
    const items = [run(full(0), LEFT, 700), run(full(1), LEFT, 671), run(full(2), LEFT, 642), run(full(0), LEFT, 584), run('完成。', LEFT, 555)];
    expect(layoutPdf([{ number: 1, items }]).blocks.map((b) => b.gap)).toEqual([undefined, 'soft', 'soft', 'break', 'soft']);
  });

  it('keeps the original line text, page numbers included, in the document text', () => {
    const { text, blocks } = layoutPdf([
      { number: 1, items: [run('第一页正文。', LEFT, 700), run('— 1 —', 300, 60, 14)] },
      { number: 2, items: [run('第二页正文。', LEFT, 700), run('— 2 —', 300, 60, 14)] },
    ]);
    expect(text).toBe('第一页正文。\n— 1 —\n\n第二页正文。\n— 2 —');
    expect(blocks.map((b) => text.slice(b.start, b.end))).toEqual(['第一页正文。', '第二页正文。']);
  });
});
