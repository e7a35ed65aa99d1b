import { describe, expect, it } from 'vitest';
import { extractPolicy } from './policy';

const lastText = (lines: string[]) => {
  const measures = extractPolicy({ paragraphs: lines.map((text, index) => ({ index, text })) }).measures;
  return measures[measures.length - 1].text;
};

// report-request, where it must not fire: the item's own work asked of the bodies by a day (a plan, a task, not the returns
// of the whole work), and a request that names no day.
describe('report-request: negative cases', () => {
  it.each([
    '请各区民政局于9月30日前将消防控制室值班人员全部纳入培训。',
    '请各区民政局将整改情况及时报市民政局。',
    '请各县（市、区）在年底前完成灶台自动灭火装置安装。',
  ])('%s', (line) => {
    const text = lastText(['某县推动整改工作的通知', '一、全面排查', '各乡镇要组织力量全面排查隐患。', '二、限期整改', '县应急管理局要督促整改到位。', line, '某县人民政府', '2024年8月6日']);
    expect(text).toContain(line.replace(/。$/, ''));
  });
});
