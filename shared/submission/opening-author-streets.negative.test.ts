// Negative cases of the rules for streets and towns that name themselves only in their overview or their own plan.
import { describe, expect, it } from 'vitest';
import { nameInOwnPlan, reportingOfPair, subjectOfYear } from './opening-author';

const lines = (text: string) => text.split('\n').map((t) => ({ text: t }));

describe('subjectOfYear after leading clauses: negative cases', () => {
  it.each([
    ['a street speaking as 我街 after the clauses', '2022年,在区委、区政府的正确领导下,在区司法局的支持和指导下,我街认真贯彻落实习近平法治思想。'],
    ['a clause that is no leading clause', '2022年，全区上下共同努力下，各项工作取得成效。'],
    ['a leading clause with no subject after it', '2022年，在区委、区政府的正确领导下，全面推进法治政府建设。'],
  ])('%s', (_what, text) => expect(subjectOfYear(lines(text))).toEqual([]));
});

describe('reportingOfPair: negative cases', () => {
  it.each([
    ['a single body', '黄石街党工委'],
    ['two bodies that are not a committee and its office', '区财政局、区税务局'],
    ['a committee with another committee', '镇党委、纪委'],
  ])('keeps %s', (_what, subject) => expect(reportingOfPair(subject)).toBe(subject));
});

describe('a street named only in the title of a plan: negative cases', () => {
  it.each([
    ['a plan for a shopping street', '我街坚持依法行政。\n制定了《步行街改造提升方案》。'],
    ['a plan it only followed', '我街坚持依法行政。\n根据《珠吉街理论学习中心组2022年学习计划》开展学习。'],
    ['a bureau’s plan when the report speaks as 我街', '我街坚持依法行政。\n制定了《区司法局2022年普法计划》。'],
  ])('%s', (_what, text) => expect(nameInOwnPlan(lines(text))).toEqual([]));
});
