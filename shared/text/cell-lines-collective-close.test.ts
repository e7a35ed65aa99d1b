import { describe, expect, it } from 'vitest';
import { cellRows as rows } from './__fixtures__/cell-rows';

// The collective-close rule: in a table copied one cell a line with detail columns (责任领导, 监督方式), a bodies' cell
// may close its list on every body of a kind after 等 (「…、高新投公司等各部门」).

describe('joinCellLines: a bodies\' cell closing on 等各部门', () => {
  it('keeps the row whose bodies close on every department', () => {
    expect(
      rows(
        '序号', '重点工作任务分解', '责任领导', '责任部门', '完成期限', '监督方式',
        '1', '申建综合保税区。', '张三', '经济发展局', '持续推进', '区委、区政府',
        '2', '启动园区小学建设。', '李四、张三', '科技中心、建设管理局、高新投公司等各部门', '持续推进', '区委、区政府',
      ),
    ).toEqual([
      '序号 | 重点工作任务分解 | 责任领导 | 责任部门 | 完成期限 | 监督方式',
      '1 | 申建综合保税区。 | 张三 | 经济发展局 | 持续推进 | 区委、区政府',
      '2 | 启动园区小学建设。 | 李四、张三 | 科技中心、建设管理局、高新投公司等各部门 | 持续推进 | 区委、区政府',
    ]);
  });
});
