// Negative cases of team-brief (see team-brief.test.ts): a team met at its round in an item that is not its own.
import { describe, expect, it } from 'vitest';
import { teamBrief } from './team-brief';

const lines = (text: string) => text.split('\n').map((t) => ({ text: t }));

describe('team-brief: negative cases', () => {
  it.each([
    ['a town’s item on a team’s visit', '9月24日,市督导组对两河镇开展第四轮督导检查。\n镇党委、镇政府表示,将高度重视督导组反馈问题。'],
    ['a brief that never names the team at its round', '市第十督导组督导简报\n12月25日上午,攸攸板镇对铁路沿线进行了清理。'],
    ['a brief title of another body', '县环保局工作简报\n12月25日,市督查组对我局进行督查检查。'],
  ])('none for %s', (_what, text) => expect(teamBrief(lines(text))).toEqual([]));
});
