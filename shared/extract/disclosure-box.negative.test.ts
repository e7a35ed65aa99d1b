import { describe, expect, it } from 'vitest';
import { extractPolicy } from './policy';
import { disclosureFields, readDisclosureBox } from './disclosure-box';

describe('disclosure box: negative cases', () => {
  it.each([
    ['a sentence naming a field', '根据文号：某政发〔2020〕3号的要求，制定本方案。'],
    ['a label not of the box', '联系人：张三  联系电话：0632-1234567'],
    ['a field inside a sentence', '一、明确标题：各单位报送材料须标明标题。'],
    ['a measure line', '1.优化审批流程。（区政务服务中心牵头）'],
  ])('%s is no box line', (_what, line) => {
    expect(disclosureFields(line)).toBeNull();
  });

  it('a document’s own 文号 line, or two labelled lines, make no box', () => {
    expect(readDisclosureBox(['关于某项工作的实施意见', '文号：某政发〔2020〕3号', '各部门：'])).toBeNull();
    expect(readDisclosureBox(['联系人：张三', '发布日期：2021年3月5日', '正文'])).toBeNull();
  });

  it('labelled fields far down a document are no box', () => {
    const lines = [...Array.from({ length: 14 }, (_, i) => `第${i + 1}段正文。`), '索引号： | 123 | 标题： | 某标题', '发文字号： | 某发〔2020〕1号'];
    expect(readDisclosureBox(lines)).toBeNull();
  });

  it('a document without a box reads its own header as before', () => {
    const e = extractPolicy({
      paragraphs: ['某县人民政府办公室文件', '某政办发〔2022〕8号', '关于印发某方案的通知', '各乡镇人民政府：', '一、推进某项工作。（县发展改革局牵头）', '某县人民政府办公室', '2022年3月1日'].map(
        (text, index) => ({ index, text }),
      ),
    });
    expect(e.title).toBe('关于印发某方案的通知');
    expect(e.docNumber).toBe('某政办发〔2022〕8号');
    expect(e.issuedOn).toBe('2022-03-01');
  });
});
