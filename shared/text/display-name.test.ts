import { describe, expect, it } from 'vitest';
import { displayFileName, hasDirectionControl } from './display-name';

describe('displayFileName', () => {
  it.each([
    ['evil\u202Efdp.txt', 'evil‹U+202E›fdp.txt'],
    ['报告\u202Bxcod.exe', '报告‹U+202B›xcod.exe'],
    ['a\u2066b\u2069.pdf', 'a‹U+2066›b‹U+2069›.pdf'],
    ['\u200F\u200E\u061Cx.doc', '‹U+200F›‹U+200E›‹U+061C›x.doc'],
  ])('shows the controls of %j', (name, shown) => {
    expect(hasDirectionControl(name)).toBe(true);
    const out = displayFileName(name);
    expect(out).toBe(shown);
    expect(hasDirectionControl(out)).toBe(false);
  });

  it.each(['区民政局关于落实情况的报告.docx', 'report (final).pdf', 'تقرير.txt', 'a\u200Db.txt'])('leaves %j as it is', (name) => {
    expect(hasDirectionControl(name)).toBe(false);
    expect(displayFileName(name)).toBe(name);
  });
});
