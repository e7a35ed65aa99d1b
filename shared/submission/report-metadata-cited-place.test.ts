// cited-place: a sentence opening on what it follows (按照西咸新区《…实施方案》, 根据…) cites a place's document; the place
// heads no title, and its government is not taken for the author (report-metadata.ts, NOT_A_PLACE_RE). Lines adapted from
// the real report of __fixtures__/real (tiancun-village), which is a copy in traditional characters.
import { describe, expect, it } from 'vitest';
import { defaultDirectory } from '../extract/departments';
import { detectDepartments } from './detect-departments';
import { isPlaceName, placeGovernmentOfTitle } from './report-metadata';

const paragraphs = (text: string) => text.split('\n').map((t, index) => ({ index, text: t }));

describe('cited-place', () => {
  it.each([
    ['按照西咸新区《永乐镇村庄清洁行动实施方案》,结合实际情况,召开了整治动员大会'],
    ['根据市委统一部署,我局开展了巡察整改工作情况自查'],
    ['依据县政府《关于…的通知》要求,现将落实情况报告如下'],
  ])('no place heads %s', (line) => expect(placeGovernmentOfTitle(line)).toBeNull());

  it('takes no government for the cited plan’s district', () => {
    const text = '瀏覽次數:次\n按照西咸新區《永樂鎮“百村示范、千村整治”村莊清潔行動實施方案》,結合推進美麗鄉村建設的實際情況,5月11日上午,該村干部、全體黨員及村民代表召開了環境衛生整治動員大會。';
    const found = detectDepartments(paragraphs(text), { directory: defaultDirectory(), policyDepartments: [] });
    expect(found.rawDepartments).toEqual([]);
  });

  it('still reads a place that is written alone', () => expect(isPlaceName('西咸新区')).toBe(true));
});
