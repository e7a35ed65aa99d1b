// Schools report on what they put right (整改报告) and sign with their own name: a school's name is a body's name.
// Adapted from the real report dajing-school of __fixtures__/real.
import { describe, expect, it } from 'vitest';
import { looksLikeDepartment, namesOnlyLine } from './department-names';

describe('a school’s name is a body’s name', () => {
  it.each(['商州区大荆中学', '城关镇中心小学', '县职业技术学校', '市实验幼儿园', '西北农林科技大学'])('%s', (name) => {
    expect(looksLikeDepartment(name)).toBe(true);
  });

  it('a school signs a report on its own line', () => {
    expect(namesOnlyLine('商州区大荆中学')).toEqual(['商州区大荆中学']);
  });
});

describe('a school’s name: negative cases', () => {
  it.each([
    ['a subject taught', '初中数学'],
    ['a sentence about schools', '我们走访了中小学'],
    ['a word ending like a school', '学校'],
    ['a number of schools', '全县中小学校'],
    ['schools of two kinds', '城区中小学'],
  ])('not %s', (_what, text) => expect(looksLikeDepartment(text)).toBe(false));
});
