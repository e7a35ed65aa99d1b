import { describe, expect, it } from 'vitest';
import { dutyLabelAt, dutyLabelRole } from './duty-label';
import { extractPolicy } from './policy';
import { textBlocks } from '../../electron/import/text';
import { repairParagraphs } from '../text/repair';

// The unit-alternative rule: a duty label may give a second kind of unit in brackets after its own (牵头科室（单位）),
// where a bureau hands its own sections and its units their work alike; the label and its role are the same.
describe('unit-alternative: a second kind of unit in brackets after the label\'s own', () => {
  it.each([
    ['牵头科室(单位):计划科、科技资源统筹中心基建办', '牵头科室(单位):', 'lead'],
    ['责任科室（单位）：办公室', '责任科室（单位）：', 'open'],
    ['配合处室（单位）：财务处', '配合处室（单位）：', 'support'],
    ['责任单位（部门）：市财政局', '责任单位（部门）：', 'open'],
  ])('%s', (line, label, role) => {
    expect(dutyLabelAt(line)).toBe(label);
    expect(dutyLabelRole(label)).toBe(role);
  });

  it('reads a bureau\'s task followed by a leader\'s line, its leads\' line and its deadline', () => {
    const text = [
      '局属各单位、各科室:',
      '现将我局承担的2018年重点工作任务分解如下,请认真做好落实工作。',
      '1.加快科技资源统筹中心、孵化基地、创新空间建设,打造创业创新品牌,努力建设创新型城市。',
      '责任领导:李建雄',
      '牵头科室(单位):计划科、科技资源统筹中心基建办',
      '完成时限:2018年12月',
      '2.推动高新区晋升国家级高新技术产业开发区。',
      '责任领导:王强',
      '牵头科室(单位):高新科',
      '完成时限:2018年12月',
    ].join('\n');
    const policy = extractPolicy({ paragraphs: repairParagraphs(textBlocks(text)) });
    expect(policy.measures.map((m) => [m.number, m.lead.join('、')])).toEqual([
      [1, '计划科、科技资源统筹中心基建办'],
      [2, '高新科'],
    ]);
  });
});
