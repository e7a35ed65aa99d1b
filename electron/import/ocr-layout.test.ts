// Recognised lines laid out by the PDF path's builder: indents open paragraphs, full lines run on, a skewed page
// reads as a straight one, the signature block stands apart, and low-confidence characters are found in the text.
import { describe, expect, it } from 'vitest';
import { repairParagraphs } from '../../shared/text/repair';
import type { OcrLine } from './ocr-engine';
import { layoutOcr, widenCjkPunctuation, type OcrPage } from './ocr-layout';

const DPI = 200;
const SIZE = 44; // 16 pt at 200 dpi
const PAGE = { width: 1654, height: 2339 };
const MARGIN = 220;
const MEASURE = 25; // characters across the text block

/** A recognised line of `text` starting `indent` characters in, on row `row`, the page turned by `skew` degrees. */
function line(text: string, row: number, indent = 0, options: { skew?: number; doubt?: number[]; size?: number } = {}): OcrLine {
  const size = options.size ?? SIZE;
  const chars = [...text];
  // A space the recogniser reads sits between two characters, taking no place of its own.
  const slots: number[] = [];
  chars.forEach((c, i) => slots.push(i === 0 ? 0 : slots[i - 1] + (c === ' ' || chars[i - 1] === ' ' ? 0.5 : 1)));
  const pad = size * 0.3;
  const length = (slots[slots.length - 1] + 1) * size + 2 * pad;
  const thickness = size * 1.6;
  const x = MARGIN + indent * SIZE - pad + length / 2;
  const y = 300 + row * SIZE * 1.75;
  const angle = ((options.skew ?? 0) * Math.PI) / 180;
  // Turn the line's centre about the page centre, as a skewed scan does.
  const dx = x - PAGE.width / 2;
  const dy = y - PAGE.height / 2;
  const cx = PAGE.width / 2 + dx * Math.cos(angle) - dy * Math.sin(angle);
  const cy = PAGE.height / 2 + dx * Math.sin(angle) + dy * Math.cos(angle);
  return {
    box: { cx, cy, angle, length, thickness, score: 0.9 },
    ink: { left: pad / length, right: 1 - pad / length, top: 0.2, bottom: 0.2 + (0.9 * size) / thickness },
    chars: chars.map((char, i) => ({
      char,
      from: (pad + slots[i] * size + size * 0.4) / length,
      to: (pad + slots[i] * size + size * 0.6) / length,
      confidence: options.doubt?.includes(i) ? 0.3 : 0.98,
    })),
  };
}

const page = (lines: OcrLine[]): OcrPage => ({ number: 1, ...PAGE, dpi: DPI, lines });
/** A line that fills the measure from `indent` characters in. */
const full = (start: string, indent = 0) => start + '落'.repeat(MEASURE - indent - [...start].length);

function paragraphs(lines: OcrLine[]): string[] {
  return repairParagraphs(layoutOcr([page(lines)]).blocks).map((p) => p.text);
}

const report = (skew?: number) => [
  line('区财政局关于政策落实情况的报告', 0, 5, { skew, size: 60 }),
  line('区政府办公室：', 2, 0, { skew }),
  line(full('按照实施意见', 2), 3, 2, { skew }),
  line(full('分工要求'), 4, 0, { skew }),
  line('现报告如下。', 5, 0, { skew }),
  line(full('一、加快推进', 2), 6, 2, { skew }),
  line('取得实效。', 7, 0, { skew }),
  line('区财政局', 9, 17, { skew }),
  line('2024年3月5日', 10, 16, { skew }),
];

describe('layoutOcr', () => {
  it('rebuilds title, addressee, paragraphs (indent opens, full lines run on) and the signature block', () => {
    expect(paragraphs(report())).toEqual([
      '区财政局关于政策落实情况的报告',
      '区政府办公室：',
      full('按照实施意见', 2) + full('分工要求') + '现报告如下。',
      full('一、加快推进', 2) + '取得实效。',
      '区财政局',
      '2024年3月5日',
    ]);
  });

  it('reads a page skewed by a degree as it reads a straight one', () => {
    expect(paragraphs(report(1))).toEqual(paragraphs(report()));
    expect(paragraphs(report(-0.8))).toEqual(paragraphs(report()));
  });

  it('marks the title as a heading by its larger type, body lines not', () => {
    const blocks = layoutOcr([page(report())]).blocks;
    expect(blocks[0].heading).toBe(true);
    expect(blocks.slice(1).some((b) => b.heading)).toBe(false);
  });

  it('finds the low-confidence characters in the laid-out text', () => {
    const layout = layoutOcr([page([line('区政府办公室：', 0), line('2024年3月5日', 2, 0, { doubt: [5, 6] })])]);
    expect(layout.uncertain.map((s) => layout.text.slice(s.start, s.end))).toEqual(['3月']);
    expect(layout.uncertainChars).toBe(2);
    expect(layout.chars).toBe(7 + 9);
  });

  it('nothing doubtful, nothing marked', () => {
    expect(layoutOcr([page(report())]).uncertain).toEqual([]);
  });

  it('drops spaces the recogniser put between Chinese characters, keeps those between Latin words', () => {
    const spaced = line('区 财政局 PDF A4', 0);
    expect(layoutOcr([page([spaced])]).text).toBe('区财政局PDF A4');
  });
});

describe('widenCjkPunctuation', () => {
  it.each([
    ['市人民政府:', '市人民政府：'],
    ['共同配送,统一规划', '共同配送，统一规划'],
    ['意见(试行)', '意见（试行）'],
    ['是否完成?', '是否完成？'],
    ['加快推进;强化', '加快推进；强化'],
  ])('%s → %s', (read, expected) => {
    expect(widenCjkPunctuation(read)).toBe(expected);
  });

  it.each([['9:30'], ['A,B'], ['(1)'], ['第3条(1)'], ['PDF:A4'], ['15%']])('leaves %s as read', (read) => {
    expect(widenCjkPunctuation(read)).toBe(read);
  });
});
