import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { otherTargets, reportTasks } from './other-target';
import { attributeReport } from './attribution';
import { policyTargets } from './quoted-target';
import { forAttribution, readPolicy, report } from '../../electron/services/__fixtures__/attribution-portfolio';

const pairs = join(__dirname, '..', 'submission', '__fixtures__', 'real-pairs');
const read = (pair: string, file: string) => readFileSync(join(pairs, pair, 'reports', file), 'utf8');
const chibi = policyTargets(readPolicy(join(pairs, 'chibi-2021', 'policy.txt')));

describe('other-target: a row’s task giving a policy’s target with another figure', () => {
  it('赤壁’s target of 11% is given as 7%以上 in each of 绍兴’s three tables', () => {
    expect(chibi).toContain('地区生产总值增长11%');
    for (const file of ['shaoxing-key-work-midyear-2021.txt', 'shaoxing-key-work-q3-2021.txt', 'shaoxing-key-work-year-2021.txt']) {
      expect(otherTargets(reportTasks(read('shaoxing-2021', file)), chibi), file).toEqual(['地区生产总值增长7%以上']);
    }
  });

  it.each([
    ['a row’s number and 力争 before it', '3 | 力争一般公共预算总收入增长20%左右。 | 市财政局'],
    ['a line of its own', '全社会固定资产投资增长10%'],
  ])('%s', (_what, text) => {
    expect(otherTargets(reportTasks(text), chibi)).toHaveLength(1);
  });
});

describe('other-target in the pipeline: 绍兴’s year table, its own division not in the workspace', () => {
  const names = ['chibi-2021', 'pinghu-2024', 'guangdong-2021'];
  const policies = names.map((n, k) => forAttribution(k + 1, readPolicy(join(pairs, n, 'policy.txt'))));

  it('is not placed on 赤壁’s 2021年重点工作, whose title its own echoes', () => {
    const placed = attributeReport(report(read('shaoxing-2021', 'shaoxing-key-work-year-2021.txt')), policies).map((a) => a.policy);
    expect(placed).not.toContain(1);
  });
});
