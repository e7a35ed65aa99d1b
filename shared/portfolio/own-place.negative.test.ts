import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { otherPlace, placedReport, textPlaces } from './own-place';

const pairs = join(__dirname, '..', 'submission', '__fixtures__', 'real-pairs');
const read = (pair: string, file: string) => readFileSync(join(pairs, pair, 'reports', file), 'utf8');

describe('own-place: what is no place of a body', () => {
  it.each([
    ['the whole city and the level alone', '2021年全市GDP增长，市发改委、市农业农村局牵头'],
    ['a city in general', '城市管理局、智慧城市建设中心'],
    ['the government of the year', '2021年度市政府重点工作落实情况'],
    ['a place named with no body after it', '增幅高于全省，居六安市第一'],
    ['a word that sends for the level’s body', '会同市财政局、联合区市场监管局，有关县政府配合'],
  ])('%s', (_what, text) => {
    expect(textPlaces(text)).toEqual([]);
  });
});

describe('own-place: what rules no policy out', () => {
  it('a report naming no place at all (平湖’s table, 信息来源: 市府办)', () => {
    const text = read('pinghu-2024', 'pinghu-key-work-q3-2024.txt');
    expect(otherPlace(placedReport({ place: null, text }), '平湖市')).toBe(null);
    expect(otherPlace(placedReport({ place: null, text }), '赤壁市')).toBe(null);
  });

  it('a district of the policy’s city, by its title or its bodies', () => {
    expect(otherPlace(placedReport({ place: '谯城区', text: '谯城区教育局2025年政府工作报告重点工作任务分解表' }), '亳州市')).toBe(null);
    expect(otherPlace(placedReport({ place: null, text: '责任单位：金安区财政局' }), '六安市')).toBe(null);
  });

  it('a province body reporting on its province’s plan', () => {
    const text = read('guangdong-2021', 'guangdong-plan-execution-2021.txt');
    expect(otherPlace(placedReport({ place: '广东省', text }), '广东省')).toBe(null);
    expect(otherPlace(placedReport({ place: null, text }), '广东省')).toBe(null);
  });

  it('a city report naming a body of its province, above the city policy', () => {
    expect(otherPlace(placedReport({ place: null, text: '会同安徽省财政厅' }), '赤壁市')).toBe(null);
  });

  it('a report naming the policy’s place, even beside another place’s body (赤壁’s bulletin)', () => {
    expect(otherPlace(placedReport({ place: null, text: read('chibi-2021', 'chibi-midyear-2021.txt') }), '赤壁市')).toBe(null);
    expect(otherPlace(placedReport({ place: null, text: '赤壁市发改局会同人行咸宁市中心支行' }), '赤壁市')).toBe(null);
  });

  it('a policy of no known place', () => {
    expect(otherPlace(placedReport({ place: '六安市', text: '六安市财政局' }), null)).toBe(null);
  });
});
