import { describe, expect, it } from 'vitest';
import { extractPolicy } from './policy';

const read = (lines: string[]) =>
  extractPolicy({ paragraphs: lines.map((text, index) => ({ index, text })) }).measures.map((m) => `${m.title} / ${[...m.lead, ...m.generic].join('、')}`);

// shifted-row: a row crawled without the group's cell merged down from above comes with its cells moved one to the
// left and an empty cell at its end; numbered-requirement: a task cell opening on its item's number is the measure's
// own text, the short cell before it the group's name.
describe('shifted-row and numbered-requirement: a pipe table whose group cell is merged down its rows', () => {
  it('puts a row moved to the left back under its columns and titles each row by its numbered requirement', () => {
    expect(
      read([
        '工作任务 | 具体要求 | 责任部门 |',
        '一、做好财政信息公开。 | 1.积极推进本中心预算公开。 | 财务科 |',
        '二、做好网站信息公开。 | 2.及时更新网站频道信息。 | 办公室 |',
        '3.及时反馈网民的意见。 | 各科室 | |',
        '4.及时更新微信公众号信息。 | 办公室牵头,各科室配合 | |',
      ]),
    ).toEqual(['积极推进本中心预算公开 / 财务科', '及时更新网站频道信息 / 办公室', '及时反馈网民的意见 / 各科室', '及时更新微信公众号信息 / 办公室、各科室']);
  });
});
