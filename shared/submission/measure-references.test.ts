import { describe, expect, it } from 'vitest';
import { measure, policy } from './__fixtures__/measures';
import { articleReferences, headerNamesMeasures, headingReference, referenceContext, tableRow } from './measure-references';

const titles = ['提升就业服务', '提高职业技能', '强化创业扶持', '优化惠企服务', '加强信用信息归集', '规范水电气暖行业收费', '规范改进中介服务'];
const numbered = policy(
  Array.from({ length: 14 }, (_, k) => measure(k + 1, titles[k] ?? `第${k + 1}项措施标题`)),
  { title: '市中区人民政府办公室关于深化“放管服”改革的实施意见', docNumber: '市中政办发〔2021〕14号' },
);
const ctx = referenceContext(numbered);
const cn = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];
const parenCtx = referenceContext(policy(titles.map((t, k) => measure(k + 1, t, `${t}。`, { label: `（${cn[k]}）` }))));

const refs = (text: string, c = ctx) => articleReferences(text, c).map((h) => h.measure);

describe('articleReferences', () => {
  it.each([
    ['我局牵头第6条。', [6]],
    ['落实第十四条要求。', [14]],
    ['关于第（十）项任务。', [10]],
    ['关于第7项任务的落实情况', [7]],
    ['第6、7条', [6, 7]],
    ['第6条和第7条', [6, 7]],
    ['第二至四条', [2, 3, 4]],
    ['第 6 条', [6]],
    ['第６条', [6]],
    ['按照《实施意见》第6条要求', [6]],
    ['按照《市中区人民政府办公室关于深化“放管服”改革的实施意见》第3条', [3]],
    ['按照市中政办发〔2021〕14号文件第3条', [3]],
    ['我局牵头任务八，配合任务十。', [8, 10]],
    ['二、任务三落实情况', [3]],
    ['任务3：规范改进中介服务', [3]],
    ['措施七完成情况', [7]],
    ['任务十二', [12]],
  ])('%s', (text, expected) => expect(refs(text)).toEqual(expected));

  it('gives offsets that cover the reference in the original text', () => {
    const text = '我局牵头第 6 条。';
    const [hit] = articleReferences(text, ctx);
    expect(text.slice(hit.start, hit.end)).toBe('第 6 条');
  });
});

describe('articleReferences: not references to this policy', () => {
  it.each([
    ['培训200名养老护理员', []],
    ['通报第3季度支出进度', []],
    ['第一批试点单位', []],
    ['第二次推进会', []],
    ['根据《行政处罚法》第三十三条规定', []],
    ['依照《枣庄市财政局关于加强预算管理的通知》中的第6条', []],
    ['第30条', []],
    ['第0条', []],
    ['（三）项', []],
    ['当前任务十分繁重', []],
    ['全年任务三季度已完成过半', []],
    ['完成培训任务3个批次', []],
    ['任务二十项全部完成', []],
    ['分解任务一览表', []],
    ['按照《安全生产专项整治方案》任务三要求', []],
  ])('%s', (text, expected) => expect(refs(text)).toEqual(expected));
});

describe('（三） when the policy numbers its measures that way', () => {
  it('links a bracketed number the words mark as a reference', () => {
    expect(refs('关于（三）的落实情况', parenCtx)).toEqual([3]);
    expect(refs('意见（五）项已完成', parenCtx)).toEqual([5]);
    expect(refs('对照意见第（六）项', parenCtx)).toEqual([6]);
    expect(refs('按照工作方案（四）要求', parenCtx)).toEqual([4]);
  });
  it('leaves a bracketed number in running text alone', () => {
    expect(refs('我们开展了（三）次检查', parenCtx)).toEqual([]);
  });
  it('means nothing when the policy numbers measures 1. 2. 3.', () => {
    expect(refs('关于（三）的落实情况')).toEqual([]);
  });
});

describe('headingReference', () => {
  it.each([
    ['（三）强化创业扶持工作情况', parenCtx, 3],
    ['（三）关于创业扶持', parenCtx, 3],
    ['（二）推进职业技能等级认定。', parenCtx, 2],
    ['6. 规范水电气暖收费', ctx, 6],
    ['六、规范水电气暖行业收费情况', ctx, 6],
  ])('%s → %s', (text, c, expected) => expect(headingReference(text, c)?.measure).toBe(expected));

  it("ignores the report's own outline", () => {
    expect(headingReference('（三）加强宣传引导', parenCtx)).toBeNull();
    // the policy numbers its measures 1. 2. 3.: a bracketed number is the report's sub-heading
    expect(headingReference('（三）强化创业扶持工作情况', ctx)).toBeNull();
    expect(headingReference('（二）推进职业技能等级认定。', ctx)).toBeNull();
    expect(headingReference('1. 召开专题会议', ctx)).toBeNull();
    expect(headingReference('二、存在的问题', ctx)).toBeNull();
  });
});

describe('tableRow', () => {
  it('reads the first cell as a number', () => {
    expect(tableRow('6 | 规范水电气暖行业收费 | 已完成')).toEqual({ cells: ['6', '规范水电气暖行业收费', '已完成'], number: 6 });
    expect(tableRow('第十四条\t便利准入\t推进中')?.number).toBe(14);
    expect(tableRow('| （三） | 强化创业扶持 |')?.number).toBe(3);
  });
  it('is null outside tables and for header rows', () => {
    expect(tableRow('一段正文。')).toBeNull();
    expect(tableRow('序号 | 任务 | 落实情况')?.number).toBeNull();
  });
  it('tells a measure-number column from a row count', () => {
    expect(headerNamesMeasures(tableRow('任务编号 | 任务 | 落实情况'))).toBe(true);
    expect(headerNamesMeasures(tableRow('对应条款 | 落实情况'))).toBe(true);
    expect(headerNamesMeasures(tableRow('序号 | 任务 | 落实情况'))).toBe(false);
    expect(headerNamesMeasures(null)).toBe(false);
  });
});
