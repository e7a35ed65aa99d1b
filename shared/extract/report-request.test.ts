import { describe, expect, it } from 'vitest';
import { extractPolicy } from './policy';

const read = (lines: string[]) =>
  extractPolicy({ paragraphs: lines.map((text, index) => ({ index, text })) }).measures.map((m) => ({
    label: m.label,
    due: m.deadlines.filter((d) => d.kind === 'by').map((d) => d.date),
    text: m.text,
  }));

// report-request: a request opening on 请各… that the returns of the whole work be sent by a day, after the last item, is
// the notice's, no measure's (沪民养老发〔2024〕11号: 「请各区民政局、市属单位于8月15日前将…整改情况报市民政局养老服务处。」).
describe('report-request: the request for returns after the last item belongs to no measure', () => {
  it.each([
    '请各区民政局、市属单位于8月15日前将养老机构自查自纠和重点问题整改情况报市民政局养老服务处。',
    '请各县（市、区）在2024年11月30日前将工作开展情况报送市应急管理局。',
    '请各镇人民政府于12月10日前将整改结果报告县政府督查室。',
  ])('%s', (request) => {
    const measures = read([
      '关于推动整改的通知',
      '各区民政局：',
      '一、开展自查自纠',
      '请各区民政局督促养老机构自查自纠。',
      '二、推动科技赋能',
      '各区民政局要拓展科技手段的应用。',
      request,
      '某市民政局',
      '2024年8月6日',
    ]);
    expect(measures.map((m) => m.label)).toEqual(['一、', '二、']);
    expect(measures[1].due).toEqual([]);
    expect(measures[1].text).not.toContain('前将');
  });
});
