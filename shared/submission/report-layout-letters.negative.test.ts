// Negative cases of report-layout-letters.test.ts: a date after the last sentence with neither a name nor closing
// fields, a date inside the last sentence, and a closing field with no date before it stay where they are.
import { describe, expect, it } from 'vitest';
import { withClosingTail } from './report-layout';

describe('a run-together tail that is no closing: negative cases', () => {
  it.each([
    ['a bare date after the last sentence', '各项工作有序推进。 2022年7月1日'],
    ['a date inside the last sentence', '感谢您的关心和支持! 我局于2022年7月1日 抄送县政府办公室'],
    ['a closing field with no date', '感谢您的关心和支持! 抄送:县政府办公室'],
    ['words that are no name before the date', '感谢您的关心和支持! 请继续关注 2022年7月1日 抄送:县政府办公室'],
  ])('%s', (_what, text) => {
    expect(withClosingTail([{ index: 0, text }]).map((l) => l.text)).toEqual([text]);
  });
});
