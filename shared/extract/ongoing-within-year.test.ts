import { describe, expect, it } from 'vitest';
import { extractDeadlines } from './deadlines';

const due = (text: string) =>
  extractDeadlines(text, { issuedOn: '2020-08-10' })
    .filter((d) => d.kind === 'by')
    .map((d) => d.date);

describe('ongoing-within-year: 年内持续推进 is work going on through the year, no due date', () => {
  it.each([
    '全面建成高质量小康社会。(市政府各部门分别负责,年内持续推进)',
    '稳步推进长期护理保险制度试点。(年内持续推进)',
    '深化“放管服”改革,年内持续开展专项整治。',
  ])('%s', (text) => {
    expect(due(text)).toEqual([]);
  });
});
