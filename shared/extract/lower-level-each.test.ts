import { describe, expect, it } from 'vitest';
import { isLowerLevelEach } from './lower-level-each';
import { extractPolicy } from './policy';

// lower-level-each: in a city's document, 区市场监管局 (a district's body with no district named) is each district's, a
// generic actor (沪市监特种〔2023〕414号).
describe('lower-level-each: a district body unnamed in a city document is every district\'s', () => {
  it.each(['区市场监管局', '区财政局', '县农业农村局'])('%s', (name) => {
    expect(isLowerLevelEach(name, '市')).toBe(true);
  });

  it('reads it as generic in a city bureau\'s plan', () => {
    const m = extractPolicy({
      paragraphs: ['上海市市场监督管理局关于印发实施方案的通知', '各区市场监管局：', '上海市市场监督管理局', '2023年8月25日', '一、工作任务', '（一）加强气瓶监管。加强监督检查。（市局特种设备安全监察处牵头，区市场监管局负责落实）', '（二）加强器具监管。加强监督抽查。（市局产品质量安全监督管理处负责）'].map((text, index) => ({ index, text })),
    }).measures;
    expect(m[0].generic).toContain('区市场监管局');
    expect([...m[0].lead, ...m[0].support]).not.toContain('区市场监管局');
  });
});
