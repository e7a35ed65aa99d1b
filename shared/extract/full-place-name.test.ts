import { describe, expect, it } from 'vitest';
import { placeFromIssuer } from './departments';
import { fullPlaceNames } from './own-place-name';
import { extractPolicy } from './policy';

describe('full-place-name: a body written with the place in full beside bureaus written with the level', () => {
  it.each([
    ['重庆市发展和改革委员会', ['市商务委', '市公安局', '市市场监管局', '重庆市税务局'], ['重庆市税务局']],
    ['北京市人民政府办公厅', ['市卫生健康委', '市财政局', '北京市税务局'], ['北京市税务局']],
    ['巴中市恩阳区人民政府', ['恩阳区住房公积金管理部', '区财政局', '区房管局'], ['恩阳区住房公积金管理部']],
  ])('%s: %j', (issuer, list, expected) => {
    expect(fullPlaceNames(list, placeFromIssuer(issuer))).toEqual(expected);
  });

  it('keeps the name through the policy folding', () => {
    const paragraphs = [
      '重庆市发展和改革委员会关于印发若干措施的通知',
      '1．支持二手车市场发展壮大。推行二手车交易发票联网核查。（责任单位：市商务委、市公安局、重庆市税务局等）',
      '2．提升入境消费服务水平。大力发展离境退税商店。（责任单位：市商务委、重庆市税务局等）',
      '重庆市发展和改革委员会',
      '2025年11月6日',
    ].map((text, index) => ({ index, text }));
    const extract = extractPolicy({ paragraphs });
    expect(extract.measures[0].lead).toContain('重庆市税务局');
    expect(extract.measures[1].lead).toContain('重庆市税务局');
  });
});
