// Negative cases of visited-kind (see news-accounts-visited-kind.test.ts).
import { describe, expect, it } from 'vitest';
import { supervisedVisit } from './news-accounts';

const lines = (text: string) => text.split('\n').map((t) => ({ text: t }));

describe('visited-kind: negative cases', () => {
  it.each([
    ['a kind the body visited is not', '督查组莅临物理与通信电子学院,对学校开展巡视整改落实情况专项督查。学校班子同志汇报了工作。'],
    ['a visit with no 督查 or check', '市领导莅临县人民医院,对医院发展提出要求。医院党委书记王某作了汇报。'],
    ['no visit, only a check', '近日,督查组对医院开展巡察整改专项督查。医院党委书记王某作了汇报。'],
    ['the kind far from the visit, in another sentence', '督查组莅临县人民医院。随后对医院开展巡察整改督查。医院党委书记王某作了汇报。'],
    ['a visit whose body does not report: the visitor’s account', '市卫健委督查组莅临县人民医院,对医院落实巡察整改情况开展督查,督查组听取了意见。'],
    ['a report before the visit, not after it', '医院党委书记王某汇报了工作。督查组莅临县人民医院,对医院落实巡察整改情况开展督查。'],
  ])('none for %s', (_what, text) => expect(supervisedVisit(lines(text))).toEqual([]));
});
