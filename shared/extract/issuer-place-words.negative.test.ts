import { describe, expect, it } from 'vitest';
import { placeFromIssuer } from './departments';

describe('issuer place: real second places stay', () => {
  it.each([
    ['枣庄市市中区人民政府办公室', ['枣庄市市中区', '市中区'], '区'],
    ['苏州市昆山市人民政府', ['苏州市昆山市', '昆山市'], '市'],
    ['杭州市滨江区人民政府办公室', ['杭州市滨江区', '滨江区'], '区'],
  ])('%s', (issuer, prefixes, level) => {
    expect(placeFromIssuer(issuer)).toEqual({ prefixes, level });
  });
});
