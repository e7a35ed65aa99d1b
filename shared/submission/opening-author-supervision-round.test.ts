// supervision-round: a 督查 office, after what it did before (在前期…的基础上), going over the bodies charged with the year's
// tasks in a round of its own (近期对…进行了全面督查调度), is the author of its account (opening-author.ts, progressTracker).
// Lines adapted from the real report of __fixtures__/real (tianling-supervision), a copy in traditional characters.
import { describe, expect, it } from 'vitest';
import { defaultDirectory } from '../extract/departments';
import { detectDepartments } from './detect-departments';
import { progressTracker } from './opening-author';

const paragraphs = (text: string) => text.split('\n').map((t, index) => ({ index, text: t }));

describe('supervision-round', () => {
  it.each([
    ['after what it did before', '为促进市委、市政府“项目推进年”决策的贯彻落实,市委督查室在前期进行不间断情况调度的基础上,近期对担负这些项目推进任务的13个市直部门进行了全面督查调度。', '市委督查室'],
    ['a round with no clause before', '县政府督查室近日对承担民生实事项目的12个县直部门进行了专项督查。', '县政府督查室'],
  ])('%s', (_what, sentence, name) => expect(progressTracker([sentence])).toEqual([name]));

  it('reads the traditional copy as the office’s', () => {
    const text = '發布日期:2012-01-06\n信息來源:\n為促進市委、市政府“項目推進年”決策的貫徹落實,市委督查室在前期進行不間斷情況調度的基礎上,近期對擔負這些項目推進任務的13個市直部門(單位)、10個縣(市)區和高新區進行了全面督查調度。';
    expect(detectDepartments(paragraphs(text), { directory: defaultDirectory(), policyDepartments: [] }).rawDepartments).toEqual(['市委督查室']);
  });
});
