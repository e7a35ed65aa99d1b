// misread-folio must not take for a page number a line that says something, a short line above the foot, or one that
// another line stands below.
import { describe, expect, it } from 'vitest';
import { full, line, page } from './__fixtures__/ocr-lines';
import { isMisreadFolio, layoutOcr } from './ocr-layout';

const textOf = (lines: Parameters<typeof page>[0]) => layoutOcr([page(lines)]).text;

describe('misread-folio: negative cases', () => {
  it.each(['2025-1', 'A4-', '第14-', '14', '1-2-3', '12号-'])('%s is no misread page number', (text) => {
    expect(isMisreadFolio(text)).toBe(false);
  });

  it('keeps such a line above the foot of the page', () => {
    expect(textOf([line(full('一、总体要求', 2), 10, 2), line('14-', 11, 0), line('正文继续。', 12)])).toContain('14-');
  });

  it('keeps such a line at the foot when another line stands below it', () => {
    expect(textOf([line(full('一、总体要求', 2), 10, 2), line('14-', 24, 0), line('附：联系电话', 25)])).toContain('14-');
  });
});
