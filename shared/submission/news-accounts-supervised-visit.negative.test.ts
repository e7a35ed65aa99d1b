// Negative cases of supervised-visit (see news-accounts-supervised-visit.test.ts).
import { describe, expect, it } from 'vitest';
import { supervisedVisit } from './news-accounts';

const lines = (text: string) => text.split('\n').map((t) => ({ text: t }));

describe('supervised-visit: negative cases', () => {
  it.each([
    ['a visit where no one speaks as 我公司', '近日,市国资委督查组莅临产发集团,对集团落实国企改革工作任务情况开展督查。'],
    ['a body going out to inspect others', '近日,我公司领导深入各项目部,对安全生产工作开展检查。'],
    ['a visit that is no 督查', '近日,市领导莅临产发集团,对我公司发展成绩给予肯定。'],
  ])('not %s', (_what, text) => expect(supervisedVisit(lines(text))).toEqual([]));
});
