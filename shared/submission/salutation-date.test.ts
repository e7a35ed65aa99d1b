// salutation-date: a salutation with a date run onto it (省人大常委会:2013年7月22日) names the addressee, not the author of
// a byline. Negative cases in salutation-date.negative.test.ts.
import { describe, expect, it } from 'vitest';
import { defaultDirectory } from '../extract/departments';
import { detectDepartments } from './detect-departments';
import { isSalutationWithDate } from './salutation-date';

const paragraphs = (text: string) => text.split('\n').map((t, index) => ({ index, text: t }));

describe('salutation-date', () => {
  it.each([
    ['省人大常委会:2013年7月22日'],
    ['市人大常委会：2020年5月6日'],
    ['市委办公室、市政府办公室: 2021-03-01'],
  ])('%s is a salutation', (line) => {
    expect(isSalutationWithDate(line)).toBe(true);
  });

  it('a committee’s report whose salutation has the date run onto it names the committee only', () => {
    const text = [
      '区人大内务司法委员会',
      '2013年7月22日',
      '区人大常委会:2013年7月22日',
      '区人大内务司法委员会对区人民法院审议意见办理情况进行了跟踪督办。现将审议意见报告如下:',
    ].join('\n');
    expect(detectDepartments(paragraphs(text), { directory: defaultDirectory(), policyDepartments: [] }).rawDepartments).toEqual(['区人大内务司法委员会']);
  });
});
