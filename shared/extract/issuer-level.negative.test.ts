import { describe, expect, it } from 'vitest';
import { issuerLevel, withIssuerLevel, withIssuerLevelByLine } from './issuer-level';

describe('withIssuerLevel: lists read as written', () => {
  it.each([
    // no local issuer (a ministry's or the State Council's policy)
    [['财政部', '发展改革委'], null],
    [['财政局', '税务局'], null],
    // a level written anywhere in the list: its bare names may be another government's
    [['省委金融办', '广东金融监管局'], '省'],
    [['县财政局', '税务局'], '县'],
    // names with a level or place of their own, and generic actors
    [['人民银行', '国家金融监督管理总局'], '市'],
    [['嘉鱼经济开发区'], '县'],
    [['各镇人民政府', '有关部门'], '县'],
    [['越秀区'], '市'],
  ])('%j (%s)', (names, level) => {
    expect(withIssuerLevel(names, level)).toEqual(names);
  });
});

describe('issuerLevel: issuers that give no level', () => {
  it.each([
    // a development zone's committee names its own bureaus
    '河口经济技术开发区管理委员会',
    '湘西经开区管委会',
    // a department, a national body, no place named
    '嘉兴市财政局',
    '国务院办公厅',
    '县人民政府办公室',
    '',
  ])('%s', (issuer) => {
    expect(issuerLevel(issuer)).toBeNull();
  });
});

describe('withIssuerLevelByLine: lines read as written', () => {
  it.each<[string[], string | null, string | null]>([
    // one line that writes a level: its bare names stay bare
    [['县财政局', '税务局'], '责任单位:县财政局、税务局', '县'],
    [['县财政局', '税务局'], '牵头单位:县财政局;责任单位:税务局', '县'],
    // a second line that writes a level of its own
    [['区财政局', '市税务局'], '牵头单位:区财政局\n责任单位:市税务局', '区'],
    // no local issuer, no words
    [['财政局', '税务局'], '牵头单位:财政局\n责任单位:税务局', null],
    [['县财政局', '税务局'], null, '县'],
  ])('%j %j', (names, words, level) => {
    expect(withIssuerLevelByLine(names, words, level)).toEqual(names);
  });
});
