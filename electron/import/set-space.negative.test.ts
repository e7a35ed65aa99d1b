import { describe, expect, it } from 'vitest';
import { setLine } from './__fixtures__/pdf-glyphs';
import { read } from './__fixtures__/pdf-runs';

// set-space, negative cases: a gap with no space set in it (a justified line, runs a generator cut), a space set beside
// a single character (letter-spacing) or beside digits closes up as before.

describe('set-space: gaps and spaces that part no words', () => {
  it.each([0.25, 0.5])('closes up a gap of %s of a character with no space set in it', (space) => {
    expect(read(setLine('区市场_监管局', space))).toEqual(['区市场监管局']);
  });

  it('closes up a heading spaced out with a space after each character', () => {
    expect(read(setLine('工 作 报 告', 0.25))).toEqual(['工作报告']);
  });

  it('closes up a space set beside digits', () => {
    expect(read(setLine('2021 年 9 月', 0.25))).toEqual(['2021年9月']);
  });
});
