import { describe, expect, it } from 'vitest';
import { looksLikeDepartment } from './department-names';
import { brokenMeetingLineDate, isSiteChrome, meetingLineDate, placeGovernmentOfTitle, runTogetherDate, speakerBody, withClosingDay, withoutBullet, withoutListMark } from './report-metadata';

const isHeader = (rest: string) => /^[\u4e00-\u9fff]{2,6}[:：]/.test(rest);

describe('list marks before header lines', () => {
  it.each([
    ['• 时间:2023-05-04 08:58:16', '时间:2023-05-04 08:58:16'],
    ['· 发布机构：区财政局', '发布机构：区财政局'],
    ['- 报送单位：区民政局', '报送单位：区民政局'],
    ['* 报送日期：2021年11月30日', '报送日期：2021年11月30日'],
    ['● 发文日期：', '发文日期：'],
    ['① 报送单位：区民政局', '报送单位：区民政局'],
    ['1. 报送单位：区民政局', '报送单位：区民政局'],
    ['2、报送日期：2021年11月30日', '报送日期：2021年11月30日'],
    ['（一）报送单位：区民政局', '报送单位：区民政局'],
    ['一、报送单位：区民政局', '报送单位：区民政局'],
  ])('%s → %s', (line, expected) => {
    expect(withoutListMark(line, isHeader)).toBe(expected);
  });

  it.each([
    ['a numbered body heading', '1.加强党对法治政府建设的领导。', '1.加强党对法治政府建设的领导。'],
    ['a chapter heading', '一、2020年推进法治政府建设的主要举措和成效', '一、2020年推进法治政府建设的主要举措和成效'],
    ['a decimal number', '1.5亿元用于…', '1.5亿元用于…'],
  ])('keeps %s as written', (_what, line, expected) => {
    expect(withoutListMark(line, isHeader)).toBe(expected);
  });

  it('keeps the dash of a meeting line, takes off a bullet dash', () => {
    expect(withoutBullet('——2023年4月25日在武汉市武昌区第十六届人大常委会第十次会议上')).toBe('——2023年4月25日在武汉市武昌区第十六届人大常委会第十次会议上');
    expect(withoutBullet('- 来源：区政府办')).toBe('来源：区政府办');
  });
});

describe('website chrome', () => {
  it.each([
    '当前位置:首页 > 政法和应急管理局 > 政府信息公开 > 信息公开工作年度报告',
    '您所在的位置:政务公开 > 工作报告',
    '当前位置: 首页 > 公开领域 > 城乡规划',
    '今天是:2019年10月31日 星期三 农历十月初七',
    '天津市静海区人民政府 2019年12月3日星期二',
    '无障碍 简体| 繁体',
    '字号:',
    '【字体：大 中 小】 【打印】 【关闭】',
    // the language switch and the QR-code links
    'EN',
    '扫一扫',
    '打开 · 手机版',
    '关注 · 政务微博',
    '关注 · 政务微信',
  ])('%s', (line) => {
    expect(isSiteChrome(line)).toBe(true);
  });

  it.each([
    '2020年静海区法治政府建设情况报告',
    '区民政局',
    '2021年11月30日',
    '一、工作开展情况',
    '报送单位：区财政局 报送日期：2021年11月30日',
  ])('is not: %s', (line) => {
    expect(isSiteChrome(line)).toBe(false);
  });
});

describe('the meeting line of a report to a people’s congress', () => {
  it.each([
    ['——2023年4月25日在武汉市武昌区第十六届人大常委会第十次会议上', '2023-04-25'],
    ['(2018年9月27日在市五届人大常委会第五次会议上)', '2018-09-27'],
    ['——2021年8月25日在市第十七届人民代表大会常务委员会第三十次会议上', '2021-08-25'],
    ['—— 2021 年 8 月 25 日在区第十八届人民代表大会常务委员会第四十次会议上', '2021-08-25'],
    ['2019年3月2日在浮山县第十六届人民代表大会第四次会议上', '2019-03-02'],
    ['（二〇二一年六月二十八日在县第十八届人大常委会第三十二次会议上）', '2021-06-28'],
    // without 在…上, and under a single dash
    ['2024年11月27日县十八届人大常委会第二十三次会议', '2024-11-27'],
    ['—2024年6月27日在市十四届人大常委会第十八次会议上', '2024-06-27'],
    ['2022年12月28日区第十七届人民代表大会常务委员会第九次会议', '2022-12-28'],
  ])('%s → %s', (line, date) => {
    expect(meetingLineDate(line)).toBe(date);
  });

  it.each([
    ['a meeting of the government', '2021年10月15日在区政府常务会议上'],
    ['work reported in the body', '2021年3月27—29日，市五届人大常委会第二次会议听取和审议了《报告》。'],
    ['a meeting held, not a report delivered', '2021年10月15日召开专题会议'],
    ['a line without a date', '在市人大常委会第五次会议上'],
  ])('not %s', (_what, line) => {
    expect(meetingLineDate(line)).toBeNull();
  });
});

describe('a meeting line whose date and numbers the copy lost', () => {
  it.each([
    ['--20211228日在市届人大常委会会议', '2021-12-28'],
    ['20221227日在黄陂区第六届人民代表大会第二次会议上', '2022-12-27'],
    ['——20240229日在区人大常委会会议上', '2024-02-29'],
  ])('%s → %s', (line, date) => {
    expect(meetingLineDate(line)).toBe(date);
  });

  it('keeps the dash before a run-together date, as before a written one', () => {
    expect(withoutBullet('--20211228日在市届人大常委会会议')).toBe('--20211228日在市届人大常委会会议');
    expect(withoutBullet('- 20211228')).toBe('20211228');
  });

  it.each([
    ['20211228日', { date: '2021-12-28', start: 0, end: 9 }],
    ['19991001日在…', { date: '1999-10-01', start: 0, end: 9 }],
  ])('run together: %s', (text, found) => {
    expect(runTogetherDate(text)).toEqual(found);
  });
});

describe('a meeting line broken over two lines', () => {
  it.each([
    ['——2026年1月24日在郎溪县第十八届', '人民代表大会第六次会议上', '2026-01-24'],
    ['——2023年4月25日在武汉市武昌区第十六届人大常委会', '第十次会议上', '2023-04-25'],
    ['（2018年9月27日在市五届人大常委会', '第五次会议上）', '2018-09-27'],
  ])('%s / %s → %s', (line, next, date) => {
    expect(brokenMeetingLineDate(line, next)).toBe(date);
  });
});

describe('the official who delivers the report', () => {
  it.each([
    ['区政府国资局局长 吴芬', '区政府国资局'],
    ['市生态环境局党组书记、局长 张三', '市生态环境局'],
    ['县财政局副局长  李  四', '县财政局'],
    ['区发展和改革委员会主任 王五', '区发展和改革委员会'],
  ])('%s → %s', (line, body) => {
    expect(speakerBody(line)).toBe(body);
  });

  it.each([
    ['a head of government', '副区长 李四'],
    ['a name without a post', '区财政局'],
    ['a salutation', '主任、各位副主任、各位委员:'],
    ['a sentence', '局长王五主持召开会议'],
  ])('not %s', (_what, line) => {
    expect(speakerBody(line)).toBeNull();
  });
});

describe('a title naming a place and no body', () => {
  it.each([
    ['2020年静海区法治政府建设情况报告', '静海区人民政府'],
    ['静海区2023年度法治政府建设情况报告', '静海区人民政府'],
    ['2022年上海市政府信息公开工作年度报告', '上海市人民政府'],
    ['恩施土家族苗族自治州2021年法治政府建设年度报告', '恩施土家族苗族自治州人民政府'],
    ['2021年云溪县优化营商环境工作总结', '云溪县人民政府'],
    // a town or a township: its government; a street: its office
    ['下洋镇2023年法治政府建设年度报告', '下洋镇人民政府'],
    ['2022年石门乡乡村振兴工作总结', '石门乡人民政府'],
    ['留下街道2022年度法治政府建设工作报告', '留下街道办事处'],
    ['2023年西湖区留下街道法治政府建设情况报告', '西湖区留下街道办事处'],
    ['2023年宁乡市法治政府建设年度报告', '宁乡市人民政府'],
    ['留下街道办事处2022年度法治政府建设工作报告', '留下街道办事处'],
  ])('%s → %s', (title, government) => {
    expect(placeGovernmentOfTitle(title)).toBe(government);
  });

  it.each([
    ['a body after the place', '天水市麦积区应急管理局2022年政府信息公开工作年度报告'],
    ['a commission after the place', '青阳县卫生健康委员会2023年工作总结'],
    ['the government’s office', '2022年市中区政府办公室工作总结'],
    ['the whole district, not a place', '2021年全区法治政府建设情况报告'],
    ['no place at all', '2021年度法治政府建设情况报告'],
    ['a body with its level only', '2021年度区市场监管局工作总结'],
  ])('not for %s', (_what, title) => {
    expect(placeGovernmentOfTitle(title)).toBeNull();
  });
});

describe('a website is not a body', () => {
  it.each(['县政府网站', '区人民政府门户网站', '市政务服务网站点'])('%s', (name) => {
    expect(looksLikeDepartment(name)).toBe(false);
  });
  it('a station still is', () => {
    expect(looksLikeDepartment('区农业技术推广站')).toBe(true);
  });
});

describe('a date cut before 日 at the end of a masthead line', () => {
  it.each([
    ['寿县人民政府督查室           2022年8月19', '寿县人民政府督查室           2022年8月19日'],
    ['区政府督查室 2021年10月5 ', '区政府督查室 2021年10月5日'],
  ])('%s', (line, expected) => {
    expect(withClosingDay(line)).toBe(expected);
  });

  it.each([
    ['a whole date', '区政府督查室 2021年10月5日'],
    ['a month only', '2021年10月'],
    ['a count after a month', '截至2021年10月，共办理19'],
    ['a year and a number', '2022年度第19'],
  ])('leaves %s as it is', (_what, line) => {
    expect(withClosingDay(line)).toBe(line);
  });
});
