import { describe, expect, it } from 'vitest';
import { extractPolicy } from './policy';

const measures = (lines: string[]) =>
  extractPolicy({ paragraphs: lines.map((text, index) => ({ index, text })) }).measures.map((m) => `${m.label} L:${m.lead.join('、')} S:${m.support.join('、')} G:${m.generic.join('、')}`);

const division = (opening: string[], first: string) => [
  '某区应急避难场所建设实施方案',
  '一、主要任务',
  '（一）编制规划。制定专业规划。（责任单位：区民防办）',
  '二、职责分工',
  ...opening,
  first,
  '区财政局：负责落实所需经费。',
];

describe('opening-lead: no lead from an opening that names none, and a paragraph on 牵头 outranks it', () => {
  it('shares the work when the opening names no one to lead', () => {
    expect(measures(division(['按照条块结合、属地负责的原则，各部门履行相应职责。'], '区民防办：负责制定专业规划。'))[1]).toBe('二、 L:区民防办、区财政局 S: G:');
  });

  it('keeps the body whose paragraph opens on 牵头 as the lead', () => {
    expect(measures(division(['区财政局牵头，各部门履行相应职责。'], '区民防办：负责牵头制定专业规划。'))[1]).toBe('二、 L:区民防办 S:区财政局 G:');
  });
});

describe('generic-office-split: an item of every office with no office named keeps them generic', () => {
  it('names no body', () => {
    const text = [
      '某区人民政府办公室印发关于建立防灾及风险排查机制实施意见的通知',
      '区政府各部门、各街道办事处、有关单位：',
      '《关于建立防灾及风险排查机制的实施意见》已经区政府同意，现印发给你们，请按照执行。',
      '某区人民政府办公室',
      '关于建立防灾及风险排查机制的实施意见',
      '为确保历史建筑安全，建立日常防灾及风险排查机制，特制定本意见。',
      '一、历史风貌区和优秀历史建筑是本区重要的历史遗存，须加强保护。',
      '二、各单位按以下职能分工定期组织开展风险排查工作：',
      '（一）区房管局。负责定期召开排查工作例会。',
      '（二）区建交委。负责组织房屋安全问题的整改。',
      '（三）区安监局。负责加强安全生产监管。',
      '（四）各街道办事处。负责组织辖区内相关建筑的安全排查工作。',
    ];
    expect(measures(text)).toEqual(['（一） L:区房管局 S: G:', '（二） L:区建交委 S: G:', '（三） L:区安监局 S: G:', '（四） L: S: G:各街道办事处']);
  });
});
