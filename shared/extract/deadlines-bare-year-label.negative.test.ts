import { describe, expect, it } from 'vitest';
import { extractDeadlines } from './deadlines';

const ctx = { issuedOn: '2024-04-02' };

describe('bare-year-label: negative cases', () => {
  it.each([
    // a year alone without a time label
    '建设地点：洋州街道\n2024',
    // a figure after the label, not a year
    '完成时限：300',
    // a year opening a longer value: read by the other readers or not at all
    '完成时限：2024年6月',
    // a year followed by more words: not the whole of the value
    '完成时限：2024开工',
  ])('%s', (text) => {
    expect(extractDeadlines(text, ctx).filter((d) => d.kind === 'by' && d.date === '2024-12-31')).toEqual([]);
  });
});
