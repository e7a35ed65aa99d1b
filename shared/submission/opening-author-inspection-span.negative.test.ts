// Negative cases of inspection-span (see opening-author-inspection-span.test.ts).
import { describe, expect, it } from 'vitest';
import { inspectedSelf } from './opening-author';

const lines = (text: string) => text.split('\n').map((t) => ({ text: t }));

describe('inspection-span: negative cases', () => {
  it.each([
    ['a span of a supervision, not an inspection', '县政府督查室对县财政局开展了为期10天的专项督查。\n局党组高度重视。'],
    ['the body of another kind than the report speaks as', '区委巡察组对区财政局党组开展了为期45天的政治巡察。\n院党委召开专题会议。'],
    ['a span with no number', '区委巡察组对区财政局党组开展了为期较长的政治巡察。\n局党组高度重视。'],
  ])('none for %s', (_what, text) => {
    expect(inspectedSelf(lines(text))).toEqual([]);
  });
});
