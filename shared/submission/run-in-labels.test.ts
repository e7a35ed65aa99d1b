// run-in-label: a field list whose labels run into their values (发文机关最高人民法院 / 发文日期2017年11月01日) reads as
// labelled fields near the top of the page. Negative cases in run-in-labels.negative.test.ts.
import { describe, expect, it } from 'vitest';
import { defaultDirectory } from '../extract/departments';
import { detectDate } from './detect-date';
import { detectDepartments } from './detect-departments';
import { withRunInLabel } from './run-in-labels';

const paragraphs = (text: string) => text.split('\n').map((t, index) => ({ index, text: t }));

describe('run-in-label', () => {
  it.each([
    ['an issuer run into its label', '发文机关最高人民法院', '发文机关：最高人民法院'],
    ['a date run into its label', '发文日期2017年11月01日', '发文日期：2017年11月01日'],
    ['a publisher of a disclosure list', '发布机构河西区财政局', '发布机构：河西区财政局'],
    ['a numeric date', '成文日期2021-06-30', '成文日期：2021-06-30'],
  ])('reads %s', (_what, line, read) => {
    expect(withRunInLabel(line)).toBe(read);
  });

  it('gives the issuer and the date of a report under such a list', () => {
    const text = [
      '发文机关河西区人民法院',
      '发文日期2019年03月05日',
      '时效性现行有效',
      '区人大常委会:',
      '根据会议安排,我代表区人民法院报告执行工作情况,请审议。',
    ].join('\n');
    expect(detectDepartments(paragraphs(text), { directory: defaultDirectory(), policyDepartments: [] }).rawDepartments).toEqual(['河西区人民法院']);
    const date = detectDate(paragraphs(text), '2099-01-01');
    expect([date.date, date.dateSource]).toEqual(['2019-03-05', 'header']);
  });
});
