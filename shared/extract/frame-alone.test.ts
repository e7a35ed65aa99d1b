import { describe, expect, it } from 'vitest';
import { extractPolicy } from './policy';
import { isOpeningFrameTitle } from './opening-frame';

const labels = (...texts: string[]) => extractPolicy({ paragraphs: texts.map((text, index) => ({ index, text })) }).measures.map((m) => m.label);

describe('frame-alone: an item titled only as the aims of the work is no task, even when it is all the text holds', () => {
  it.each(['主要目标', '工作目标'])('%s names the opening frame', (title) => {
    expect(isOpeningFrameTitle(title)).toBe(true);
  });

  it('reads no measure from a copy cut after its aims', () => {
    expect(
      labels(
        '阿拉善盟相对集中行政许可权改革试点工作实施方案',
        '为进一步深化行政审批制度改革,结合我盟实际,制定本方案。',
        '一、主要目标',
        '以相对集中行政许可权改革为抓手,积极推进政府职能转变,创新行政审批方式,建设人民满意的服务型政府。',
      ),
    ).toEqual([]);
  });
});
