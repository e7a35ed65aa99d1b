import { describe, expect, it } from 'vitest';
import { secondNamesIn, splitSecondName } from './second-name';

describe('splitSecondName: brackets that hold no second name', () => {
  it.each([
    '县发改局',
    // a role mark
    '区人社局（牵头）',
    '区财政局（配合单位）',
    // kinds of area, a generic actor's second kind
    '各县（市、区）',
    '各镇人民政府（街道办事处）',
    '相关市（州）人民政府',
    // a note on what the body covers
    '县教育局（含县直学校）',
    // the bracket is not at the end of the name
    '中共县委（县政府）办公室',
    // what is bracketed is not a body's name
    '县财政局（2021年底前）',
    // a bracket of several words, one of them no body's name
    '区绿化市容局（区城管执法局、各街镇）',
    '区民政局（牵头、汇总）',
  ])('%s', (written) => {
    expect(splitSecondName(written)).toEqual({ name: written, other: null });
  });
});

describe('secondNamesIn: brackets that name no second office', () => {
  it.each(['（区人社局牵头，区财政局配合）', '责任单位:各县（市、区）人民政府', '（牵头单位:县教育局（含县直学校））', '到2025年（含）完成'])('%s', (text) => {
    expect(secondNamesIn(text)).toEqual([]);
  });
});
