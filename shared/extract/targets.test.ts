import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Target } from '../types';
import { extractTargets } from './targets';

const read = (rel: string) => readFileSync(fileURLToPath(new URL(rel, import.meta.url)), 'utf8');

function expectOne(input: string, expected: Omit<Target, 'start' | 'end'>) {
  const found = extractTargets(input);
  expect(found, JSON.stringify(found)).toHaveLength(1);
  expect(found[0]).toMatchObject(expected);
  expect(input.slice(found[0].start, found[0].end)).toBe(found[0].text);
}

describe('extractTargets', () => {
  it.each<[string, string, number, string, Target['comparison']]>([
    // input, text, value, unit, comparison
    ['年内培训不少于1000名企业新型学徒', '不少于1000名', 1000, '名', '>='],
    ['每年扶持180名以上大学生创业', '180名以上', 180, '名', '>='],
    ['出让比例不低于30%', '不低于30%', 30, '%', '>='],
    ['网上可办率达到95%以上', '达到95%以上', 95, '%', '>='],
    ['全程网办率达到95%', '达到95%', 95, '%', '>='],
    ['开办时间压缩至1个工作日以内', '压缩至1个工作日以内', 1, '个工作日', '<='],
    ['办理时间不超过5个工作日', '不超过5个工作日', 5, '个工作日', '<='],
    ['审批时间最长不超过3个工作日', '不超过3个工作日', 3, '个工作日', '<='],
    ['失业率控制在5.5%以内', '控制在5.5%以内', 5.5, '%', '<='],
    ['负债率3%以下', '3%以下', 3, '%', '<='],
    ['能耗不高于0.5吨', '不高于0.5吨', 0.5, '吨', '<='],
    ['12月底前全区培训200名养老护理员', '200名', 200, '名', '>='],
    ['培育3家龙头企业', '3家', 3, '家', '>='],
    ['新增城镇就业不少于1万人', '不少于1万人', 1, '万人', '>='],
    ['安排资金不少于500万元', '不少于500万元', 500, '万元', '>='],
    ['覆盖率达到百分之九十以上', '达到百分之九十以上', 90, '%', '>='],
    ['培训不少于一千名', '不少于一千名', 1000, '名', '>='],
    ['新增市场主体超过100家', '超过100家', 100, '家', '>'],
    ['空置率低于5%', '低于5%', 5, '%', '<'],
    ['物流成本降低10%', '降低10%', 10, '%', '>='],
    ['不良率降低至2%', '降低至2%', 2, '%', '<='],
    ['提高到1.2倍', '提高到1.2倍', 1.2, '倍', '>='],
    ['提高3个百分点', '提高3个百分点', 3, '个百分点', '>='],
    ['审批环节最多3个', '最多3个', 3, '个', '<='],
    ['吸纳1,000名以上', '1,000名以上', 1000, '名', '>='],
    ['推动80%以上的企业上云', '80%以上', 80, '%', '>='],
    ['三级及以上医院不少于２所', '不少于２所', 2, '所', '>='],
  ])('%s → %s', (input, text, value, unit, comparison) => {
    expectOne(input, { text, value, unit, comparison });
  });

  it('reads numbers split from their words by PDF spacing and line breaks', () => {
    const text = '扩大学徒制培训规模，年内培训不少于\n1000 名企业新型学徒；出让比例不低于\n30%。';
    const found = extractTargets(text);
    expect(found.map((t) => [t.text, t.value, t.unit, t.comparison])).toEqual([
      ['不少于\n1000 名', 1000, '名', '>='],
      ['不低于\n30%', 30, '%', '>='],
    ]);
    for (const t of found) expect(text.slice(t.start, t.end)).toBe(t.text);
  });

  it('keeps several targets of one sentence in order', () => {
    const found = extractTargets('年内培训不少于1000名，12月底前培训200名养老护理员，满意度达到95%以上。');
    expect(found.map((t) => t.text)).toEqual(['不少于1000名', '200名', '达到95%以上']);
  });
});

describe('targets golden file', () => {
  it('matches targets-varied.expected.json', () => {
    const text = read('./__fixtures__/targets-varied.txt');
    const found = extractTargets(text);
    expect(found.map(({ start: _s, end: _e, ...rest }) => rest)).toEqual(JSON.parse(read('./__fixtures__/targets-varied.expected.json')));
    for (const t of found) expect(text.slice(t.start, t.end)).toBe(t.text);
  });
});

describe('targets of the seed policy', () => {
  const SEED_TARGETS = [
    ['不少于1000名', 1000, '名', '>='],
    ['200名', 200, '名', '>='],
    ['180名以上', 180, '名', '>='],
    ['不低于30%', 30, '%', '>='],
    ['不低于90%', 90, '%', '>='],
  ];

  it.each([
    ['seed text', '../../seeds/policy-seed.txt'],
    ['seed PDF via pdftotext', './__fixtures__/deadlines-seed-pdftotext.txt'],
  ])('finds exactly the quantified targets in the %s', (_name, rel) => {
    const text = read(rel);
    const found = extractTargets(text);
    expect(found.map((t) => [t.text.replace(/\s/g, ''), t.value, t.unit, t.comparison])).toEqual(SEED_TARGETS);
    for (const t of found) expect(text.slice(t.start, t.end)).toBe(t.text);
  });
});
