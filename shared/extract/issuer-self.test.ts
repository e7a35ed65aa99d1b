import { describe, expect, it } from 'vitest';
import { isIssuerSelf } from './issuer-self';
import { extractPolicy } from './policy';

// issuer-self: a zone's committee writing itself by its short names in its own plan is no body answerable.
const ISSUER = '中国（上海）自由贸易试验区临港新片区管理委员会';

describe('issuer-self: the committee that issues', () => {
  it.each(['管委会', '新片区管委会', '临港新片区管委会', '临港管委会'])('%s is the issuer', (name) => {
    expect(isIssuerSelf(name, ISSUER)).toBe(true);
  });

  it('leaves the bodies it works with in their roles', () => {
    const measures = extractPolicy({
      paragraphs: [
        '关于印发《临港新片区城市体检实施方案（试行）》的通知',
        '管委会各部门、各直属单位，临港新片区各镇:',
        ISSUER,
        '2024年5月18日',
        '临港新片区城市体检实施方案（试行）',
        '一、工作内容',
        '（一）镇城市体检。管委会会同浦东新区和奉贤区每年选取4个试点镇开展城市体检。',
        '（二）资金保障。管委会负责新片区城市体检第三方服务费用。',
      ].map((text, index) => ({ index, text })),
    }).measures;
    expect(measures.map((m) => [m.lead, m.support])).toEqual([
      [[], ['浦东新区', '奉贤区']],
      [[], []],
    ]);
  });
});
