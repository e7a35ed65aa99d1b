// Rule target-phrase: each target carries the words of what it measures, read from its own clause.
import { describe, expect, it } from 'vitest';
import { extractTargets } from './targets';

const phrases = (text: string) => extractTargets(text).map((t) => t.phrase ?? null);

describe('target-phrase', () => {
  it('names the indicator of each of several targets with the same words', () => {
    expect(phrases('确保地区生产总值增长7%以上，服务业增加值增长7%以上；固定资产投资增长8%左右。')).toEqual([
      '地区生产总值增长7%以上',
      '服务业增加值增长7%以上',
      '固定资产投资增长8%左右',
    ]);
  });

  it('takes off the resolve and the date that open a clause, again and again', () => {
    expect(phrases('力争到2025年全市新能源汽车保有量超过10万辆')).toEqual(['全市新能源汽车保有量超过10万辆']);
    expect(phrases('到2025年底，全市养老机构护理型床位占比达到55%以上')).toEqual(['全市养老机构护理型床位占比达到55%以上']);
    expect(phrases('本年度住宅用地供应同比增长10%以上')).toEqual(['住宅用地供应同比增长10%以上']);
    expect(phrases('12月底前全区培训200名养老护理员')).toEqual(['全区培训200名养老护理员']);
  });

  it('keeps a rate written without a comparison word before it, and quoted names in the indicator', () => {
    expect(phrases('规上其他营利性服务业企业营收增速10%以上')).toEqual(['规上其他营利性服务业企业营收增速10%以上']);
    expect(phrases('“市县长项目工程”落地率75%以上。')).toEqual(['“市县长项目工程”落地率75%以上']);
  });

  it('gives a count delivered the thing counted after it', () => {
    expect(phrases('培育3家龙头企业')).toEqual(['培育3家龙头企业']);
    expect(phrases('5年内重点引进100名市管企业中高级经营管理人才')).toEqual(['重点引进100名市管企业中高级经营管理人才']);
  });

  it('reads a count joined to a counted duty as a target of that duty, with its verb', () => {
    expect(extractTargets('5年内重点引进30名金融高级管理人才和50名金融高级专业人才，跟踪培养300名金融骨干人才。').map((t) => [t.text, t.phrase])).toEqual([
      ['30名', '重点引进30名金融高级管理人才'],
      ['50名', '引进50名金融高级专业人才'],
      ['300名', '跟踪培养300名金融骨干人才'],
    ]);
    expect(phrases('建成3个中心、5个站点')).toEqual(['建成3个中心', '建成5个站点']);
  });

  it('gives a share that opens its clause the words after it', () => {
    expect(phrases('推动80%以上的规上工业企业实现数字化转型。')).toEqual(['80%以上的规上工业企业实现数字化转型']);
  });

  it('reads a rate per unit and a level to hold', () => {
    const [rate] = extractTargets('全员劳动生产率46000元/人以上。');
    expect(rate).toMatchObject({ text: '46000元/人以上', phrase: '全员劳动生产率46000元/人以上', value: 46000, unit: '元/人', comparison: '>=' });
    const [held] = extractTargets('粮食产量稳定在23万吨。');
    expect(held).toMatchObject({ phrase: '粮食产量稳定在23万吨', value: 23, unit: '万吨', comparison: '>=' });
    const [within] = extractTargets('失业率保持在5%以内');
    expect(within).toMatchObject({ comparison: '<=' });
  });

  it('reads about a value (左右) as neither floor nor ceiling', () => {
    const [about] = extractTargets('固定资产投资增长8%左右');
    expect(about).toMatchObject({ text: '增长8%左右', comparison: '=' });
  });
});
