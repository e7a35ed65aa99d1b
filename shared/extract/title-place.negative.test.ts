import { describe, expect, it } from 'vitest';
import { placeFromTitle } from './departments';

// title-place: titles that give no place.
describe('title-place: negative cases', () => {
  it.each([
    ['关于进一步加强政务公开工作的实施意见'], // no place
    ['潍坊市政务公开工作要点'], // a place, but no year after it: the issuer is looked for elsewhere
    ['2017年潍坊市政务公开工作要点'], // the year first
  ])('%s gives no place', (title) => {
    expect(placeFromTitle(title)).toBeNull();
  });
});
