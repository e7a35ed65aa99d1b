// Rule target-phrase, where it must not name an indicator, and the targets its new words must not create.
import { describe, expect, it } from 'vitest';
import { extractTargets } from './targets';

describe('target-phrase: no indicator', () => {
  it('gives no phrase for a clause too long to be an indicator', () => {
    const [t] = extractTargets('通过召开会议、印发文件、开展培训等多种方式推动全市规模以上工业企业研发机构覆盖率达到50%以上');
    expect(t.text).toBe('达到50%以上');
    expect(t.phrase).toBeUndefined();
  });

  it('gives no phrase when nothing but the change comes before the value', () => {
    expect(extractTargets('增长7%以上').map((t) => t.phrase)).toEqual([undefined]);
    expect(extractTargets('其中，增长7%以上').map((t) => t.phrase)).toEqual([undefined]);
  });

  it('gives no thing counted when the clause ends at the count or what follows is a long sentence', () => {
    expect(extractTargets('一季度培训200名。').map((t) => t.phrase)).toEqual([undefined]);
    expect(extractTargets('培训200名来自全市各乡镇街道社区卫生服务中心和民营医疗机构的护理人员').map((t) => t.phrase)).toEqual([undefined]);
  });

  it('joins no count to a duty across a clause mark', () => {
    expect(extractTargets('培训200名养老护理员。另有50名护理员待岗').map((t) => t.text)).toEqual(['200名']);
  });

  it('does not carry an indicator across a clause mark or a bracket', () => {
    expect(extractTargets('农民、大学生〔毕业五年以内〕的').filter((t) => t.phrase?.includes('〔'))).toEqual([]);
    expect(extractTargets('完善工作机制。达到95%以上').map((t) => t.phrase)).toEqual([undefined]);
  });
});

describe('target-phrase: new words that make no target', () => {
  it.each([
    // 左右 after an amount with no comparison word is an amount
    '每月500元左右的补贴',
    '补贴标准为每人2000元左右',
    // a ceiling on a grant per unit is still a grant
    '最高补贴5000元/辆',
    '家电最高补贴1000元/台',
    // a rate with no comparison is an amount
    '给予每月500元/人的补贴',
    // counts joined to no duty are a census, not a target
    '共有企业200家和个体户300户',
    '现有养老机构12家、床位3000张',
  ])('%s', (text) => {
    expect(extractTargets(text)).toEqual([]);
  });
});
