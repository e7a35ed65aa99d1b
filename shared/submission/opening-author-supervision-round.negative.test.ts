// Negative cases of supervision-round (see opening-author-supervision-round.test.ts).
import { describe, expect, it } from 'vitest';
import { progressTracker } from './opening-author';

describe('supervision-round: negative cases', () => {
  it.each([
    ['the office inspecting the reporting body', '县政府督查室近日对我局承担的民生实事项目进行了专项督查,现将整改情况报告如下。'],
    ['a report speaking as a body of its own', '县政府督查室近日对承担民生项目的部门进行了督查,我局高度重视。'],
    ['no round of its own: only a visit', '市委督查室近期到县里调研项目推进工作。'],
  ])('not %s', (_what, sentence) => expect(progressTracker([sentence])).toEqual([]));
});
