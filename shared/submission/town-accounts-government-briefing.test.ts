// government-briefing: a town holds a meeting on its government's report (李家镇人大召开政府半年工作通报会) and the town's
// head reports for the government (该镇镇长胡国正代表政府…通报了上半年工作完成情况) or the government does (镇政府负责同志对…
// 进行了汇报): the town's government gives the account (town-accounts.ts, governmentBriefing). Lines adapted from the real
// reports of __fixtures__/real (lijia-town-halfyear, changjiang-town-briefing).
import { describe, expect, it } from 'vitest';
import { defaultDirectory } from '../extract/departments';
import { detectDepartments } from './detect-departments';
import { governmentBriefing } from './town-accounts';

const lines = (text: string) => text.split('\n').map((t) => ({ text: t }));
const paragraphs = (text: string) => text.split('\n').map((t, index) => ({ index, text: t }));

describe('government-briefing', () => {
  it.each([
    [
      'a town’s congress holding the briefing, the mayor reporting for the government',
      '7月29日上午,李家镇人大组织人大代表和主席团成员召开了政府半年工作通报会。\n会上,该镇镇长胡国正代表政府向代表们和主席团成员通报了上半年工作完成情况。',
      '李家镇人民政府',
    ],
    [
      'a town with its county-level city holding a report meeting, the government reporting',
      '近日,如皋市长江镇组织召开了政府经济社会发展情况报告会,镇人大代表、政协委员联合听取了镇政府的经济社会发展情况报告。镇政府负责同志对当前重点工作推进情况进行了汇报。',
      '如皋市长江镇人民政府',
    ],
    ['a township', '日前,红星乡召开政府工作情况通报会。乡长李明代表乡政府通报了全年工作。', '红星乡人民政府'],
  ])('%s', (_what, text, name) => expect(governmentBriefing(lines(text))).toEqual([name]));

  it('reads the item as the town government’s account', () => {
    const text = ['李家镇人大召开政府半年工作通报会', '7月29日上午,李家镇人大组织人大代表和主席团成员召开了政府半年工作通报会。', '会上,该镇镇长胡国正代表政府向代表们和主席团成员通报了上半年工作完成情况。'].join('\n');
    expect(detectDepartments(paragraphs(text), { directory: defaultDirectory(), policyDepartments: [] }).rawDepartments).toEqual(['李家镇人民政府']);
  });
});
