import { describe, expect, it } from 'vitest';
import { issuerLevel, withIssuerLevel } from './issuer-level';

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
