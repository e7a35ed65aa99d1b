import { describe, expect, it } from 'vitest';
import { makeSnippet, MARK_END, MARK_START, matchRanges, SNIPPET_SEGMENT_SPAN, snippetSpan, type TextToken } from './snippet';

const m = (s: string) => MARK_START + s + MARK_END;

// A paragraph of megabytes with the query at every line (a hostile file, or a table run onto one line): its snippet
// is found in time that grows with its length, on the thread that answers the search.
describe('snippet of a very long paragraph', () => {
  const units = 200_000;
  const text = '推进落实'.repeat(units);
  const tokens: TextToken[] = Array.from({ length: units * 2 }, (_, k) => ({ text: k % 2 ? '落实' : '推进', start: k * 2, end: k * 2 + 2 }));

  it('marks two hundred thousand places of the query and four hundred thousand of its words', () => {
    const ranges = matchRanges(text, tokens, ['推进', '落实'], '推进落实');
    expect(ranges).toHaveLength(units);
    const words = matchRanges(text, tokens, ['推进', '落实'], '');
    expect(words).toHaveLength(units * 2);
    expect(words[1]).toEqual([2, 4]);
  }, 60_000);

  it('a window round the first of hundreds of thousands of matches (no call spread over all of them)', () => {
    const ranges = matchRanges(text, tokens, ['落实'], '推进落实');
    expect(makeSnippet(text, ['推进落实'], 4, ranges)).toBe(`${m('推进落实')}${m('推进落实')}…`);
    expect(makeSnippet(text, Array.from({ length: 300_000 }, () => '落实'), 2)).toBe(`推进${m('落实')}推进…`);
  }, 60_000);

  it('is segmented only round where the query first stands', () => {
    const long = '甲'.repeat(1_000_000) + '推进落实' + '乙'.repeat(1_000_000);
    const { from, to } = snippetSpan(long, ['推进落实', '落实']);
    expect(from).toBeLessThanOrEqual(1_000_000);
    expect(to).toBeGreaterThanOrEqual(1_000_004);
    expect(to - from).toBe(SNIPPET_SEGMENT_SPAN);
    expect(snippetSpan('推进落实', ['落实'])).toEqual({ from: 0, to: 4 });
  });
});
