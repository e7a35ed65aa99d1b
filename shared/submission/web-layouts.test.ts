// Department and date of reports as they read once copied from a government website: publication lines,
// disclosure tables, bullets, bylines, meeting lines, titles naming a place. Lines adapted from the real
// reports of __fixtures__/real.
import { describe, expect, it } from 'vitest';
import { defaultDirectory } from '../extract/departments';
import { detectDate } from './detect-date';
import { detectDepartments, withoutPlacelessForms, withoutShortEndings } from './detect-departments';
import { asBareLabel } from './report-layout';

const paragraphs = (lines: string[]) => lines.map((text, index) => ({ index, text }));
const dateOf = (lines: string[]) => {
  const d = detectDate(paragraphs(lines), '2099-01-01');
  return d.dateSource === 'import' ? null : `${d.date} ${d.dateSource}`;
};
const departmentsOf = (lines: string[]) => detectDepartments(paragraphs(lines), { directory: defaultDirectory(), policyDepartments: [] }).departments;

const BODY = ['2023年，我局坚持以习近平新时代中国特色社会主义思想为指导，全面推进依法行政。', '一、主要举措和成效', '10月15日召开专题会议，研究部署相关工作。'];

describe('the report’s date on a website page', () => {
  it.each<[string, string[], string]>([
    ['a publication line with a clock time', ['静海区2023年度法治政府建设情况报告', '来源:静海区人民政府办公室 发布时间:2024-03-28 09:18', ...BODY], '2024-03-28 header'],
    ['an update line written with slashes', ['2020年静海区法治政府建设情况报告', '文章来源:司法局 更新时间:2021/03/29 11:30:01', ...BODY], '2021-03-29 header'],
    ['a bulleted publication line', ['区财政局工作总结', '  • 发布日期：2023年5月4日', '  • 发布：区财政局', ...BODY], '2023-05-04 header'],
    ['a label on its line, the date on the next', ['区人民政府工作规则', '  • 发文日期:', '    2024年04月06日 16:40', '  • 发布日期:', '    2024年04月06日 16:34', ...BODY], '2024-04-06 header'],
    ['a disclosure table', ['索引号: | 113418/202311-00052 |', '成文日期: | 发布日期: | 2023-11-07 | |', ...BODY], '2023-11-07 header'],
    ['the meeting line of a report to a standing committee', ['——2023年4月25日在武汉市武昌区第十六届人大常委会第十次会议上', '区政府国资局局长 吴芬', ...BODY], '2023-04-25 header'],
    ['a numbered date line', ['区民政局工作报告', '1. 报送日期：2021年11月30日', ...BODY], '2021-11-30 header'],
    ['a bracketed label with its value on the next line', ['当前位置:部门 > 区教委 > 政务公开', '  • [ 索号 ]', '  • 115002/2025-00004', '  • [ 成文日期 ]', '  • 2025-01-15', '  • [ 发布日期 ]', '  • 2025-01-16', '区教育委员会关于2024年法治政府建设情况的报告', ...BODY], '2025-01-15 header'],
    ['a bare 时间 on the publication line', ['区行政审批服务管理局2023年工作总结', ' 时间: 2024-03-06 15:13       大    中    小      来源: 长治市潞州区行政审批服务管理局', ...BODY], '2024-03-06 header'],
  ])('%s', (_what, lines, expected) => {
    expect(dateOf(lines)).toBe(expected);
  });

  it.each<[string, string[], string]>([
    ['the signature date over the publication date', ['区民政局工作报告', '发布时间：2021-12-20 10:00', ...BODY, '区民政局', '2021年11月30日'], '2021-11-30 signature'],
    ['the date under the title over the publication date', ['区民政局工作报告', '（2021年11月30日）', '发布时间：2021-12-20 10:00', ...BODY], '2021-11-30 header'],
    ['the meeting line over the publication date', ['关于全区国有资产管理情况的报告', '——2023年4月25日在区人大常委会第十次会议上', '发布时间：2023-07-10 09:00', ...BODY], '2023-04-25 header'],
    ['a labelled date of the document over its publication', ['发布日期：2024-04-06', '发文日期：2024年04月05日', ...BODY], '2024-04-05 header'],
  ])('prefers %s', (_what, lines, expected) => {
    expect(dateOf(lines)).toBe(expected);
  });

  it.each<[string, string[]]>([
    ['the site’s archiving date', ['归档时间:2023-06-15', '南县住房和城乡建设局2018年度整体支出绩效评价报告', ...BODY]],
    ['the site’s clock', ['今天是:2019年10月31日 星期三 农历十月初七', '2020年静海区法治政府建设情况报告', ...BODY]],
    ['a banner with the day of the week', ['天津市静海区人民政府 2019年12月3日星期二', '静海区2023年度法治政府建设情况报告', ...BODY]],
    ['an empty date cell', ['| 发文机关: | 东安县应急管理局 | 发文日期: | |', '东安县应急管理局', '2025年法治政府建设报告', ...BODY]],
    ['a count of readers', ['区民政局工作总结', '阅读次数：2021', ...BODY]],
    ['the time of a meeting in the body', ['区民政局工作总结', ...BODY, '我局召开了专题推进会。会议安排如下：', '时间：2021年10月15日上午9:00', '地点：区政府三楼会议室']],
  ])('never takes %s', (_what, lines) => {
    expect(dateOf(lines)).toBeNull();
  });
});

describe('who reports, on a website page', () => {
  it.each<[string, string[], string[]]>([
    ['a title naming a place: its government', ['工作报告', '您所在的位置:政务公开 > 工作报告', '2020年静海区法治政府建设情况报告', '文章来源:司法局 更新时间:2021/03/29 11:30:01', ...BODY], ['静海区人民政府']],
    ['a name alone above the title', ['浑南区国资局', '根据《条例》要求，现公布区政府国资局2022年政府信息公开工作年度报告。', ...BODY], ['浑南区国资局']],
    ['a byline under the title', ['关于《清水县人民政府关于2023年度法治政府建设工作总结的报告》的政策解读', '清水县人民政府 2024年01月08日', ...BODY], ['清水县人民政府']],
    ['the official under the meeting line', ['——2023年4月25日在武汉市武昌区第十六届人大常委会第十次会议上', '区政府国资局局长 吴芬', '主任、各位副主任、各位委员:', ...BODY], ['区政府国资局']],
    ['the official heading a report to a standing committee', ['汕头市潮阳区审计局局长 郑创平', '2023年9月28日', '主任、各位副主任、各位委员:', ...BODY], ['汕头市潮阳区审计局']],
    ['the publisher of a disclosure table when nothing else names anyone', ['发布机构: | 青阳县卫生健康委员会 | 主题分类: | 卫生、体育 |', '名称: | 县卫健委2023年工作总结及2024年工作安排 | 文号: | |', ...BODY], ['青阳县卫生健康委员会']],
    ['the publishing department of a publication line', ['政法和应急管理局信息公开年度工作报告说明', '发布时间:2022-12-13 13:34     发布部门:政法和应急管理局     阅读次数:', ...BODY], ['政法和应急管理局']],
    ['a title below a long disclosure box', ['  • [ 索号 ]', '  • 115002/2025-00004', '  • [ 发文字号 ]', '  • 荣教工委发〔2025〕1号', '  • [ 主题分类 ]', '  • 教育', '  • [ 成文日期 ]', '  • 2025-01-15', '  • [ 发布机构 ]', '  • 荣昌区教委', '重庆市荣昌区教育委员会关于2024年法治政府建设情况的报告', ...BODY], ['重庆市荣昌区教育委员会']],
    ['a submitter label with its value on the next line', ['关于2021年度工作情况的报告', '报送单位：', '区民政局', ...BODY], ['区民政局']],
    ['the source line when nothing else names anyone', ['2022年政府信息公开工作年度报告', '信息来源：区审计局 发布日期：2023-01-18', ...BODY], ['区审计局']],
    ['one body written short and in full', ['湖州市卫生健康委关于印发2023年全市卫生健康工作要点的通知', ...BODY, '湖州市卫生健康委员会', '2023年4月26日'], ['湖州市卫生健康委员会']],
  ])('%s', (_what, lines, expected) => {
    expect(departmentsOf(lines)).toEqual(expected);
  });

  it.each<[string, string[], string[]]>([
    ['the source line (the uploading office)', ['2020年静海区法治政府建设情况报告', '文章来源:司法局 更新时间:2021/03/29 11:30:01', ...BODY], ['静海区人民政府']],
    ['the publisher when the title names the body', ['区财政局2021年工作总结', '• 发布：区政府办公室', ...BODY], ['区财政局']],
    ['a website given as the issuing body', ['区人民政府工作规则', '  • 发文机构:', '    县政府网站', ...BODY], []],
    ['the breadcrumb’s column', ['当前位置:首页 > 政法和应急管理局 > 信息公开', '2021年度法治政府建设情况报告', ...BODY], []],
    ['a head of government under the meeting line', ['——2023年4月25日在区人大常委会第十次会议上', '副区长 李四', ...BODY], []],
    ['a heading with a colon and a short line under it', ['2021年度法治政府建设情况报告', ...BODY, '二、存在的问题：', '区财政局督导不够'], []],
    ['an official named in the body', ['2021年度法治政府建设情况报告', ...BODY, '区财政局局长 张三', '区财政局副局长 李四'], []],
  ])('does not take %s', (_what, lines, expected) => {
    expect(departmentsOf(lines)).toEqual(expected);
  });
});

describe('withoutShortEndings', () => {
  it.each<[string[], string[]]>([
    [['湖州市卫生健康委', '湖州市卫生健康委员会'], ['湖州市卫生健康委员会']],
    [['区政府办', '区政府办公室'], ['区政府办公室']],
    [['区发改委', '区商务局'], ['区发改委', '区商务局']],
    [['区卫健委', '区卫生健康委员会'], ['区卫健委', '区卫生健康委员会']],
  ])('%j → %j', (names, expected) => {
    expect(withoutShortEndings(names)).toEqual(expected);
  });
});

describe('withoutPlacelessForms: one body written with its place and without it', () => {
  it.each<[string[], string[]]>([
    [['县农业农村局', '镇康县农业农村局'], ['镇康县农业农村局']],
    [['三明市财政局', '市财政局'], ['三明市财政局']],
    [['区审计局', '汕头市潮阳区审计局'], ['汕头市潮阳区审计局']],
  ])('%j → %j', (names, expected) => {
    expect(withoutPlacelessForms(names)).toEqual(expected);
  });
});

describe('a disclosure box copied one cell a line, its labels without a colon', () => {
  it.each([
    ['日期', '日期：'],
    ['发布机构', '发布机构：'],
    ['文  号', '文号：'],
    ['成文日期', '成文日期：'],
    ['索引号', '索引号：'],
  ])('%s reads as %s', (line, label) => expect(asBareLabel(line)).toBe(label));

  it('dates the report by the value under 日期, past an empty 文号', () => {
    const lines = ['政府信息公开', '(县农业农村局)', '索引号', 'zkx_nyncj/2025-00019', '发布机构', '县农业农村局', '文  号', '日期', '2025-12-16', '镇康县农业农村局关于对代表第0038号建议的答复函', ...BODY];
    expect(dateOf(lines)).toBe('2025-12-16 header');
    expect(departmentsOf(lines)).toEqual(['镇康县农业农村局']);
  });
});

describe('layouts of a later round: a box with two bracketed labels to a line, a copy in traditional characters, openings', () => {
  it('reads the publisher and the date from bracketed labels set two to a line', () => {
    const lines = ['首页 政务公开 渝快办 互动交流', '[ 索引号 ] 11500111MB15011811/2026-00005 [ 发文字号 ]', '[ 主题分类 ] 卫生 [ 体裁分类 ] 工作报告', '[ 发布机构 ] 大足区卫生健康委 [ 发布日期 ] 2026-01-13', '[ 成文日期 ] 2026-01-12 [ 有效性 ]', '关于2025年法治政府建设情况的报告', ...BODY];
    expect(dateOf(lines)).toBe('2026-01-12 header');
    expect(departmentsOf(lines)).toEqual(['大足区卫生健康委']);
  });

  it('reads a copy in traditional characters as the simplified page, past the rows of its disclosure table', () => {
    const lines = [
      '| 發布機構 | 郎溪縣人民政府辦公室(外事辦) | 發文日期 | 2026-01-26 09:21 |',
      '| 信息名稱 | 代表建議辦理情況的報告 | 內容概述 | 各位代表:現將辦理情況報告如下,請予審議。 |',
      '代表議案建議辦理情況的報告',
      '——2026年1月24日在郎溪縣第十八屆',
      '人民代表大會第六次會議上',
      '郎溪縣人民政府辦公室主任 劉艷',
      '各位代表:',
      '現將縣第十八屆人民代表大會第五次會議代表議案建議辦理情況報告如下,請予審議。',
    ];
    expect(dateOf(lines)).toBe('2026-01-24 header');
    expect(departmentsOf(lines)).toEqual(['郎溪县人民政府办公室']);
  });

  it('reads past the site’s language switch and QR-code links to a title, a meeting line and an official broken over lines', () => {
    const lines = ['• EN', '  • 扫一扫', '    打开 · 手机版', '  • 扫一扫', '    关注 · 政务微博', '  • 扫一扫', '    关注 · 政务微信', '您当前的位置:首页 > 政务公开 > 审计结果公告', '关于2020年度县级预算执行和其他财政收支的', '审计工作报告', '—2021年9月2日在乳源瑶族自治县第十二届', '人民代表大会常务委员会第三十九次会议上', '乳源瑶族自治县审计局局长 温存', '时间:2021-09-03 11:20:04 来源:本网 访问量: -', '县人大常委会主任、各位副主任,委员:', ...BODY];
    expect(dateOf(lines)).toBe('2021-09-02 header');
    expect(departmentsOf(lines)).toEqual(['乳源瑶族自治县审计局']);
  });

  it('takes the 督查 office at work in an opening that announces the return', () => {
    const lines = ['7月9日至17日,县委督查办组成两个督查组,采取查阅资料、电话核查、现场核实等方式,对2025年《政府工作报告》主要目标任务上半年工作落实情况进行了督查。现将有关情况汇报如下。', '2025年《政府工作报告》明确145项目标任务。', '下一步工作要求:'];
    expect(departmentsOf(lines)).toEqual(['县委督查办']);
    expect(dateOf(lines)).toBeNull();
  });

  it('takes the bureau a report speaking as 我局 names in the title of its own plan, when nothing else names anyone', () => {
    const lines = ['2025年,在区委、区政府的坚强领导和区委依法治区办的有力指导下,我局坚持以习近平新时代中国特色社会主义思想为指导,全面履行法治建设职责。现将主要情况报告如下:', '(一)强化组织领导。年内召开党组会议4次,审议并通过了《龙岩市永定区卫生健康局参与全国法治政府建设示范创建活动实施方案》等文件。'];
    expect(departmentsOf(lines)).toEqual(['龙岩市永定区卫生健康局']);
  });
});
