import { describe, expect, it } from 'vitest';
import { issuerLevel, withIssuerLevel, withIssuerLevelByLine } from './issuer-level';

describe('withIssuerLevel: bare bodies in a local government\'s list are its own', () => {
  it.each([
    [['财政局', '发改局', '人才办', '金融发展服务中心', '工商联'], '市', ['市财政局', '市发改局', '市人才办', '市金融发展服务中心', '市工商联']],
    [['发改局', '税务局', '人民银行'], '市', ['市发改局', '市税务局', '人民银行']],
    [['住建局', '自然资源局'], '县', ['县住建局', '县自然资源局']],
    [['人社局'], '区', ['区人社局']],
    [['文化和广电旅游体育局', '妇联', '科协'], '县', ['县文化和广电旅游体育局', '县妇联', '县科协']],
  ])('%j (%s)', (names, level, expected) => {
    expect(withIssuerLevel(names, level)).toEqual(expected);
  });
});

describe('issuerLevel: the level of a government that issues', () => {
  it.each([
    ['桐乡市人民政府办公室', '市'],
    ['海盐县人民政府', '县'],
    ['湘西自治州人民政府', '州'],
    ['中共苏尼特右旗委员会办公室', '旗'],
    ['广东省人民政府办公厅', '省'],
  ])('%s → %s', (issuer, level) => {
    expect(issuerLevel(issuer)).toBe(level);
  });
});

describe('withIssuerLevelByLine: each line of a responsibility is a list of its own', () => {
  it.each<[string[], string, string, string[]]>([
    [['区财政局', '立山经济开发区', '税务局'], '牵头单位:区财政局\n责任单位:立山经济开发区,各街道,税务局', '区', ['区财政局', '立山经济开发区', '区税务局']],
    [['县发改局', '统计局', '财政局'], '牵头单位：县发改局\n配合单位：统计局、财政局', '县', ['县发改局', '县统计局', '县财政局']],
    [['发改局', '税务局'], '责任单位:发改局、税务局', '市', ['市发改局', '市税务局']],
  ])('%j', (names, words, level, expected) => {
    expect(withIssuerLevelByLine(names, words, level)).toEqual(expected);
  });
});
