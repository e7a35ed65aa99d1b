import { describe, expect, it } from 'vitest';
import { coverLineEnds } from './cover-lines';
import { repairParagraphs } from './repair';

const lines = (text: string, limit = text.length) => {
  const cuts = [0, ...coverLineEnds(text, limit), limit];
  return cuts.slice(0, -1).map((c, k) => text.slice(c, cuts[k + 1]));
};

// cover-lines: a cover notice run on into the policy it sends is given back its lines.
describe('cover-lines: the lines of a cover notice run together', () => {
  it('ends the title, the addressees, the handing-on sentence, the signature and its date', () => {
    const text =
      '东莞市发展和改革局关于印发《关于实现开门红的若干措施》的通知各镇人民政府、市府直属各有关单位：《关于实现开门红的若干措施》业经市人民政府同意，现印发给你们，请认真组织实施。东莞市发展和改革局2026年1月27日关于实现开门红的若干措施为深入贯彻会议精神，制定如下措施。';
    expect(lines(text)).toEqual([
      '东莞市发展和改革局关于印发《关于实现开门红的若干措施》的通知',
      '各镇人民政府、市府直属各有关单位：',
      '《关于实现开门红的若干措施》业经市人民政府同意，现印发给你们，请认真组织实施。',
      '东莞市发展和改革局',
      '2026年1月27日',
      '关于实现开门红的若干措施',
      '为深入贯彻会议精神，制定如下措施。',
    ]);
  });

  it('ends the title before its document number, and the number before the addressees', () => {
    expect(lines('国务院关于落实重点工作部门分工的意见国发〔2020〕6号各省、自治区、直辖市人民政府：现就有关事项通知如下：')).toEqual([
      '国务院关于落实重点工作部门分工的意见',
      '国发〔2020〕6号',
      '各省、自治区、直辖市人民政府：',
      '现就有关事项通知如下：',
    ]);
  });

  it('gives a document number in brackets under the title a line of its own', () => {
    expect(lines('某省人民政府办公厅关于印发十大工程推进工作方案的通知(某政办发〔2009〕17号)各市(地)人民政府,省政府各直属单位:')).toEqual([
      '某省人民政府办公厅关于印发十大工程推进工作方案的通知',
      '(某政办发〔2009〕17号)',
      '各市(地)人民政府,省政府各直属单位:',
    ]);
  });

  it('ends 特此通知 and reads only before the list', () => {
    const text = '请认真按照执行。特此通知。上海市黄浦区人民政府办公室2024年10月8日';
    expect(lines(text)).toEqual(['请认真按照执行。特此通知。', '上海市黄浦区人民政府办公室', '2024年10月8日']);
    expect(coverLineEnds(text, 12)).toEqual([]);
  });

  it('gives a one-line policy its cover lines back in the repaired document', () => {
    const line =
      '某市人民政府关于印发若干措施的通知各区人民政府，市直各单位：现将《若干措施》印发给你们，请认真贯彻执行。某市人民政府2023年5月6日一、甲项工作。（责任单位：市财政局）二、乙项工作。（责任单位：市商务局）三、丙项工作。（责任单位：市税务局）';
    expect(repairParagraphs([{ text: line, start: 0, end: line.length }]).map((p) => p.text)).toEqual([
      '某市人民政府关于印发若干措施的通知',
      '各区人民政府，市直各单位：',
      '现将《若干措施》印发给你们，请认真贯彻执行。',
      '某市人民政府',
      '2023年5月6日',
      '一、甲项工作。（责任单位：市财政局）',
      '二、乙项工作。（责任单位：市商务局）',
      '三、丙项工作。（责任单位：市税务局）',
    ]);
  });
});
