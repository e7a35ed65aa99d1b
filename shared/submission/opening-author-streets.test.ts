// A street's or a town's report that names itself only in its overview or in its own plan: the clauses on who led
// the work before the subject, the Party committee and the office as one subject, and a street speaking as 我街.
// Sentences adapted from the real reports of __fixtures__/real (huangshi-street, zhuji-street).
import { describe, expect, it } from 'vitest';
import { nameInOwnPlan, reportingOfPair, subjectOfYear } from './opening-author';

const lines = (text: string) => text.split('\n').map((t) => ({ text: t }));

describe('subjectOfYear after the clauses on who led the work', () => {
  it.each([
    ['a leading clause, then the street’s committee and office', '2022年,在区委、区政府的正确领导下,黄石街党工委、办事处高举习近平法治思想旗帜,全面推进法治政府建设。', '黄石街办事处'],
    ['two leading clauses, then a bureau', '2022年，在市委、市政府的坚强领导下，在省厅的指导下，市卫生健康委坚持以人民为中心。', '市卫生健康委'],
    ['a town’s committee and government', '2023年，在县委、县政府的正确领导下，红星镇党委、政府深入贯彻落实各项部署。', '红星镇政府'],
  ])('%s', (_what, text, expected) => expect(subjectOfYear(lines(text))).toEqual([expected]));
});

describe('reportingOfPair', () => {
  it.each([
    ['a street’s committee and office', '黄石街党工委、办事处', '黄石街办事处'],
    ['a town’s committee and government', '红星镇党委、政府', '红星镇政府'],
    ['a town’s committee and people’s government', '红星镇党委、人民政府', '红星镇人民政府'],
    ['a zone’s committee and administration', '经开区党工委、管委会', '经开区管委会'],
  ])('%s', (_what, subject, expected) => expect(reportingOfPair(subject)).toBe(expected));
});

describe('a street speaking as 我街 named only in the title of its own plan', () => {
  it.each([
    ['我街 and its study plan', '我街认真贯彻落实习近平法治思想。\n一是深入开展法治理论学习,制定《珠吉街理论学习中心组2022年学习计划》,及时召开街道党工委会议。', '珠吉街办事处'],
    ['我街道 and its work plan', '我街道坚持依法行政。\n研究制定了《新华街道2023年普法工作计划》。', '新华街道办事处'],
  ])('%s', (_what, text, expected) => expect(nameInOwnPlan(lines(text))).toEqual([expected]));
});
