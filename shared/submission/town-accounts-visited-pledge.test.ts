// visited-pledge: a team comes to a town for its round (督导组到两河镇开展第四轮督导) and the town's Party committee and
// government, by their kind, pledge on its findings (镇党委、镇政府表示,将高度重视督导组反馈问题): the town's government gives
// the account (town-accounts.ts, visitedPledge). Lines adapted from the real report of __fixtures__/real
// (lianghe-town-supervision).
import { describe, expect, it } from 'vitest';
import { defaultDirectory } from '../extract/departments';
import { detectDepartments } from './detect-departments';
import { visitedPledge } from './town-accounts';

const lines = (text: string) => text.split('\n').map((t) => ({ text: t }));
const paragraphs = (text: string) => text.split('\n').map((t, index) => ({ index, text: t }));
const LIANGHE = [
  '9月24日,市扫黑除恶专项斗争暨政法重点工作督导组到两河镇开展第四轮督导。县委常委、政法委书记刘家斌陪同检查。',
  '督导组一行认真听取了工作汇报,实地走访群众,了解社会治安情况。',
  '镇党委、镇政府表示,将高度重视督导组反馈问题,做到立行立改。',
].join('\n');

describe('visited-pledge', () => {
  it.each([
    ['a town visited by a city team', LIANGHE, '两河镇人民政府'],
    ['a street visited by a district team', '区督查组一行来到和平街道检查创卫工作。\n街道党工委、办事处表示,将立即整改到位。', '和平街道办事处'],
    ['a township', '县检查组深入红星乡检查秸秆禁烧工作。乡党委、乡政府表态,将全面落实检查组意见。', '红星乡人民政府'],
  ])('%s', (_what, text, name) => expect(visitedPledge(lines(text))).toEqual([name]));

  it('reads the item as the town government’s, not the team’s or the county leader’s', () => {
    expect(detectDepartments(paragraphs(LIANGHE), { directory: defaultDirectory(), policyDepartments: [] }).rawDepartments).toEqual(['两河镇人民政府']);
  });
});
