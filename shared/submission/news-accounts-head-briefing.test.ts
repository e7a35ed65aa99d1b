// head-briefing: a body's named head making a briefing with no clause on its subject (省胸科医院党委书记罗佑吾作专题汇报),
// or going through it (…就医院巡察整改工作情况进行汇报): the body, or its Party organisation, gives the account. Lines adapted
// from the real report of __fixtures__/real (chest-hospital-inspection). Negative cases in news-accounts-head-briefing.negative.test.ts.
import { describe, expect, it } from 'vitest';
import { defaultDirectory } from '../extract/departments';
import { detectDepartments } from './detect-departments';
import { reportingHead } from './news-accounts';

const lines = (text: string) => text.split('\n').map((t) => ({ text: t }));
const paragraphs = (text: string) => text.split('\n').map((t, index) => ({ index, text: t }));

describe('head-briefing: the body whose named head makes the briefing', () => {
  it.each([
    ['a briefing with no subject clause', '11月11日,省卫健委督查组对省胸科医院整改落实情况进行调研督查。省胸科医院党委书记罗佑吾作专题汇报。', '省胸科医院党委'],
    ['a briefing going through its subject', '会上,城关镇党委书记李明就巡察整改工作情况进行汇报。', '城关镇党委'],
    ['a head who is not the Party’s', '会上,县人民医院院长王芳作详细汇报。', '县人民医院'],
  ])('%s', (_what, text, name) => {
    expect(reportingHead(lines(text))).toEqual([name]);
  });

  it('the reading of a traditional copy of such an item names the body', () => {
    const text =
      '11月11日,省衛健委巡察整改調研督查組對省胸科醫院巡察整改落實情況進行調研督查。省胸科醫院黨委書記羅佑吾作專題匯報。院領導參加會議。\n會上,省胸科醫院黨委書記羅佑吾就醫院巡察整改工作情況進行匯報。';
    expect(detectDepartments(paragraphs(text), { directory: defaultDirectory(), policyDepartments: [] }).rawDepartments).toEqual(['省胸科医院党委']);
  });
});
