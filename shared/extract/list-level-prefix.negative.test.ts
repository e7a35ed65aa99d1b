import { describe, expect, it } from 'vitest';
import { carryListLevel, type ListItem } from './list-level-prefix';

const run = (...names: string[]): ListItem[] => names.map((name, k) => ({ name, after: k === 0 ? null : '、' }));

describe('carryListLevel: negative cases', () => {
  it.each([
    // a comma starts a run of another level
    [[{ name: '省委金融办', after: null }, { name: '广东金融监管局', after: '，' }], ['省委金融办', '广东金融监管局']],
    // national bodies and named places keep their own
    [run('国家发展改革委', '财政部', '人民银行'), ['国家发展改革委', '财政部', '人民银行']],
    [run('市人力资源和社会保障局', '越秀区'), ['市人力资源和社会保障局', '越秀区']],
    [run('省发展改革委', '中国证监会广东监管局'), ['省发展改革委', '中国证监会广东监管局']],
    // generic actors and companies are left alone
    [run('区财政局', '各街道办事处', '有关单位'), ['区财政局', '各街道办事处', '有关单位']],
    [run('区发改局', '区国投公司'), ['区发改局', '区国投公司']],
    // 市场监管局 opens with 市场, not with the city level
    [run('市场监管局'), ['市场监管局']],
    // a named prefecture's body keeps its place
    [run('州行政审批服务局', '湘西经开区管委会'), ['州行政审批服务局', '湘西经开区管委会']],
  ])('%j', (items, expected) => {
    expect(carryListLevel(items as ListItem[])).toEqual(expected);
  });
});
