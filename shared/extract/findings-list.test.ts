import { describe, expect, it } from 'vitest';
import { extractPolicy } from './policy';
import { isCoverRequirementList } from './cover-requirements';

const measures = (lines: string[]) => extractPolicy({ paragraphs: lines.map((text, index) => ({ index, text })) }).measures.map((m) => `${m.label} ${m.title}`);

// findings-list: a notice issuing a list of the problems an inspection found issues no tasks; its own items, the work of
// putting the problems right, are its measures, and the list after the signature names no measure
// (关于印发《本市养老机构消防安全典型问题清单》推动积极整改的通知, 沪民养老发〔2024〕11号).
describe('findings-list: the items of a notice issuing a list of problems found are its measures', () => {
  it.each([
    '形成了《本市养老机构消防安全典型问题清单》（以下简称《典型问题清单》），现印发给你们，并就相关要求通知如下：',
    '现将《2023年度巡察反馈问题台账》印发给你们，请抓好整改。',
    '现将《安全生产检查问题汇总表》印发给你们，并就整改工作通知如下：',
  ])('%s', (line) => {
    expect(isCoverRequirementList(line, false)).toBe(false);
  });

  it('reads the notice\'s items, not the findings after its signature', () => {
    const text = [
      '关于印发《某市养老机构消防安全典型问题清单》推动积极整改的通知',
      '各区民政局：',
      '我局对部分养老机构进行了检查，形成了《某市养老机构消防安全典型问题清单》，现印发给你们，并就相关要求通知如下：',
      '一、开展自查自纠',
      '请各区民政局对照清单督促养老机构自查自纠。',
      '二、推进重点问题整改',
      '各区民政局要组织值班人员参加培训。',
      '某市民政局',
      '2024年8月6日',
      '（此件主动公开）',
      '某市养老机构消防安全典型问题清单',
      '问题大类',
      '具体描述',
      '1.消防水系统：',
      '1.未设置室内消火栓；',
      '2.喷淋泵不能正确启动。',
      '2.人员资质',
      '消防控制室值班人员持证人数不符合要求。',
    ];
    expect(measures(text)).toEqual(['一、 开展自查自纠', '二、 推进重点问题整改']);
  });
});
