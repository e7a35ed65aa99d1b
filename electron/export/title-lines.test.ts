import { describe, expect, it } from 'vitest';
import { charWidth } from './signature';
import { quotedTermInsides, titleLines } from './title-lines';

const CLOSING = /^[》〉”’）、，。；：]/u;
const OPENING = /[《〈“‘（]$/u;

describe('titleLines', () => {
  it('leaves a title that fits on one line', () => {
    expect(titleLines('关于加快报送落实情况的通知', 19.5)).toEqual(['关于加快报送落实情况的通知']);
  });

  const titles = [
    '关于《关于服务“六稳”“六保”进一步深化“放管服”改革的实施意见》落实情况的督查报告',
    '关于加快报送《关于服务“六稳”“六保”进一步深化“放管服”改革的实施意见》落实情况的通知',
    '关于《关于印发〈示范县创建三年行动方案〉的通知》落实情况的督查报告',
    '关于加快报送《关于进一步优化营商环境降低市场主体制度性交易成本2023年工作要点》落实情况的通知',
  ];

  it.each(titles)('breaks %s into fitting, balanced lines that keep the text', (title) => {
    const lines = titleLines(title, 19.5);
    expect(lines.join('')).toBe(title);
    expect(lines.length).toBe(Math.ceil(charWidth(title) / 19.5));
    for (const line of lines) expect(charWidth(line)).toBeLessThanOrEqual(19.5);
    const widths = lines.map(charWidth);
    expect(Math.max(...widths) - Math.min(...widths)).toBeLessThanOrEqual(8);
    for (const line of lines.slice(1)) expect(line).not.toMatch(CLOSING);
    for (const line of lines.slice(0, -1)) expect(line).not.toMatch(OPENING);
  });

  it('prefers a break at a book-title mark to an even split inside a word', () => {
    expect(titleLines(titles[2], 20)).toEqual(['关于《关于印发〈示范县创建三年行动方案〉', '的通知》落实情况的督查报告']);
  });

  it('does not split a number', () => {
    const lines = titleLines(titles[3], 19.5);
    expect(lines.some((l) => l.includes('2023'))).toBe(true);
  });

  it('keeps a quoted term whole, taking a line more where the fewest lines would split it', () => {
    const title = '关于加快报送《市中区人民政府办公室关于服务“六稳”“六保”进一步深化“放管服”改革的实施意见》落实情况的通知';
    const lines = titleLines(title, 19.5);
    expect(lines.join('')).toBe(title);
    for (const term of ['“六稳”', '“六保”', '“放管服”']) expect(lines.some((l) => l.includes(term)), term).toBe(true);
    for (const line of lines) expect(charWidth(line)).toBeLessThanOrEqual(19.5);
  });

  it('may break inside a quotation too long to be a term', () => {
    const quoted = '关于印发“推动政务服务事项全程网上办理和一网通办”工作方案的通知';
    expect(titleLines(quoted, 12).some((l) => /“[^”]+$/.test(l))).toBe(true);
  });
});

describe('quotedTermInsides', () => {
  it.each([
    ['“放管服”改革', [2, 3]],
    ['深化‘放管服’', [4, 5]],
    ['「标准地」', [2, 3]],
    ['“一件事一次办”', [2, 3, 4, 5, 6]],
  ])('%s: the breaks inside the term', (text, inside) => {
    expect([...quotedTermInsides(Array.from(text))].sort((a, b) => a - b)).toEqual(inside);
  });

  it.each([
    ['a quotation longer than a term', '“推动政务服务事项全程网上办理和一网通办”'],
    ['an opening mark never closed', '“放管服改革'],
    ['a one-character term (nothing inside to split)', '“网”上办'],
    ['no quotation at all', '关于深化放管服改革的通知'],
  ])('%s: none', (_, text) => {
    expect(quotedTermInsides(Array.from(text)).size).toBe(0);
  });
});
