import { describe, expect, it } from 'vitest';
import { policyLines } from './policy-lines';
import { readTable } from './policy-table';

// repeated-seq: a 序号 merged down two rows stands in both; the second row is more of the first's measure.
const lines = (...texts: string[]) => policyLines(texts.map((text, index) => ({ index, text })));
const header = '序号 | 民生实事 | 责任单位 | 完成时限';

describe('repeated-seq: the same 序号 on the next row continues its measure', () => {
  it('gives the second task and its time to the measure the first row opened', () => {
    const t = readTable(
      lines(header, '4 | 建成县残疾人综合服务中心。 | 县残联 | 5月底前动工', '5 | 开工建设县老年养护楼。 | 县民政局 | 5月底前动工', '5 | 开工建设老年大学。 | 县民政局 | 12月底前', '6 | 迁建县政务服务中心。 | 县代建中心 | 12月底前'),
      0,
      5,
    );
    expect(t.items.map((m) => m.value)).toEqual([4, 5, 6]);
    const five = t.items[1];
    expect(five.title).toBe('开工建设县老年养护楼');
    expect(five.text).toContain('开工建设老年大学。');
    expect(five.duties).toEqual(['责任单位：县民政局', '完成时限：5月底前动工', '完成时限：12月底前']);
    expect(five.paragraphs).toEqual([2, 3]);
  });

  it('gives a row short on the left by its 序号 (the merged cell left out) to the measure above', () => {
    const t = readTable(lines(header, '5 | 开工建设县老年养护楼。 | 县民政局 | 5月底前动工', '开工建设老年大学。 | 县民政局 | 12月底前', '6 | 迁建县政务服务中心。 | 县代建中心 | 12月底前'), 0, 4);
    expect(t.items.map((m) => m.value)).toEqual([5, 6]);
    expect(t.items[0].duties).toEqual(['责任单位：县民政局', '完成时限：5月底前动工', '完成时限：12月底前']);
  });
});
