// joint-workers: two bodies joined at the head of the clause on the work done are both the report's authors.
import { describe, expect, it } from 'vitest';
import { authorInOpening, jointWorkers } from './opening-author';

const lines = (text: string) => text.split('\n').map((t) => ({ text: t }));

describe('joint-workers', () => {
  it.each([
    ['joined by 及', '区委督查室及区政府督查室', ['区委督查室', '区政府督查室']],
    ['joined by 和', '县委督查室和县政府督查室', ['县委督查室', '县政府督查室']],
    ['a name with 和 inside, joined by 与', '区发展和改革局与区财政局', ['区发展和改革局', '区财政局']],
  ])('splits two bodies %s', (_what, subject, names) => {
    expect(jointWorkers(subject)).toEqual(names);
  });

  it('names both 督查室 of a joint 回头看 bulletin', () => {
    const text = '5月10日,区委督查室及区政府督查室对我区昌盛路环境整治工作整改落实情况进行了“回头看”,现将有关情况通报如下。';
    expect(authorInOpening(lines(text))).toEqual(['区委督查室', '区政府督查室']);
  });
});
