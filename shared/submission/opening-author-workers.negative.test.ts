// Negative cases of joint-workers (see opening-author-workers.test.ts).
import { describe, expect, it } from 'vitest';
import { authorInOpening, jointWorkers } from './opening-author';

const lines = (text: string) => text.split('\n').map((t) => ({ text: t }));

describe('joint-workers: negative cases', () => {
  it.each([
    ['one body with 和 inside its name', '区发展和改革局'],
    ['one body alone', '县政府督查室'],
    ['a body joined to a word that is no body', '县政府督查室及有关人员'],
  ])('keeps %s whole', (_what, subject) => {
    expect(jointWorkers(subject)).toEqual([subject]);
  });

  it('names one 督查室 alone at its work', () => {
    const text = '近期,县政府督查室对2022年第八次县政府常务会议确定事项落实情况开展了专项督查,现通报如下。';
    expect(authorInOpening(lines(text))).toEqual(['县政府督查室']);
  });
});
