// Negative cases of lead-above-title (see detect-departments-lead-above-title.test.ts): a line with no sentence, a lead
// with a sentence under it, or a heading or date under it, is read as before.
import { describe, expect, it } from 'vitest';
import { isLeadAboveTitle } from './detect-departments';

describe('lead-above-title: negative cases', () => {
  it.each([
    ['a title with no sentence above another line', '温州市发展和改革委员会2023年上半年工作总结', '一、上半年工作总结'],
    ['a sentence with a sentence under it', '日前,温州发改委发布上半年工作总结。', '文件显示,上半年温州谋划招引项目41个。'],
    ['a sentence with no title word under it', '日前,温州发改委发布上半年工作总结。', '温州市发展和改革委员会'],
    ['a sentence with a date under it', '日前,温州发改委发布上半年工作总结。', '2023年7月14日'],
    ['a sentence with nothing under it', '日前,温州发改委发布上半年工作总结。', undefined],
  ])('not %s', (_what, text, next) => expect(isLeadAboveTitle(text, next)).toBe(false));
});
