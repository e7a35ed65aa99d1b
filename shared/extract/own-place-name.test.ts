import { describe, expect, it } from 'vitest';
import { placeFromIssuer } from './departments';
import { withOwnPlaceNames } from './own-place-name';
import { extractPolicy } from './policy';

describe('own-place-name: a body written with the issuer place name takes no level', () => {
  it.each([
    ['北京市人民政府办公厅', '市北京金融监管局', '北京金融监管局'],
    ['东莞市发展和改革局', '市东莞供电局', '东莞供电局'],
    ['广东省人民政府办公厅', '省广东电网有限责任公司', '广东电网有限责任公司'],
    ['六安市人民政府办公室', '市六安供电公司', '六安供电公司'],
  ])('%s: %s', (issuer, name, expected) => {
    expect(withOwnPlaceNames([name], placeFromIssuer(issuer))).toEqual([expected]);
  });

  it('reads a list in a policy that way', () => {
    const text = [
      '北京市人民政府办公厅关于印发工作措施的通知',
      '（一）健全住房支持政策。多渠道增加保障性住房有效供给。（市住房城乡建设委、市住房公积金管理中心、北京金融监管局按职责分工负责）',
      '（二）加强交通出行保障。加强对多子女无车家庭的倾斜支持。（市交通委负责）',
      '北京市人民政府办公厅',
      '2025年7月23日',
    ].map((text, index) => ({ index, text }));
    const extract = extractPolicy({ paragraphs: text });
    expect(extract.measures[0].lead).toContain('北京金融监管局');
  });
});
