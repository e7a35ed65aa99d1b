// Negative cases of company-head (see news-accounts-company-head.test.ts).
import { describe, expect, it } from 'vitest';
import { reportingHead } from './news-accounts';

const lines = (text: string) => text.split('\n').map((t) => ({ text: t }));

describe('company-head: negative cases', () => {
  it.each([
    ['a general manager accompanying, not reporting', '川投大健康产业集团副总经理龚坚陪同调研。'],
    ['a general manager pledging, not reporting', '李超表示,川投汇鑫公司将按整改要求持续做好相关工作。'],
    ['a visiting department’s head setting out what is asked', '川投集团审计部部长汪孝竹就审计整改工作提出要求。'],
    ['a report with no subject of work', '城建公司总经理王明就此做了汇报。'],
    ['no body before the post', '总经理就审计整改工作进展做了汇报。'],
  ])('none for %s', (_what, text) => expect(reportingHead(lines(text))).toEqual([]));
});
