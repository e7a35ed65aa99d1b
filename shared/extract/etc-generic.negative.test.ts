import { describe, expect, it } from 'vitest';
import { isGenericActor, splitDepartmentList } from './departments';
import { genericAfterEtc } from './etc-generic';

describe('genericAfterEtc: what follows 等 is no generic actor', () => {
  it.each([
    // nothing after 等
    '',
    // a body joined by a connective: not a generic actor
    '和县财政局',
    '与市场监管总局',
    // a connective alone
    '和',
    // words of time after 等
    '年底前完成',
  ])('%j', (after) => {
    expect(genericAfterEtc(after, isGenericActor)).toBeNull();
  });

  it('leaves a connective inside a body\'s name alone', () => {
    expect(splitDepartmentList('工业和信息化部、发展改革委等和各省级人民政府')).toEqual(['工业和信息化部', '发展改革委', '各省级人民政府']);
  });
});
