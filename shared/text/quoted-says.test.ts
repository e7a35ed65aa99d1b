import { describe, expect, it } from 'vitest';
import { headingBodyStart } from './heading-body';

const split = (piece: string) => {
  const at = headingBodyStart(piece);
  return at === null ? [piece] : [piece.slice(0, at), piece.slice(at)];
};

// quoted-says: a quoted title and what it says open the paragraph under a heading; a plan's purpose, hope, the plan
// itself or what it intends (为了, 希望, 本计划, 本方案, 拟将) open it too.
describe('quoted-says and plan openers: where a heading run into its paragraph ends', () => {
  it.each([
    ['二、建设目标与指导思想《哈尔滨工业大学“十二五”本科教育改革与发展规划纲要》提出：“根据我校的学科特点…”', ['二、建设目标与指导思想', '《哈尔滨工业大学“十二五”本科教育改革与发展规划纲要》提出：“根据我校的学科特点…”']],
    ['三、发展基础和形势《国家中长期规划纲要》(2010-2020年)指出：到2020年，建成一批高校。', ['三、发展基础和形势', '《国家中长期规划纲要》(2010-2020年)指出：到2020年，建成一批高校。']],
    ['七、机制政策为了更好地落实培养计划，我校将建立专门的领导机构。', ['七、机制政策', '为了更好地落实培养计划，我校将建立专门的领导机构。']],
    ['六、对各院系的要求希望各院系高度重视，做好准备积极申请。', ['六、对各院系的要求', '希望各院系高度重视，做好准备积极申请。']],
    ['1. 试点学院本计划实施初期，遴选若干学院作为试点。', ['1. 试点学院', '本计划实施初期，遴选若干学院作为试点。']],
    ['三、试点的专业及学生规模拟将校区工科专业全部列入该计划。', ['三、试点的专业及学生规模', '拟将校区工科专业全部列入该计划。']],
  ])('%s', (piece, expected) => {
    expect(split(piece)).toEqual(expected);
  });
});
