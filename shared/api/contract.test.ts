import { describe, expect, it } from 'vitest';
import { parseInput } from './contract';

describe('parseInput messages', () => {
  it.each([
    ['settings/set', { asOf: '2022-02-30' }, '统计截止日期不正确：日期不存在'],
    ['settings/set', { asOf: '0002-01-31' }, '统计截止日期不正确：日期不存在'],
    ['settings/set', { reportDeadline: '2022/1/1' }, '默认报送截止日期不正确：日期应写成“年-月-日”'],
    ['export/notices', { options: { replyBy: '2022-13-01' } }, '回复期限不正确'],
    ['compliance/matrix', { filter: { statuses: ['soon'] } }, '状态不正确：应为 按时、逾期、未报送、未到期 之一'],
    ['documents/import', { role: 'everything' }, '文件类型不正确'],
    ['documents/get', { id: 'x' }, '文件编号不正确：应为数字'],
    ['workspace/info', { sneaky: 1 }, '输入不正确：多出了不该有的内容'],
  ] as const)('%s %j', (channel, input, expected) => {
    const r = parseInput(channel, input);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.message).toContain(expected);
      expect(r.message).not.toMatch(/[A-Za-z]{2,}/);
    }
  });
});
