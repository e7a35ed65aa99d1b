import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { otherTargets, reportTasks } from './other-target';
import { policyTargets } from './quoted-target';
import { readPolicy } from '../../electron/services/__fixtures__/attribution-portfolio';

const pairs = join(__dirname, '..', 'submission', '__fixtures__', 'real-pairs');
const read = (pair: string, file: string) => readFileSync(join(pairs, pair, 'reports', file), 'utf8');
const targetsOf = (pair: string) => policyTargets(readPolicy(join(pairs, pair, 'policy.txt')));

describe('other-target: what gives no other target', () => {
  it.each([
    ['赤壁’s own bulletin: the targets quoted whole, results in sentences', 'chibi-2021', 'chibi-midyear-2021.txt'],
    ['平湖’s table: the targets whole, 预计增长5%以上 a result', 'pinghu-2024', 'pinghu-key-work-q3-2024.txt'],
    ['芜湖’s first-quarter table', 'wuhu-2025', 'wuhu-key-work-q1-2025.txt'],
    ['六安’s year-end bulletin', 'luan-2021', 'luan-key-work-bulletin-2021.txt'],
    ['绍兴’s year table on 绍兴’s own division', 'shaoxing-2021', 'shaoxing-key-work-year-2021.txt'],
    ['辽宁’s account of its plan', 'liaoning-2024', 'liaoning-plan-execution-2024.txt'],
  ])('%s', (_what, pair, file) => {
    expect(otherTargets(reportTasks(read(pair, file)), targetsOf(pair))).toEqual([]);
  });

  const chibi = targetsOf('chibi-2021');
  it.each([
    ['a result in a sentence', '上半年,全市完成地区生产总值802.81亿元,地区生产总值增长28.6%,高出全省0.1个百分点'],
    ['a result with words between', '上半年预计地区生产总值同比增长35%左右。'],
    ['a figure with more after it', '地区生产总值增长8.6%,居全省第3位'],
    ['another indicator', '城镇居民人均可支配收入增长9%'],
  ])('%s', (_what, text) => {
    expect(otherTargets(reportTasks(text), chibi)).toEqual([]);
  });

  it('a report quoting one target whole beside another with another figure is the policy’s', () => {
    expect(otherTargets(reportTasks('(一)地区生产总值增长11%。\n全社会固定资产投资增长15%'), chibi)).toEqual([]);
  });
});
