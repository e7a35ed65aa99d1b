// campaign-command: a campaign's command at the head of its return's opening sentence, at a round of checks of its own,
// its opening announcing what it found (9月25日,区“双创”指挥部分两个小组,对…进行了“回头看”,现就检查情况通报如下), is the
// return's author, its campaign in quotes inside its name or not. Adapted from the real report of __fixtures__/real
// (huangzhou-campaign-lookback). Negative cases in campaign-command.negative.test.ts.
import { describe, expect, it } from 'vitest';
import { defaultDirectory } from '../extract/departments';
import { campaignCommand } from './campaign-command';
import { detectDepartments } from './detect-departments';

const paragraphs = (text: string) => text.split('\n').map((t, index) => ({ index, text: t }));

describe('campaign-command: a campaign command’s own return', () => {
  it.each<[string, string, string[]]>([
    ['its campaign in quotes, at a round in two teams', '9月25日,区“双创”指挥部分两个小组,对市指挥部交办的问题进行了“回头看”,现就检查情况通报如下:', ['区“双创”指挥部']],
    ['its campaign unquoted, a leading group’s office', '近日,县创文领导小组办公室对各责任单位整改情况开展督查,现将督查情况通报如下:', ['县创文领导小组办公室']],
  ])('%s', (_what, sentence, names) => {
    expect(campaignCommand([sentence])).toEqual(names);
  });

  it('the reading of the command’s bulletin names it, not the city’s command it names later', () => {
    const text = '“双创”曝光台|问题清单“回头看”篇\n9月25日,区“双创”指挥部分两个小组,对市指挥部8月4日《交办函》存在的问题进行了“回头看”,现就检查情况通报如下:\n以上问题,是市“双创”指挥部于8月4日向我区交办的问题清单。\n2020年10月5日';
    const found = detectDepartments(paragraphs(text), { directory: defaultDirectory(), policyDepartments: [] });
    expect(found.rawDepartments).toEqual(['区“双创”指挥部']);
  });
});
