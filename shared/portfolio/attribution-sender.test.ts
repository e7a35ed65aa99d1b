// Rule sender on real policies: a report that cites nothing and whose words fit two policies about the same
// subject goes to the one that assigns duties to its sender, when it shares enough of that policy's subject.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { attributeReport, senderRule, SENDER_MIN_SCORE } from './attribution';
import { loadPortfolio, report } from '../../electron/services/__fixtures__/attribution-portfolio';

const seeds = join(__dirname, '..', '..', 'seeds');
const portfolio = loadPortfolio(['seed', 'sample-2', 'sample-3']);
// A county 县财政局 report on 银企对接 and 融资担保: the seed (a district plan) speaks of the same subject.
const financeBody = readFileSync(join(seeds, 'sample-2', 'submissions', '县财政局第三季度银企对接和融资担保工作情况报告.txt'), 'utf8');

describe('rule sender', () => {
  it.each([
    ['the county body owing duties under the county plan only', ['县财政局'], 'sample-2'],
    ['the district body owing duties under the district plan only', ['区财政局'], 'seed'],
  ])('%s', (_what, senders, expected) => {
    const placed = senderRule({ ...report(financeBody), departments: senders }, portfolio.policies);
    expect(placed.map((a) => portfolio.name(a.policy))).toEqual([expected]);
    expect(placed[0].basis).toBe('sender');
    expect(placed[0].evidence).toContain(senders[0]);
  });

  it.each([
    ['no sender known', []],
    ['a sender no policy names', ['县教育局']],
    ['a bare name every plan could mean is ambiguous once folded three ways', ['县财政局', '区财政局']],
  ])('places nothing: %s', (_what, senders) => {
    expect(senderRule({ ...report(financeBody), departments: senders }, portfolio.policies)).toEqual([]);
  });

  it('needs the report to share the subject, not only the sender', () => {
    const minutes = '区教体局召开秋季开学工作会议，部署校园安全和开学秩序，要求各校做好新生入学登记。';
    expect(SENDER_MIN_SCORE).toBeGreaterThan(0);
    expect(senderRule({ ...report(minutes), departments: ['区教体局'] }, portfolio.policies)).toEqual([]);
  });

  it('comes after the citation and content rules in the pipeline', () => {
    const cited = `按照云政办发〔2023〕21号要求，现将有关情况报告如下。\n${financeBody}`;
    const placed = attributeReport({ ...report(cited), departments: ['区财政局'] }, portfolio.policies);
    expect(placed.map((a) => [portfolio.name(a.policy), a.basis])).toEqual([['sample-2', 'doc-number']]);
  });
});
