import { describe, expect, it } from 'vitest';
import { cellRows as rows } from './__fixtures__/cell-rows';

describe('group-numbered-rows: negative cases', () => {
  it('leaves bracketed lines under a header without a supporters\' column as they were', () => {
    const input = ['序号', '重点工作内容', '责任单位', '(1)加快发展现代服务业。', '第三产业增加值比重再提高1%。', '经委'];
    expect(rows(...input)).toEqual(input);
  });

  it('leaves a group row with no row of bodies under it as it was', () => {
    const input = ['序号', '重点工作内容', '责任单位', '配合单位', '(1)加快发展现代服务业。', '大力发展现代服务业,提升能级。'];
    expect(rows(...input)).toEqual(input);
  });
});
