import { describe, expect, it } from 'vitest';
import { jointIssuers } from './joint-issuers';

// joint-issuers: one body, or a place written again inside one name, stays whole.
describe('jointIssuers: one issuer', () => {
  it.each([
    ['长沙县人民政府办公室'],
    // the place again, but not after a body's name
    ['长沙县长沙县经济技术开发区管理委员会'],
    // a piece that is no body's name on its own: the line is left whole
    ['长沙县住房和城乡建设局长沙县'],
    // no place to go by
    ['住房城乡建设部财政部'],
    ['市发展改革委市财政局'],
  ])('keeps %s whole', (issuer) => {
    expect(jointIssuers(issuer)).toEqual([issuer]);
  });
});
