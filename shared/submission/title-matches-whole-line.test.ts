import { describe, expect, it } from 'vitest';
import { measure, policy } from './__fixtures__/measures';
import { wholeLineTitle, wholeLineTitles } from './title-matches-whole-line';

const titles = wholeLineTitles(
  policy([
    measure(1, '地区生产总值增长6.5%左右'),
    measure(3, '固定资产投资增长7.5%左右'),
    measure(7, '推行涉企经营许可“证照分离”改革'),
    measure(9, '严格执行城市公共空间规划建设治理导则'),
  ]),
);
const whole = (line: string) => wholeLineTitle(line, titles);

describe('wholeLineTitle', () => {
  it.each([
    ['固定资产投资增长7.5%左右。', 3],
    ['地区生产总值增长6.5%左右', 1],
    // the line's own numbering, whatever it is, and its closing mark are no part of the title
    ['2. 固定资产投资增长7.5%左右。', 3],
    ['（一）地区生产总值增长6.5%左右；', 1],
    ['任务三：固定资产投资增长7.5%左右', 3],
    ['推行涉企经营许可证照分离改革', 7],
    ['“严格执行城市公共空间规划建设治理导则”', 9],
  ])('%s → %s', (line, expected) => expect(whole(line)).toBe(expected));
});
