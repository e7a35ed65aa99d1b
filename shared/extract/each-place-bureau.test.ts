import { describe, expect, it } from 'vitest';
import { carryEach } from './list-each';
import type { ListItem } from './list-level-prefix';
import { isGenericActor, readNameList } from './departments';
import { extractPolicy } from './policy';

const run = (...names: string[]): ListItem[] => names.map((name, k) => ({ name, after: k === 0 ? null : '、' }));

// each-place-bureau: after a 各 naming a place's own bureau, the bureaus that follow bare are each such place's too
// (「请各区民政局、消防救援局对照《典型问题清单》…」, 沪民养老发〔2024〕11号: every district's fire and rescue bureau).
describe('each-place-bureau: 各区民政局、消防救援局 names every district\'s two bureaus', () => {
  it.each([
    [run('各区民政局', '消防救援局'), ['各区民政局', '各区消防救援局']],
    [run('各县教育局', '卫生健康委', '医保局'), ['各县教育局', '各县卫生健康委', '各县医保局']],
  ])('%j', (items, expected) => {
    expect(carryEach(items)).toEqual(expected);
  });

  it('leaves no specific body in the list', () => {
    expect(readNameList('各区民政局、消防救援局').filter((x) => !isGenericActor(x.name))).toEqual([]);
  });

  it('gives the item no lead', () => {
    const m = extractPolicy({
      paragraphs: ['关于推动整改的通知', '一、开展自查自纠', '请各区民政局、消防救援局对照清单，督促指导养老机构进行自查自纠。', '二、推动科技赋能', '各区民政局要拓展科技手段的应用。'].map((text, index) => ({ index, text })),
    }).measures;
    expect(m.map((x) => [...x.lead, ...x.support])).toEqual([[], []]);
  });
});
