// site-sponsor: the line naming the bodies that run the website (中共峄城区委 、峄城区人民政府主办; 建德市新闻传媒中心 主办;
// 主办单位：…) is the site's chrome, at its head or its foot, and names no author (report-metadata.ts, isSiteChrome). Lines
// adapted from the real reports of __fixtures__/real (tanshan-street-civilization, lijia-town-halfyear).
import { describe, expect, it } from 'vitest';
import { defaultDirectory } from '../extract/departments';
import { detectDepartments } from './detect-departments';
import { isSiteChrome } from './report-metadata';

const paragraphs = (text: string) => text.split('\n').map((t, index) => ({ index, text: t }));

describe('site-sponsor', () => {
  it.each([
    ['a footer naming a district’s Party committee and government', '中共峄城区委 、峄城区人民政府主办'],
    ['a news site’s sponsor with a space before 主办', '建德市新闻传媒中心 主办'],
    ['a labelled sponsor', '主办单位：某某市人民政府办公室'],
    ['a sponsor with a colon', '主办:县融媒体中心'],
  ])('%s is chrome', (_what, text) => expect(isSiteChrome(text)).toBe(true));

  it('does not take a short item’s footer for names above its title', () => {
    const text = [
      '10月9日,坛山街道尽锐出战,精准发力,扎实推进全国文明城市创建整治提升工作。',
      '下一步,坛山街道将以全国文明城市创建整改提升工作为契机,不断改善辖区人居环境。',
      '中共峄城区委 、峄城区人民政府主办',
      '地址:山东省枣庄市峄城区坛山路166号 邮政编码:277300',
    ].join('\n');
    const found = detectDepartments(paragraphs(text), { directory: defaultDirectory(), policyDepartments: [] });
    expect(found.rawDepartments).not.toContain('峄城区人民政府主办');
    expect(found.rawDepartments).not.toContain('中共峄城区委');
  });
});
