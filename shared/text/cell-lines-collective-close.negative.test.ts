import { describe, expect, it } from 'vitest';
import { cellRows as rows } from './__fixtures__/cell-rows';

// The collective-close rule: what it leaves alone.

describe('joinCellLines: collective-close, negative cases', () => {
  const head = ['序号', '重点工作任务分解', '责任领导', '责任部门', '完成期限', '监督方式'];
  const first = ['1', '申建综合保税区。', '张三', '经济发展局', '持续推进', '区委、区政府'];
  it.each([
    // 等 before the last name only, no kind of body after it
    [['2', '启动园区小学建设。', '李四', '经济发展局等', '持续推进', '区委、区政府']],
    // every department, but not at the close of the list
    [['2', '启动园区小学建设。', '李四', '高新投公司等各部门、经济发展局', '持续推进', '区委、区政府']],
    // a sentence, not a list of bodies
    [['2', '启动园区小学建设。', '李四', '由各部门负责', '持续推进', '区委、区政府']],
  ])('%j is no row', (second) => {
    // the first row is read, the second left as its lines
    expect(rows(...head, ...first, ...second).slice(2)).toEqual(second);
  });
});
