import { describe, expect, it } from 'vitest';
import { countXmlForbidden, replaceXmlForbidden, stripXmlForbidden, stripXmlForbiddenDeep } from './xml-safe';

const forbidden: [string, string][] = [
  ['U+FFFE', '\uFFFE'],
  ['U+FFFF', '\uFFFF'],
  ['NUL', '\u0000'],
  ['vertical tab', '\u000B'],
  ['form feed', '\u000C'],
  ['escape', '\u001B'],
  ['a lone high surrogate', '\uD800'],
  ['a lone low surrogate', '\uDC00'],
];

describe('XML 1.0 forbidden characters', () => {
  it.each(forbidden)('strips %s', (_label, ch) => {
    const text = `区财政局${ch}已完成`;
    expect(countXmlForbidden(text)).toBe(1);
    expect(stripXmlForbidden(text)).toBe('区财政局已完成');
    expect(replaceXmlForbidden(text, ' ')).toBe('区财政局 已完成');
  });

  it.each([
    ['tab, newline and carriage return', '甲\t乙\n丙\r丁'],
    ['a surrogate pair (𠀀, 😀)', '单位𠀀报告😀'],
    ['U+FFFD and U+FFFC', '\uFFFD\uFFFC'],
    ['C1 controls and private use', '\u0085\uE000'],
  ])('keeps %s', (_label, text) => {
    expect(countXmlForbidden(text)).toBe(0);
    expect(stripXmlForbidden(text)).toBe(text);
  });

  it('cleans every string of a nested value and leaves the rest', () => {
    const value = { title: 'a\uFFFEb', parts: [{ blocks: [{ kind: 'paragraph', spans: [{ text: '\uFFFFc', bold: true }] }] }], n: 3, none: null };
    expect(stripXmlForbiddenDeep(value)).toEqual({ title: 'ab', parts: [{ blocks: [{ kind: 'paragraph', spans: [{ text: 'c', bold: true }] }] }], n: 3, none: null });
  });
});
