// merged-offices: offices merged into one (合署办公) write their other names in the body's brackets, and a copy may lose
// the closing bracket; the body is one sender (department-names.ts, listPieces and platesOf; detect-departments.ts).
import { describe, expect, it } from 'vitest';
import { defaultDirectory } from '../extract/departments';
import { isBracketedName, listPieces, namesOnlyLine, splitDepartmentList } from './department-names';
import { detectDepartments } from './detect-departments';

const paragraphs = (text: string) => text.split('\n').map((t, index) => ({ index, text: t }));

describe('merged-offices', () => {
  it.each([
    ['the brackets closed', '市政府办公室（市政府研究室、市机关事务局）', ['市政府办公室（市政府研究室、市机关事务局）']],
    ['the closing bracket lost', '市政府办公室(研究室、机关事务局', ['市政府办公室(研究室、机关事务局)']],
    ['another body after the brackets', '县政府办公室（县政府研究室、县机关事务局）、县发改委', ['县政府办公室（县政府研究室、县机关事务局）', '县发改委']],
  ])('keeps a body with its other names in one piece: %s', (_what, list, pieces) => {
    expect(listPieces(list)).toEqual(pieces);
  });

  it('reads the body first, then its other names', () => {
    expect(splitDepartmentList('市政府办公室(研究室、机关事务局')).toEqual(['市政府办公室', '研究室', '机关事务局']);
    expect(namesOnlyLine('县政府办公室（县政府研究室、县机关事务局）')).toEqual(['县政府办公室', '县政府研究室', '县机关事务局']);
  });

  it('knows the other names as written in the brackets, closed or not', () => {
    expect(isBracketedName('机关事务局', '发布机构: 市政府办公室(研究室、机关事务局 成文日期: 2022-06-08')).toBe(true);
    expect(isBracketedName('市机关事务局', '市政府办公室（市政府研究室、市机关事务局）')).toBe(true);
  });

  it.each([
    ['its closing bracket lost', '发布机构: 市政府办公室(研究室、机关事务局 成文日期: 2022-06-08'],
    ['its brackets closed', '发布机构：市政府办公室（市政府研究室、市机关事务局） 成文日期：2022-06-08'],
  ])('reads a disclosure block naming the office with %s as the office alone', (_what, line) => {
    const text = ['索引号: 11330600002577014T/2022-227932 公开方式: 主动公开', line, '2021年市政府重点工作半年度进展情况表', '发布日期:2021-08-13 17:42', '上半年，全市生产总值增长13.7%。'].join('\n');
    const found = detectDepartments(paragraphs(text), { directory: defaultDirectory(), policyDepartments: [] });
    expect(found.departments).toEqual(['市人民政府办公室']);
  });

  it('keeps a merged office the policy names: the report answers for it too', () => {
    const text = ['发布机构：县政府办公室（县政府研究室、县机关事务局）', '2021年县政府重点工作进展情况', '上半年，全县生产总值增长8%。'].join('\n');
    const found = detectDepartments(paragraphs(text), { directory: defaultDirectory(), policyDepartments: ['县机关事务局'] });
    expect(found.departments).toEqual(['县人民政府办公室', '县机关事务局']);
  });
});
