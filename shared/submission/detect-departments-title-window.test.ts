// Two conventions of the title on a website's page:
//   - column-tag: the website's column in black brackets before the title (【巡察整改】…) is no part of it;
//   - title-above-publication: the title stands above the publication line (发布时间：…), read however many of the site's
//     own lines (its slogans, its QR-code prompt) come above it.
// Negative cases in detect-departments-title-window.negative.test.ts.
import { describe, expect, it } from 'vitest';
import { defaultDirectory } from '../extract/departments';
import { detectDepartments } from './detect-departments';
import { withoutColumnTag } from './report-metadata';

const paragraphs = (text: string) => text.split('\n').map((t, index) => ({ index, text: t }));
const read = (text: string) => detectDepartments(paragraphs(text), { directory: defaultDirectory(), policyDepartments: [] }).rawDepartments;

describe('column-tag: the website’s column before the title', () => {
  it.each([
    ['【巡察整改】中共怀化市卫生健康委员会关于巡察整改进展情况的通报', '中共怀化市卫生健康委员会关于巡察整改进展情况的通报'],
    ['【通知公告】县财政局关于2023年决算公开的报告', '县财政局关于2023年决算公开的报告'],
  ])('%s', (line, title) => {
    expect(withoutColumnTag(line)).toBe(title);
  });

  it('the title behind its column tag names its author', () => {
    expect(read('【工作动态】县民政局关于2023年低保提标工作落实情况的报告\n县政府:\n现将有关情况报告如下。')).toEqual(['县民政局']);
  });
});

describe('title-above-publication: the title over the publication line, below the site’s own lines', () => {
  it('reads a title that seven of the site’s lines push down', () => {
    const text = [
      '微信公众号',
      '"清廉怀化"',
      '打造一流营商环境',
      '"码上监督马上办"',
      '小微权力',
      '"监督一点通"',
      '微信扫码关注',
      '当前位置: 首页 > 信息公开 > 巡视巡察 > 本级巡察情况',
      '【巡察整改】中共怀化市卫生健康委员会关于巡察整改进展情况的通报',
      '发布时间:2025-08-18 17:39',
      '根据市委巡察工作统一部署,市委第五巡察组对怀化市卫生健康委员会党委进行了巡察“回头看”。现将巡察整改进展情况予以公布。',
    ].join('\n');
    expect(read(text)).toEqual(['中共怀化市卫生健康委员会']);
  });
});
