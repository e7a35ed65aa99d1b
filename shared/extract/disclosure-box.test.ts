import { describe, expect, it } from 'vitest';
import { extractPolicy } from './policy';
import { disclosureFields, readDisclosureBox } from './disclosure-box';

// The disclosure box of a policy published on a government website, as its rows or lines come out of a saved page
// or copied text.
describe('disclosure box', () => {
  it.each([
    ['a table row of two fields', '索 引 号： | 000014349/2018-00214 | 主题分类： | 综合政务\\政务督查', [['index', '000014349/2018-00214'], ['topic', '综合政务\\政务督查']]],
    ['a full-width-spaced label', '标　　题： | 国务院办公厅关于推进政务新媒体健康有序发展的意见', [['title', '国务院办公厅关于推进政务新媒体健康有序发展的意见']]],
    ['fields in plain text, spaced', '发文字号：浙政办发〔2021〕12号  发布日期：2021年3月5日', [['docNumber', '浙政办发〔2021〕12号'], ['publishedOn', '2021年3月5日']]],
    ['an empty field', '主题词： | | |', [['topic', '']]],
    ['after a bar', '| 发布机构：市发展改革委 | 成文日期：2023-05-10', [['issuer', '市发展改革委'], ['writtenOn', '2023-05-10']]],
  ])('%s', (_what, line, fields) => {
    expect(disclosureFields(line)?.map((f) => [f.field, f.value])).toEqual(fields);
  });

  it('reads the box at the top, below a site banner, and says where the document starts', () => {
    const lines = [
      '首页 > 政务公开',
      '索引号： | 11330000002482162D/2021-00012 | 发布机构： | 浙江省人民政府办公厅',
      '发文字号： | 浙政办发〔2021〕12号 | 成文日期： | 2021-03-01',
      '标题： | 浙江省人民政府办公厅关于某项工作的实施意见',
      '浙江省人民政府办公厅关于某项工作的实施意见',
    ];
    const box = readDisclosureBox(lines)!;
    expect(box.end).toBe(4);
    expect(box.fields).toMatchObject({ docNumber: '浙政办发〔2021〕12号', issuer: '浙江省人民政府办公厅', writtenOn: '2021-03-01' });
  });

  it('gives the document its number, issuer and date where its own header has none, and the title below it', () => {
    const e = extractPolicy({
      paragraphs: [
        '索引号： | 000014349/2019-00007 | 主题分类： | 市场监管',
        '发文机关： | 某市人民政府办公室 | 成文日期： | 2019年02月15日',
        '标题： | 某市人民政府办公室关于印发优化营商环境工作方案的通知',
        '发文字号： | 某政办发〔2019〕5号 | 发布日期： | 2019年02月18日',
        '某市人民政府办公室关于印发优化营商环境工作方案的通知',
        '各区人民政府，市政府各部门：',
        '现将方案印发给你们，请认真贯彻执行。',
        '一、精简审批事项。（市政务服务局牵头，市司法局配合）',
        '二、压缩办理时限。（市政务服务局负责）',
      ].map((text, index) => ({ index, text })),
    });
    expect(e.title).toBe('某市人民政府办公室关于印发优化营商环境工作方案的通知');
    expect(e.docNumber).toBe('某政办发〔2019〕5号');
    expect(e.issuer).toBe('某市人民政府办公室');
    expect(e.issuedOn).toBe('2019-02-15');
    expect(e.measures.map((m) => m.lead)).toEqual([['市政务服务局'], ['市政务服务局']]);
  });
});

describe('disclosure box copied as text', () => {
  it('reads fields run together where the copy lost the spaces next to Chinese', () => {
    expect(disclosureFields('索引号: 11341602003166647K/202503-00040组配分类:年度重点工作分解情况')?.map((f) => [f.field, f.value])).toEqual([
      ['index', '11341602003166647K/202503-00040'],
      ['topic', '年度重点工作分解情况'],
    ]);
    expect(disclosureFields('名称:谯城区2025年政府工作报告重点工作任务分解表文号:')?.map((f) => [f.field, f.value])).toEqual([
      ['title', '谯城区2025年政府工作报告重点工作任务分解表'],
      ['docNumber', ''],
    ]);
  });
});
