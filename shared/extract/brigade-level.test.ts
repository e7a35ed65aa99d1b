import { describe, expect, it } from 'vitest';
import { withIssuerLevel } from './issuer-level';
import { takesLevel } from './list-level-prefix';

// brigade-level: a brigade or team of the government's own written bare in its list (「(责任单位:城市管理执法大队、
// 各乡镇场)」, 扶余市人民政府督查室) takes the government's level as its bureaus do.
describe('brigade-level: a bare brigade takes the issuer\'s level', () => {
  it.each(['城市管理执法大队', '综合行政执法大队', '农业综合执法支队', '综合行政执法队'])('%s', (name) => {
    expect(takesLevel(name)).toBe(true);
  });

  it('gives the brigade the level beside the bureaus of its list', () => {
    expect(withIssuerLevel(['国土局', '住建局', '城市管理执法大队'], '市')).toEqual(['市国土局', '市住建局', '市城市管理执法大队']);
  });
});
