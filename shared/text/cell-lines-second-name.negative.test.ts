import { describe, expect, it } from 'vitest';
import { withoutSecondName } from './cell-lines';
import { cellRows as rows } from './__fixtures__/cell-rows';

// second-name-cell, negative cases: a bracket that names no body is no second name.

describe('withoutSecondName: a bracket of anything else stays', () => {
  it.each(['建设综合服务中心(二期)', '完成验收(年底前)', '市场监管局', '推进项目建设(市发改局牵头)', '教育局（含）'])('%s', (name) => {
    expect(withoutSecondName(name)).toBe(name);
  });
});

describe('joinCellLines: a task line closing on a bracket is no cell of bodies', () => {
  it('reads 建设综合服务中心(二期) as the task\'s second line, the row\'s bodies after it', () => {
    expect(rows('序号', '主要工作任务', '责任单位', '1', '推进项目建设,', '建设综合服务中心(二期)', '住建局', '2', '完成验收。', '住建局')).toEqual([
      '序号 | 主要工作任务 | 责任单位',
      '1 | 推进项目建设,建设综合服务中心(二期) | 住建局',
      '2 | 完成验收。 | 住建局',
    ]);
  });
});
