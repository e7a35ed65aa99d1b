import { describe, expect, it } from 'vitest';
import { withoutSecondName } from './cell-lines';
import { cellRows as rows } from './__fixtures__/cell-rows';

// second-name-cell: a body's cell may write the body's second name in brackets after it.

describe('joinCellLines: a body written with its second name in brackets', () => {
  it('keeps 发改局(服务业发展局) the row\'s cell of bodies, not a wrapped line of the task', () => {
    expect(rows('序号', '主要工作任务', '责任单位', '1', '生产总值增长6%左右。', '发改局', '2', '服务业增加值增长5.5%。', '发改局(服务业发展局)', '3', '社会消费品零售总额增长6%。', '商务局')).toEqual([
      '序号 | 主要工作任务 | 责任单位',
      '1 | 生产总值增长6%左右。 | 发改局',
      '2 | 服务业增加值增长5.5%。 | 发改局(服务业发展局)',
      '3 | 社会消费品零售总额增长6%。 | 商务局',
    ]);
  });

  it('reads a list whose names carry second names', () => {
    expect(rows('序号', '工作任务', '责任单位', '1', '做好粮食储备。', '县发改局（粮食局）、县财政局')).toEqual(['序号 | 工作任务 | 责任单位', '1 | 做好粮食储备。 | 县发改局（粮食局）、县财政局']);
  });
});

describe('withoutSecondName', () => {
  it.each([
    ['发改局(服务业发展局)', '发改局'],
    ['县发改局（粮食局）', '县发改局'],
    ['区委宣传部(区新闻办)', '区委宣传部'],
  ])('%s is read as %s', (name, read) => {
    expect(withoutSecondName(name)).toBe(read);
  });
});
