import { describe, expect, it } from 'vitest';
import { formatListNumber, ListCounters, type ListDefinition, type ListInstance, type ListLevel } from './list-numbers';

const level = (format: string, text: string, more: Partial<ListLevel> = {}): ListLevel => ({ start: 1, format, text, suffix: 'tab', ...more });
const instance = (definition: ListDefinition, startOverrides: [number, number][] = [], levelOverrides: [number, ListLevel][] = []): ListInstance => ({
  definition,
  startOverrides: new Map(startOverrides),
  levelOverrides: new Map(levelOverrides),
});
/** The 公文 outline: 一、 （一） 1. （1）. */
const outline: ListDefinition = {
  id: 'outline',
  levels: [level('chineseCounting', '%1、'), level('chineseCounting', '（%2）'), level('decimal', '%3.'), level('decimal', '（%4）')],
};

describe('formatListNumber', () => {
  it.each([
    [1, 'decimal', '1'],
    [12, 'decimal', '12'],
    [3, 'decimalZero', '03'],
    [12, 'decimalZero', '12'],
    [7, 'decimalFullWidth', '７'],
    [3, 'decimalEnclosedCircle', '③'],
    [20, 'decimalEnclosedCircleChinese', '⑳'],
    [2, 'decimalEnclosedParen', '⑵'],
    [4, 'decimalEnclosedFullstop', '⒋'],
    [1, 'chineseCounting', '一'],
    [10, 'chineseCounting', '十'],
    [11, 'chineseCountingThousand', '十一'],
    [23, 'chineseCounting', '二十三'],
    [105, 'chineseCounting', '一百零五'],
    [4, 'taiwaneseCounting', '四'],
    [3, 'chineseLegalSimplified', '叁'],
    [12, 'chineseLegalSimplified', '壹拾贰'],
    [20, 'chineseLegalSimplified', '贰拾'],
    [10, 'ideographDigital', '一〇'],
    [3, 'ideographTraditional', '丙'],
    [2, 'ideographZodiac', '丑'],
    [2, 'upperLetter', 'B'],
    [28, 'upperLetter', 'BB'],
    [3, 'lowerLetter', 'c'],
    [4, 'upperRoman', 'IV'],
    [9, 'lowerRoman', 'ix'],
  ])('%i as %s is %s', (n, format, written) => {
    expect(formatListNumber(n, format)).toBe(written);
  });
});

describe('ListCounters', () => {
  it('numbers the 公文 outline, each level starting again under the one above', () => {
    const list = instance(outline);
    const c = new ListCounters();
    const labels = [0, 1, 2, 2, 1, 2, 0, 1, 2, 3, 3].map((k) => c.label(list, k));
    expect(labels).toEqual(['一、', '（一）', '1.', '2.', '（二）', '1.', '二、', '（一）', '1.', '（1）', '（2）']);
  });

  it('writes the numbers of the levels above where the label names them', () => {
    const legal: ListDefinition = { id: 'legal', levels: [level('decimal', '%1.'), level('decimal', '%1.%2'), level('decimal', '%1.%2.%3')] };
    const list = instance(legal);
    const c = new ListCounters();
    expect([0, 1, 1, 2, 0, 1].map((k) => c.label(list, k))).toEqual(['1.', '1.1 ', '1.2 ', '1.2.1 ', '2.', '2.1 ']);
  });

  it('writes a level given in Chinese numerals in digits where the level is legal numbering', () => {
    const mixed: ListDefinition = { id: 'mixed', levels: [level('chineseCounting', '第%1章'), level('decimal', '%1.%2', { legal: true })] };
    const list = instance(mixed);
    const c = new ListCounters();
    expect([0, 1, 0, 1].map((k) => c.label(list, k))).toEqual(['第一章 ', '1.1 ', '第二章 ', '2.1 ']);
  });

  it('counts on through lists that share a definition, and starts again where a list says so', () => {
    const rows: ListDefinition = { id: 'rows', levels: [level('decimal', '%1')] };
    const first = instance(rows);
    const second = instance(rows);
    const restarted = instance(rows, [[0, 1]]);
    const c = new ListCounters();
    expect([first, first, second, restarted, restarted, first].map((l) => c.label(l, 0))).toEqual(['1 ', '2 ', '3 ', '1 ', '2 ', '3 ']);
  });

  it('starts at the level’s own first number', () => {
    const list = instance({ id: 'from-five', levels: [level('decimal', '%1.', { start: 5 })] });
    const c = new ListCounters();
    expect([c.label(list, 0), c.label(list, 0)]).toEqual(['5.', '6.']);
  });

  it('keeps counting a level that never starts again', () => {
    const running: ListDefinition = { id: 'running', levels: [level('chineseCounting', '%1、'), level('decimal', '%2.', { restart: 0 })] };
    const list = instance(running);
    const c = new ListCounters();
    expect([0, 1, 1, 0, 1].map((k) => c.label(list, k))).toEqual(['一、', '1.', '2.', '二、', '3.']);
  });

  it('takes a level defined anew by the list', () => {
    const list = instance(outline, [], [[2, level('decimalEnclosedCircle', '%3')]]);
    const c = new ListCounters();
    expect([0, 1, 2, 2].map((k) => c.label(list, k))).toEqual(['一、', '（一）', '①', '②']);
  });

  it('runs a label closed by a mark into its text, and keeps one closed by a number apart unless told not to', () => {
    const c = new ListCounters();
    expect(c.label(instance({ id: 'a', levels: [level('decimal', '%1．')] }), 0)).toBe('1．');
    expect(c.label(instance({ id: 'b', levels: [level('decimal', '%1')] }), 0)).toBe('1 ');
    expect(c.label(instance({ id: 'c', levels: [level('decimal', '%1', { suffix: 'nothing' })] }), 0)).toBe('1');
  });
});
