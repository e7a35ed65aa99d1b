import { describe, expect, it } from 'vitest';
import { placeFromIssuer } from './departments';
import { fullPlaceNames } from './own-place-name';
import { extractPolicy } from './policy';

describe('full-place-name: negative cases', () => {
  it.each([
    // every name written in full: the place is only spelled out, the bodies are the issuer's
    ['重庆市发展和改革委员会', ['重庆市商务委员会', '重庆市公安局']],
    // no name in full
    ['重庆市发展和改革委员会', ['市商务委', '市公安局']],
    // another place's name
    ['重庆市发展和改革委员会', ['市商务委', '四川省税务局']],
    // the issuer's own bureau spelled out: no office of another system
    ['温州市鹿城区人民政府办公室', ['区司法局', '鹿城区市场监督管理局']],
  ])('%s: %j', (issuer, list) => {
    expect(fullPlaceNames(list, placeFromIssuer(issuer))).toEqual([]);
  });

  it('still folds a bureau written in full in a list of names in full', () => {
    const paragraphs = [
      '重庆市发展和改革委员会关于印发若干措施的通知',
      '1．支持二手车市场发展壮大。推行二手车交易发票联网核查。（责任单位：重庆市商务委员会、重庆市公安局）',
      '2．提升入境消费服务水平。大力发展离境退税商店。（责任单位：市商务委员会）',
      '重庆市发展和改革委员会',
      '2025年11月6日',
    ].map((text, index) => ({ index, text }));
    const extract = extractPolicy({ paragraphs });
    expect(extract.measures[0].lead).toContain('市商务委员会');
    expect(extract.measures[1].lead).toEqual(['市商务委员会']);
  });
});

describe('full-place-name: a bureau of the issuer spelled out once', () => {
  it('folds into the short form the document writes elsewhere', () => {
    const paragraphs = [
      '杭州市滨江区人民政府办公室关于印发工作方案的通知',
      '1、加强防汛工作。做好汛期值守。（区水务局、滨江区应急管理局负责）',
      '2、开展应急演练。每年组织一次演练。（区应急局负责）',
      '杭州市滨江区人民政府办公室',
      '2021年6月1日',
    ].map((text, index) => ({ index, text }));
    const extract = extractPolicy({ paragraphs });
    expect(extract.measures[0].lead).toEqual(['区水务局', '区应急管理局']);
    expect(extract.measures[1].lead).toEqual(['区应急管理局']);
  });
});
