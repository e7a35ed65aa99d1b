import { describe, expect, it } from 'vitest';
import { extractPolicy } from './policy';

const measures = (lines: string[]) =>
  extractPolicy({ paragraphs: lines.map((text, index) => ({ index, text })) }).measures.map((m) => `${m.label} L:${m.lead.join('、')} S:${m.support.join('、')} G:${m.generic.join('、')}`);

// opening-lead: a 职责分工 section's opening sentence says who leads the whole work before its paragraphs on a colon
// (奉贤区关于进一步推进应急避难场所建设的实施方案, 2022, 五、职责分工). generic-office-split: an item headed by every office of a
// kind that then gives the work to named offices is theirs, shared (虹口区…防灾及风险排查机制的实施意见, 2014, 四、（五）).
describe('opening-lead: the division opening on who leads', () => {
  it.each<[string, string]>([
    ['在区政府的统一领导下，区民防办、应急管理局牵头，区发展改革委、财政局等部门履行相应职责。', '二、 L:区民防办、区应急管理局 S:区发展改革委、区财政局 G:'],
    ['由区民防办负责统筹推进，区发展改革委、财政局等部门履行相应职责。', '二、 L:区民防办 S:区应急管理局、区发展改革委、区财政局 G:'],
  ])('%s', (opening, expected) => {
    const text = [
      '某区应急避难场所建设实施方案',
      '一、主要任务',
      '（一）编制规划。制定专业规划。（责任单位：区民防办）',
      '二、职责分工',
      opening,
      '区民防办：负责制定区级应急避难场所专业规划。',
      '区应急管理局：参与制定专业规划；负责应急避难场所启用。',
      '区发展改革委：负责把建设内容纳入项目审批范围。',
      '区财政局：负责落实所需经费。',
    ];
    expect(measures(text)[1]).toBe(expected);
  });
});

describe('generic-office-split: every office of a kind, then the named ones', () => {
  it('gives the item to the named offices', () => {
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
      '（四）各街道办事处。负责组织辖区内相关建筑的安全排查工作。具体分工为：',
      '1.提篮桥街道办事处负责提篮桥风貌区建筑的排查工作。',
      '2.欧阳路街道办事处负责山阴路风貌区建筑的排查工作。',
    ];
    expect(measures(text)).toEqual(['（一） L:区房管局 S: G:', '（二） L:区建交委 S: G:', '（三） L:区安监局 S: G:', '（四） L:提篮桥街道办事处、欧阳路街道办事处 S: G:各街道办事处']);
  });
});
