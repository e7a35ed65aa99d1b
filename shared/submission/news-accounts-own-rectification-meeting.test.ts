// own-rectification-meeting: a body meeting to study its own rectification at the head of a clause of a news item's first
// sentence, named in the item as the one inspected, gives its own account (news-accounts.ts). Lines adapted from the real
// report of __fixtures__/real (asdi-institute-rectification).
import { describe, expect, it } from 'vitest';
import { defaultDirectory } from '../extract/departments';
import { detectDepartments } from './detect-departments';
import { ownRectificationMeeting } from './news-accounts';

const lines = (text: string) => text.split('\n').map((t) => ({ text: t }));
const paragraphs = (text: string) => text.split('\n').map((t, index) => ({ index, text: t }));

const item = (opening: string) =>
  [opening, '自集团公司党委巡察反馈意见以来,总院公司党委先后召开了4次会议,就集团公司党委巡察总院公司党委提出的14项问题认真讨论整改措施。'].join('\n');

describe('own-rectification-meeting', () => {
  it.each([
    ['after a time clause', '2月7日,虎年新年上班第一天,总院公司党委召开专题会议,研究巡察整改和审计整改工作,会议要求压紧压实责任。'],
    ['a Party committee meeting', '近日,总院公司党委召开党委会议,专题研究部署巡察整改工作。'],
  ])('%s', (_what, opening) => expect(ownRectificationMeeting(lines(item(opening)))).toEqual(['总院公司党委']));

  it('names the company’s Party committee, not the group’s that inspected it', () => {
    const found = detectDepartments(paragraphs(item('2月7日,总院公司党委召开专题会议,研究巡察整改工作。')), { directory: defaultDirectory(), policyDepartments: [] });
    expect(found.rawDepartments).toEqual(['总院公司党委']);
  });
});
