// Numbers that are not quantitative targets.
import { describe, expect, it } from 'vitest';
import { extractTargets } from './targets';

describe('not targets', () => {
  it.each([
    // rates and amounts without a comparison
    '按吸纳人数给予企业每月500元/人的补贴',
    '按照每人每年2400元、3600元的标准',
    '分别给予0.8倍、0.9倍、1倍、1.1倍、1.2倍差异化补助',
    '给予一次性创业补贴5000元',
    // ceilings on what may be granted
    '可申请最高20万元创业担保贷款',
    '合伙创业的，可申请最高60万元担保贷款',
    '最长6个月的以工代训职业培训补贴',
    '按设备投资额的10%给予奖补，最高不超过200万元',
    '单个项目最多不超过50万元',
    // conditions and qualifiers
    '参加企业社会保险满1个月以上',
    '年交易额累计不超过10万元的，不需要进行登记',
    '对正常经营1年以上的返乡农民工',
    '100人以上的企业',
    // ordinals, dates, document numbers, service times without a comparison
    '第14条',
    '2021年1月至12月',
    '市中政办发〔2021〕14号',
    '根据养老机构1—5星级等级评定结果',
    '1个工作日完成审批',
    '前3名给予奖励',
    // narrative counts in Chinese numerals
    '开展一次全面排查',
    '打造一批知名培训品牌',
  ])('%j', (text) => {
    expect(extractTargets(text)).toEqual([]);
  });
});
