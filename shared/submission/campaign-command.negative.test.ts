// Negative cases of campaign-command (see campaign-command.test.ts): a command met in another's report, or one whose
// opening announces nothing, is no author.
import { describe, expect, it } from 'vitest';
import { defaultDirectory } from '../extract/departments';
import { campaignCommand } from './campaign-command';
import { detectDepartments } from './detect-departments';

const paragraphs = (text: string) => text.split('\n').map((t, index) => ({ index, text: t }));

describe('campaign-command: negative cases', () => {
  it.each([
    ['no announcement of findings', '9月25日,区“双创”指挥部分两个小组,对市指挥部交办的问题进行了“回头看”。'],
    ['the command not at the head of a clause', '9月25日,按照区“双创”指挥部对各地的要求,我们开展了自查,现将自查情况报告如下:'],
    ['the command only handing over, after 是', '以上问题,是市“双创”指挥部于8月4日向我区交办的问题清单,现将整改情况报告如下:'],
    ['a body that is not a command', '9月25日,区住建局分两个小组,对各小区进行了检查,现就检查情况通报如下:'],
  ])('not %s', (_what, sentence) => {
    expect(campaignCommand([sentence])).toEqual([]);
  });

  it('a body reporting on its own rectification after the command inspected it keeps the command out', () => {
    const text = '关于“双创”问题整改情况的报告\n9月25日,区“双创”指挥部对我局负责的问题进行了“回头看”,现将整改情况报告如下:\n一、整改情况\n区住房和城乡建设局\n2020年10月8日';
    const found = detectDepartments(paragraphs(text), { directory: defaultDirectory(), policyDepartments: [] });
    expect(found.rawDepartments).not.toContain('区“双创”指挥部');
  });
});
