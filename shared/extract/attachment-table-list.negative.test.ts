import { describe, expect, it } from 'vitest';
import { extractPolicy } from './policy';

const measures = (lines: string[]) => extractPolicy({ paragraphs: lines.map((text, index) => ({ index, text })) }).measures.map((m) => `${m.label} ${[...m.lead, ...m.support].join('、')}`);

describe('attachment-table-list: 附表 inside a measure is no attachment list', () => {
  it('keeps a measure that cites a table and the measure after it', () => {
    const text = [
      '某区应急避难场所建设实施方案',
      '一、主要任务',
      '（一）制定计划。2025年前完成总目标的75%（详见附表）。（责任单位：区民防办）',
      '附表中的任务由各街镇分解落实。',
      '（二）落实经费。保障所需经费。（责任单位：区财政局）',
    ];
    expect(measures(text)).toEqual(['（一） 区民防办', '（二） 区财政局']);
  });
});

describe('target-section: a 目标任务 item that names a body, and other sections, are kept', () => {
  it('keeps a target given to a body', () => {
    const text = [
      '某区工作方案',
      '一、目标任务',
      '（一）到2025年建成应急避难场所50个。（责任单位：区民防办）',
      '二、主要任务',
      '（一）落实经费。保障所需经费。（责任单位：区财政局）',
    ];
    expect(measures(text)).toEqual(['一、（一） 区民防办', '二、（一） 区财政局']);
  });

  it('does not frame a section of tasks whose title only holds 任务', () => {
    const text = [
      '某区工作方案',
      '一、重点任务',
      '（一）编制规划。由区民防办组织编制。',
      '（二）落实经费。由区财政局统一保障。',
    ];
    expect(measures(text)).toEqual(['（一） 区民防办', '（二） 区财政局']);
  });
});
