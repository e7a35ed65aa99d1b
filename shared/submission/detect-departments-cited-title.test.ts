// cited-title-about: the 关于 of a document a title cites (《关于…的审议意见》) is not the title's own, so a title
// that opens on its author and goes on with 落实 (贯彻, 推进) names that author.
// Negative cases in detect-departments-cited-title.negative.test.ts.
import { describe, expect, it } from 'vitest';
import { defaultDirectory } from '../extract/departments';
import { detectDepartments } from './detect-departments';
import { withoutCitedTitles } from './report-metadata';

const paragraphs = (text: string) => text.split('\n').map((t, index) => ({ index, text: t }));
const read = (text: string) => detectDepartments(paragraphs(text), { directory: defaultDirectory(), policyDepartments: [] }).rawDepartments;

describe('cited-title-about: a title citing a document whose title has 关于', () => {
  it.each([
    ['伊春市人民政府落实市十五届人大常委会第十九次会议《关于2023年度全市国有自然资源资产管理情况报告的审议意见》研究处理情况的报告', '伊春市人民政府'],
    ['区民政局贯彻落实《关于加强困难群众救助工作的意见》情况报告', '区民政局'],
    ['县财政局落实《关于进一步规范财政资金管理的通知》工作情况汇报', '县财政局'],
  ])('%s → %s', (title, name) => {
    expect(read(`${title}\n市人大常委会:\n根据常委会审议意见,现将有关情况报告如下。`)).toEqual([name]);
  });

  it('the title’s own 关于 still names the author before it', () => {
    expect(read('市审计局关于落实《关于加强审计整改工作的意见》情况的报告\n市政府:\n现将有关情况报告如下。')).toEqual(['市审计局']);
  });

  it('empties what the marks cite and keeps the rest', () => {
    expect(withoutCitedTitles('某局落实《关于甲的意见》和《关于乙的通知》情况的报告')).toBe('某局落实《》和《》情况的报告');
  });
});
