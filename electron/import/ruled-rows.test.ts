import { describe, expect, it } from 'vitest';
import { layoutPdf } from './pdf-layout';
import { ruledPage, type RuledRow } from './__fixtures__/ruled-page';

// ruled-rows: a table printed with its borders is cut into rows at its rules, each column at the rules across it.
const rowsOf = (...pages: ReturnType<typeof ruledPage>[]) =>
  layoutPdf(pages)
    .blocks.filter((b) => b.standalone)
    .map((b) => b.text);
const HEADER: RowOf = [['序号'], ['工作任务'], ['牵头单位'], ['完成时限']];
type RowOf = RuledRow;

describe('ruled-rows: rows cut at the rules of a bordered table', () => {
  it('keeps a cell centred below its row’s first line (序号, 牵头单位) in its row', () => {
    const rows = rowsOf(
      ruledPage([
        HEADER,
        [['1'], ['推进证照分离改革，压缩企业开办', '时间，实现一网通办，全程网上', '办理。'], ['县审批局'], ['6月底前']],
        [['2'], ['做好政策宣传解读工作，提高', '政策知晓率。'], ['县融媒体中心'], ['持续推进']],
      ]),
    );
    expect(rows).toEqual([
      '序号 | 工作任务 | 牵头单位 | 完成时限',
      '1 | 推进证照分离改革，压缩企业开办时间，实现一网通办，全程网上办理。 | 县审批局 | 6月底前',
      '2 | 做好政策宣传解读工作，提高政策知晓率。 | 县融媒体中心 | 持续推进',
    ]);
  });

  it('gives a cell merged down two rows (no rule across it between them) to both', () => {
    const rows = rowsOf(
      ruledPage([
        HEADER,
        [['1'], ['推进证照分离改革。'], ['县审批局'], ['6月底前']],
        [['2'], ['推进工程建设项目审批改革。'], 'merged', ['9月底前']],
        [['3'], ['做好政策宣传解读。'], ['县融媒体中心'], ['持续推进']],
      ]),
    );
    expect(rows).toEqual([
      '序号 | 工作任务 | 牵头单位 | 完成时限',
      '1 | 推进证照分离改革。 | 县审批局 | 6月底前',
      '2 | 推进工程建设项目审批改革。 | 县审批局 | 9月底前',
      '3 | 做好政策宣传解读。 | 县融媒体中心 | 持续推进',
    ]);
  });
});
