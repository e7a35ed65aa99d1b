// Negative cases of the meeting line written without 在…上 and of titles naming a town or a street.
import { describe, expect, it } from 'vitest';
import { brokenMeetingLineDate, isSiteChrome, meetingLineDate, placeGovernmentOfTitle, runTogetherDate } from './report-metadata';

describe('a meeting line without 在…上: negative cases', () => {
  it.each([
    ['a report approved at the meeting (通过), not delivered', '2024年10月18日天等县第十七届人民代表大会常务委员会第二十四次会议通过'],
    ['a meeting of the government', '2024年11月27日县政府第二十三次常务会议'],
    ['the congress named in a sentence', '2024年11月27日县十八届人大常委会第二十三次会议审议了该报告'],
    ['a meeting with no session number', '2024年11月27日县人大常委会会议'],
    ['a date that does not open the line', '县十八届人大常委会第二十三次会议2024年11月27日'],
  ])('not %s', (_what, line) => {
    expect(meetingLineDate(line)).toBeNull();
  });
});

describe('a title naming a town or a street: negative cases', () => {
  it.each([
    ['the towns and streets in general', '2023年乡镇街道法治政府建设情况报告'],
    ['rural revitalisation, not a township', '2023年乡村振兴工作总结'],
    ['a town’s body after its name', '下洋镇农业农村办公室2023年工作总结'],
    ['a town’s government’s office', '2023年下洋镇政府办公室工作总结'],
    ['the whole town', '2023年全镇安全生产工作总结'],
    ['towns and villages', '2023年镇村环境整治工作总结'],
  ])('not for %s', (_what, title) => {
    expect(placeGovernmentOfTitle(title)).toBeNull();
  });
});

describe('a meeting line broken over two lines: negative cases', () => {
  it.each<[string, string, string | undefined]>([
    ['a whole meeting line (read on its own)', '——2023年4月25日在武汉市武昌区第十六届人大常委会第十次会议上', '区政府国资局局长 吴芬'],
    ['a date line followed by a sentence', '2026年1月24日', '县人民代表大会第六次会议审议通过了该报告。'],
    ['the next line does not close the meeting', '——2026年1月24日在郎溪县第十八届', '郎溪县人民政府办公室主任 刘艳'],
    ['a line that does not open on its date', '县第十八届人民代表大会', '第六次会议上'],
    ['the last line', '——2026年1月24日在郎溪县第十八届', undefined],
  ])('not %s', (_what, line, next) => {
    expect(brokenMeetingLineDate(line, next)).toBeNull();
  });
});

describe('the language switch and QR-code links: negative cases', () => {
  it.each([
    ['a sentence asking readers to scan a code', '请扫一扫二维码填写满意度问卷。'],
    ['a sentence about the bureau’s own accounts', '我局开通了政务微博和政务微信，及时发布信息。'],
    ['a heading on the bureau’s media', '三、关注民生，办好实事'],
    ['a word that opens with EN', 'ENERGY 2023 项目'],
  ])('not %s', (_what, line) => {
    expect(isSiteChrome(line)).toBe(false);
  });
});

describe('a date run together: negative cases', () => {
  it.each([
    ['seven digits, read two ways (2021-9-15 or 2021-09-15?)', '2021915日，市人大常委会听取了报告'],
    ['no such month', '20211328日'],
    ['no such day', '20230229日'],
    ['a number that is no year', '12345678日'],
    ['digits not followed by 日', '20211228号'],
    ['digits inside a longer number', '120211228日'],
  ])('not %s', (_what, text) => {
    expect(runTogetherDate(text)).toBeNull();
  });

  it.each([
    ['a run-together date with no session and no dash', '20211228日市人大常委会会议'],
    ['a dashed line of a meeting that is no congress’s', '--20211228日在市政府常务会议上'],
    ['a dashed line that does not say where', '--20211228日市届人大常委会会议'],
  ])('no meeting line: %s', (_what, line) => {
    expect(meetingLineDate(line)).toBeNull();
  });
});
