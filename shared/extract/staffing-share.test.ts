import { describe, expect, it } from 'vitest';
import { proseDuties } from './prose-duty';

// The staffing-share rule: bodies that each send staff to the groups doing the work share it.
describe('prose-duty: bodies each sending staff to the working groups', () => {
  it.each([
    ['市规划局、财政局各安排1名副局长,组成1个督查小组。', [['市规划局', 'open'], ['市财政局', 'open']]],
    ['县农业局、水利局各派1名干部参加督导组。', [['县农业局', 'open'], ['县水利局', 'open']]],
    ['区人社局、区民政局各抽调2名工作人员组成专班。', [['区人社局', 'open'], ['区民政局', 'open']]],
  ])('%s', (text, expected) => {
    expect(proseDuties(text).map((d) => [d.name, d.role])).toEqual(expected);
  });
});
