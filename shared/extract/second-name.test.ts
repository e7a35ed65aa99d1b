import { describe, expect, it } from 'vitest';
import { secondNamesIn, splitSecondName } from './second-name';

describe('splitSecondName: one office under two names', () => {
  it.each([
    ['县发改局（粮食局）', '县发改局', '县粮食局'],
    ['县发改局(粮食局)', '县发改局', '县粮食局'],
    ['市发展改革委（市能源局）', '市发展改革委', '市能源局'],
    ['区委组织部（区委老干部局）', '区委组织部', '区委老干部局'],
    ['县应急管理局（县安委办）', '县应急管理局', '县安委办'],
    ['县政府办（县金融办）', '县政府办', '县金融办'],
    // several other names in one bracket (宝山区, 宝府办〔2019〕26号): the first is kept
    ['区委宣传部（区文明办、区政府新闻办、区委网信办）', '区委宣传部', '区文明办'],
  ])('%s', (written, name, other) => {
    expect(splitSecondName(written)).toEqual({ name, other });
  });
});

describe('secondNamesIn: the offices a responsibility writes under two names', () => {
  it('finds each once, after a label, a separator or a bracket', () => {
    expect(secondNamesIn('[牵头单位:县发改局(粮食局)、县农业农村局;责任单位:各镇人民政府]（县委组织部（县委老干部局）负责）县发改局(粮食局)')).toEqual([
      { name: '县发改局', other: '县粮食局' },
      { name: '县委组织部', other: '县委老干部局' },
    ]);
  });
});
