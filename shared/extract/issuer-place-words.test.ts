import { describe, expect, it } from 'vitest';
import { placeFromIssuer } from './departments';

// A word that ends like a place (城市, 园区, 社区) is no second place of the issuer.
describe('issuer place: words ending like a place are no place', () => {
  it.each([
    ['北京市城市管理综合行政执法局', ['北京市'], '市'],
    ['北京市城市管理委员会', ['北京市'], '市'],
    ['上海市社区服务中心', ['上海市'], '市'],
  ])('%s', (issuer, prefixes, level) => {
    expect(placeFromIssuer(issuer)).toEqual({ prefixes, level });
  });
});
