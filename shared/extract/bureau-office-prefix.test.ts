import { describe, expect, it } from 'vitest';
import { carryListLevel, type ListItem } from './list-level-prefix';
import { extractPolicy } from './policy';

const run = (...names: string[]): ListItem[] => names.map((name, k) => ({ name, after: k === 0 ? null : '、' }));

// bureau-office-prefix: a bureau naming its own offices writes 市局 once for a run of them (沪市监特种〔2022〕27号, （三）).
describe('bureau-office-prefix: 市局 written once holds for its offices', () => {
  it.each([
    [run('市局产品质量安全监督管理处', '认证监督管理处', '计量处'), ['市局产品质量安全监督管理处', '市局认证监督管理处', '市局计量处']],
    [run('省局办公室', '法规科'), ['省局办公室', '省局法规科']],
    [[{ name: '市局特种设备安全监察处', after: null }, { name: '执法稽查处', after: '，' }, { name: '信用监督管理处', after: '、' }], ['市局特种设备安全监察处', '市局执法稽查处', '市局信用监督管理处']],
  ])('%j', (items, expected) => {
    expect(carryListLevel(items)).toEqual(expected);
  });

  it('gives each office of a bracket the bureau', () => {
    const m = extractPolicy({
      paragraphs: ['实施方案', '一、工作任务', '（一）加强产品质量监管', '组织开展燃气灶具产品质量监督抽查。（市局产品质量安全监督管理处、认证监督管理处按职责分工负责）', '（二）加强特种设备监管', '开展燃气管道定期检验。（市局特种设备安全监察处牵头）'].map((text, index) => ({ index, text })),
    }).measures;
    expect(m[0].lead).toEqual(['市局产品质量安全监督管理处', '市局认证监督管理处']);
  });
});
