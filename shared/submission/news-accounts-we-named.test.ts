// we-named: an account speaking of its village or community by name after 我们 (我们田村将继续努力) is that village's
// committee's or that community's residents' committee's, read in the whole item (news-accounts.ts). Lines adapted
// from the real report of __fixtures__/real (tiancun-village), which is a copy in traditional characters.
import { describe, expect, it } from 'vitest';
import { defaultDirectory } from '../extract/departments';
import { detectDepartments } from './detect-departments';
import { weNamed } from './news-accounts';

const lines = (text: string) => text.split('\n').map((t) => ({ text: t }));
const paragraphs = (text: string) => text.split('\n').map((t, index) => ({ index, text: t }));

describe('we-named', () => {
  it.each([
    ['a village at the end of its account', '5月13日开始,在全村范围内开展清洁行动。\n结合这次整治活动,我们田村将继续努力,打造田村整体形象。', '田村村委会'],
    ['a community going on with its work', '经过一个月的整治,小区面貌焕然一新。我们幸福社区要坚持长效管理。', '幸福社区社区居委会'],
  ])('%s', (_what, text, name) => expect(weNamed(lines(text))).toEqual([name]));

  it('reads the village’s traditional copy as its committee’s', () => {
    const text = '瀏覽次數:次\n按照西咸新區《永樂鎮“百村示范、千村整治”村莊清潔行動實施方案》,5月11日上午,該村干部、全體黨員及村民代表召開了環境衛生整治動員大會。\n\n通過為期5天的整治,村容村貌明顯改善。結合這次整治活動,我們田村將繼續努力,打造田村整體形象!';
    expect(detectDepartments(paragraphs(text), { directory: defaultDirectory(), policyDepartments: [] }).rawDepartments).toEqual(['田村村委会']);
  });
});
