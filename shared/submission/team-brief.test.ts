// team-brief: a 督导组's own brief on its round, titled as its brief or speaking as the team, is the team's: the team at
// the head of the clause going over the places it checks (team-brief.ts, teamBrief). Lines adapted from the real report of
// __fixtures__/real (sanitation-team-brief).
import { describe, expect, it } from 'vitest';
import { defaultDirectory } from '../extract/departments';
import { detectDepartments } from './detect-departments';
import { teamBrief } from './team-brief';

const lines = (text: string) => text.split('\n').map((t) => ({ text: t }));
const paragraphs = (text: string) => text.split('\n').map((t, index) => ({ index, text: t }));
const BRIEF = [
  '12月25日市第十督导组督导简报',
  '12月25日上午,市城市环境卫生综合整治第十督导组对攸攸板辖区、海西辖区进行实地督导检查,发现以下问题。随后,督导组分别向攸攸板镇及海西办事处下发督导通知单并限期整改。',
  '在攸攸板镇及海西办事处相关部门的配合下,我第十督导组将会尽职尽责做好西部城区百日攻坚战工作。',
].join('\n');

describe('team-brief', () => {
  it.each([
    ['a brief titled as the team’s', BRIEF, '市城市环境卫生综合整治第十督导组'],
    ['a team speaking as itself', '1月6日上午,第21督导组先后深入石东路辖区对积雪清理情况进行专项督导检查。\n我督导组将持续跟踪。', '第21督导组'],
  ])('%s', (_what, text, name) => expect(teamBrief(lines(text))).toEqual([name]));

  it('reads the brief as the team’s, not the town’s or the office’s it sent notices to', () => {
    expect(detectDepartments(paragraphs(BRIEF), { directory: defaultDirectory(), policyDepartments: [] }).rawDepartments).toEqual(['市城市环境卫生综合整治第十督导组']);
  });
});
