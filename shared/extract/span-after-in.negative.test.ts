import { describe, expect, it } from 'vitest';
import { extractDeadlines } from './deadlines';
import { refineDeadlines } from './relative-deadlines';

const read = (text: string) =>
  refineDeadlines(text, extractDeadlines(text, { issuedOn: '2018-12-10' }), { issuedOn: '2018-12-10', startYear: 2018 }).filter((d) => d.kind === 'by');

describe('span-after-in: a grant\'s window or a condition is no due date', () => {
  it.each([
    '对工作成效明显的市（地、州、盟），在两年之内给予一定额度的支持。',
    '对在三年内首次创业的人员给予补贴。',
    '在两年内优先安排项目资金。',
  ])('%s', (text) => {
    expect(read(text)).toEqual([]);
  });
});
