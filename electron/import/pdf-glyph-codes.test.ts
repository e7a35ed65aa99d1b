// glyph-codes: a PDF text layer of ASCII symbols in runs of consecutive codes holds glyph codes, not text, and is
// refused as garbled rather than imported as nonsense.
import { describe, expect, it } from 'vitest';
import { looksLikeGlyphCodes } from './pdf';

describe('glyph-codes: text layers of glyph codes', () => {
  it.each([
    [
      'a gazette page: codes in first-use order, with the characters its fonts did map',
      '!"#$%&\'()*+,  报  -. ! !"#/012$34567.89 : ; < = " 9 1 > 政 公 !"#$!!"!#"$%% 人民 &\'()"*#+"*&,$#$-#&+./0% 市 1+"*23#45&6!+789 北京 :(;<=>?@A 府公报 BCDEF 政府',
    ],
    [
      'codes spaced out one a run',
      '! " # $ % & 报 ! " # \' ( ) * + , & ! " # - . / 0 ) 1 2 3 4 & 府公报 ! " # 5 6 ) 7 8 9 : ; < 2 政 人民 ! " # 7 # = > ; 北京市 ? @ A',
    ],
  ])('%s', (_, text) => {
    expect(looksLikeGlyphCodes(text)).toBe(true);
  });
});

describe('glyph-codes: negative cases', () => {
  it.each([
    // Chinese prose with the ASCII it does carry: half-width brackets, a URL, a time, percentages, a page number
    ['（一）支持重点群体就业创业。每年城镇新增就业65万人以上，给予贷款实际利率50%的财政贴息、最高0.5%/年的担保费补贴。'],
    ['1.学校新生肺结核筛查负责人登陆“北京市新生肺结核筛查机构注册系统”，网址为https://ptb.bjcdc.org.cn/register，于7月14日12:00前完成注册。- 3 -'],
    ['北京市地名管理办法(2023年12月15日北京市人民政府第312号令公布自2024年2月1日起施行)第一条为落实北京城市总体规划，加强和规范地名管理。'],
    // symbols, but no run of consecutive codes: source code, a list of addresses
    ['if (a && b) { return [x, y]; } // #include <stdio.h> @media print { a:hover { color: #fff; } }'],
    ['https://www.gov.cn/zhengce/ https://www.bj.gov.cn/ https://zjw.beijing.gov.cn/ (2023-05-01)'],
    // English prose
    ['The bureau will raise the ceiling of housing-fund loans (for a first home) to 1.2 million yuan, effective 1 May.'],
  ])('%s', (text) => {
    expect(looksLikeGlyphCodes(text)).toBe(false);
  });
});
