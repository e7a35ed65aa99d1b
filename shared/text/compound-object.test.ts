import { describe, expect, it } from 'vitest';
import { headingBodyStart } from './heading-body';

// compound-object: a short run closing on a noun of the genre's objects, after a noun that may close one, is the same
// object (「严格落实燃气器具生产销售单位质量安全主体责任」, 沪市监特种〔2023〕414号): the heading is whole.
describe('compound-object: the object runs on to its last noun', () => {
  it.each([['（一）严格落实燃气器具生产销售单位质量安全主体责任。'], ['（一）严格落实燃气器具生产销售单位质量安全主体责任，加强落实。']])('%s', (piece) => {
    expect(headingBodyStart(piece)).toBeNull();
  });
});
