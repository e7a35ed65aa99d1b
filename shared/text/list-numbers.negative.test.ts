import { describe, expect, it } from 'vitest';
import { formatListNumber, ListCounters, type ListDefinition, type ListLevel } from './list-numbers';

const level = (format: string, text: string): ListLevel => ({ start: 1, format, text, suffix: 'tab' });
const only = (definition: ListDefinition) => ({ definition, startOverrides: new Map<number, number>(), levelOverrides: new Map<number, ListLevel>() });

describe('list numbers that write nothing, or nothing special', () => {
  it('a bullet or a level numbered "none" writes no number', () => {
    expect(formatListNumber(3, 'bullet')).toBe('');
    expect(formatListNumber(3, 'none')).toBe('');
  });

  it('a bullet list gives its paragraphs no label', () => {
    const dots = only({ id: 'dots', levels: [level('bullet', '●')] });
    const c = new ListCounters();
    expect([c.label(dots, 0), c.label(dots, 0)]).toEqual(['', '']);
  });

  it('a level whose label is empty gives no label', () => {
    const c = new ListCounters();
    expect(c.label(only({ id: 'empty', levels: [level('none', '')] }), 0)).toBe('');
  });

  it('past the end of a series of signs, the number is written in digits', () => {
    expect(formatListNumber(21, 'decimalEnclosedCircle')).toBe('21');
    expect(formatListNumber(11, 'ideographTraditional')).toBe('11');
    expect(formatListNumber(0, 'upperLetter')).toBe('0');
    expect(formatListNumber(4000, 'upperRoman')).toBe('4000');
  });

  it('a format not known here is written in digits', () => {
    expect(formatListNumber(7, 'hebrew1')).toBe('7');
  });

  it('a level the list does not define gives no label and counts nothing', () => {
    const one = only({ id: 'one', levels: [level('decimal', '%1.')] });
    const c = new ListCounters();
    expect(c.label(one, 4)).toBe('');
    expect(c.label(one, 0)).toBe('1.');
  });
});
