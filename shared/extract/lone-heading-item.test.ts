import { describe, expect, it } from 'vitest';
import { extractPolicy } from './policy';

// lone-heading-item: in a section whose measures are points under headings, a heading over a paragraph of its own that
// closes on its duty is a measure too (沪市监特种〔2023〕414号, 三、（二）（五）（六）).
describe('lone-heading-item: a heading with no points is a measure beside the points', () => {
  it('reads points and the lone heading in order', () => {
    const m = extractPolicy({
      paragraphs: [
        '实施方案',
        '一、突出重点',
        '（一）排查整治气瓶风险',
        '1．加强制造环节监管。加强监督检查。（市局特种设备安全监察处牵头）',
        '2．加强充装环节监管。加强监督检查。（市局特种设备安全监察处牵头）',
        '二、综合施策',
        '（一）落实企业主体责任',
        '1．落实充装单位主体责任。督促充装单位落实责任。（市局特种设备安全监察处负责）',
        '2．落实器具生产单位主体责任。督促生产单位落实责任。（市局产品质量安全监督管理处负责）',
        '（二）规范安装收费行为',
        '加强安装价格收费监管。（市局反垄断和价格监督检查办公室负责）',
        '三、工作要求',
        '（一）强化组织领导',
        '各区要高度重视。',
      ].map((text, index) => ({ index, text })),
    }).measures;
    expect(m.map((x) => x.lead.join('、'))).toEqual(['市局特种设备安全监察处', '市局特种设备安全监察处', '市局特种设备安全监察处', '市局产品质量安全监督管理处', '市局反垄断和价格监督检查办公室']);
    expect(m[4].label).toBe('二、（二）');
  });
});
