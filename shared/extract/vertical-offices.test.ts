import { describe, expect, it } from 'vitest';
import { isVerticalOffice } from './vertical-offices';

describe('vertical-offices: offices of a higher level in a place', () => {
  it.each(['重庆市税务局', '北京市税务局', '恩阳区住房公积金管理部', '人行泸州市中心支行', '重庆金融监管局', '六安供电公司', '成都调查队'])('%s', (name) => {
    expect(isVerticalOffice(name)).toBe(true);
  });
  it.each(['市商务委', '鹿城区市场监督管理局', '区应急管理局', '市财政局', '县住房和城乡建设局'])('%s is the place\'s own', (name) => {
    expect(isVerticalOffice(name)).toBe(false);
  });
});
