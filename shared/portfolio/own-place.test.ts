import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { otherPlace, placedReport, textPlaces } from './own-place';
import { attributeReport } from './attribution';
import { forAttribution, readPolicy, report } from '../../electron/services/__fixtures__/attribution-portfolio';

const pairs = join(__dirname, '..', 'submission', '__fixtures__', 'real-pairs');
const read = (pair: string, file: string) => readFileSync(join(pairs, pair, 'reports', file), 'utf8');

describe('own-place: the places a report’s text writes before a body’s name', () => {
  it.each([
    ['a bank’s branch named with its city', '市发改委、市税务局、人行六安市中心支行等。', ['六安市']],
    ['a city’s bureau', '由绍兴市财政局、市发改委落实', ['绍兴市']],
    ['a county’s bureau and a province’s department', '霍山县教育局、安徽省教育厅', ['霍山县', '安徽省']],
    ['a place before a body some characters on', '金安区城市管理局', ['金安区']],
  ])('%s', (_what, text, places) => {
    expect(textPlaces(text)).toEqual(places);
  });
});

describe('own-place: a report of another place of the policy’s level', () => {
  // 六安's bulletin on its 2021 key work: no place in its title or sender (信息来源: 市政府办), its rows' bodies with one
  const luan = read('luan-2021', 'luan-key-work-bulletin-2021.txt');

  it('the 六安 bulletin is no 赤壁 or 绍兴 policy’s: its rows name 六安’s bodies, and neither city', () => {
    expect(otherPlace(placedReport({ place: null, text: luan }), '赤壁市')).toBe('六安市');
    expect(otherPlace(placedReport({ place: null, text: luan }), '绍兴市')).toBe('六安市');
  });

  it('a place named in the title or by the sender is taken before the text’s', () => {
    expect(otherPlace(placedReport({ place: '金寨县', text: '谯城区财政局' }), '谯城区')).toBe(null);
    expect(otherPlace(placedReport({ place: '金寨县', text: '金寨县2025年政府工作报告重点工作上半年落实情况' }), '霍山县')).toBe('金寨县');
  });

  it('a county of another county’s level, by its bodies', () => {
    expect(otherPlace(placedReport({ place: null, text: '牵头单位：霍山县发展改革委' }), '谯城区')).toBe('霍山县');
  });
});

describe('own-place in the pipeline: a report whose own division is not in the workspace', () => {
  // 赤壁's, 平湖's and 广东's divisions, without 六安's: the bulletin on 六安's 2021年度市政府重点工作 echoes 赤壁's
  // 2021年重点工作 by its title, and was placed there before own-place
  const names = ['chibi-2021', 'pinghu-2024', 'guangdong-2021'];
  const policies = names.map((n, k) => forAttribution(k + 1, readPolicy(join(pairs, n, 'policy.txt'))));

  it('六安’s bulletin is not placed on 赤壁’s division', () => {
    const placed = attributeReport(report(read('luan-2021', 'luan-key-work-bulletin-2021.txt')), policies).map((a) => a.policy);
    expect(placed).not.toContain(1);
  });

  it('赤壁’s own bulletin and 平湖’s table still land on their divisions by their titles', () => {
    expect(attributeReport(report(read('chibi-2021', 'chibi-midyear-2021.txt')), policies)).toMatchObject([{ policy: 1, basis: 'title-echo' }]);
    expect(attributeReport(report(read('pinghu-2024', 'pinghu-key-work-q3-2024.txt')), policies)).toMatchObject([{ policy: 2, basis: 'title-echo' }]);
  });
});
