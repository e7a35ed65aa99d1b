import { describe, expect, it } from 'vitest';
import { extractPolicy } from './policy';

const read = (lines: string[]) =>
  extractPolicy({ paragraphs: lines.map((text, index) => ({ index, text })) }).measures.map((m) => `${m.label} ${m.title} / ${m.lead.join('、')}`);

// group-number-row: what it leaves alone.
describe('group-number-row: negative cases', () => {
  it('keeps a row that names no body when it is numbered as the other rows are', () => {
    expect(read(['序号 | 工作任务 | 牵头单位 |', '1 | 推行告知承诺制。 | 县审批局 |', '2 | 加强事中事后监管。 | |', '3 | 开展双随机抽查。 | 县市场监管局 |'])).toEqual([
      '1 推行告知承诺制 / 县审批局',
      '2 加强事中事后监管 / ',
      '3 开展双随机抽查 / 县市场监管局',
    ]);
  });

  it('keeps a row numbered on its own when it names a body', () => {
    expect(read(['序号 | 工作任务 | 牵头单位 |', '(1) | 推行告知承诺制。 | 县审批局 |', '2 | 加强事中事后监管。 | 县市场监管局 |', '(3) | 开展双随机抽查。 | 县市场监管局 |'])).toEqual([
      '(1) 推行告知承诺制 / 县审批局',
      '2 加强事中事后监管 / 县市场监管局',
      '(3) 开展双随机抽查 / 县市场监管局',
    ]);
  });

  it('keeps every row when the rows naming bodies are numbered in more than one style', () => {
    expect(read(['序号 | 工作任务 | 牵头单位 |', '(1) | 推行告知承诺制。 | 县审批局 |', '2 | 开展双随机抽查。 | 县市场监管局 |', '3. | 加强事中事后监管。 | |'])).toEqual([
      '(1) 推行告知承诺制 / 县审批局',
      '2 开展双随机抽查 / 县市场监管局',
      '3. 加强事中事后监管 / ',
    ]);
  });
});
