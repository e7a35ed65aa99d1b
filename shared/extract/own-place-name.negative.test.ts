import { describe, expect, it } from 'vitest';
import { placeFromIssuer } from './departments';
import { withOwnPlaceNames } from './own-place-name';

describe('own-place-name: negative cases', () => {
  it.each([
    // the issuer's own bureaus keep their level
    ['北京市人民政府办公厅', '市财政局'],
    ['东莞市发展和改革局', '市东城街道办事处'],
    // another place's name is not the issuer's
    ['东莞市发展和改革局', '市深圳供电局'],
    // the place with its level written twice is left to the place folding
    ['北京市人民政府办公厅', '市北京市税务局'],
    // a name with no level in front is as written
    ['北京市人民政府办公厅', '北京经济技术开发区管委会'],
  ])('%s: %s', (issuer, name) => {
    expect(withOwnPlaceNames([name], placeFromIssuer(issuer))).toEqual([name]);
  });

  it('does nothing without an issuer place', () => {
    expect(withOwnPlaceNames(['市北京金融监管局'], null)).toEqual(['市北京金融监管局']);
  });
});
