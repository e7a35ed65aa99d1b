import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ImportedDocument } from '../../shared/types';
import { importFile } from './index';
import { textBlocks } from './text';

const fixture = (name: string) => join(__dirname, '__fixtures__', name);

async function load(name: string): Promise<ImportedDocument> {
  const outcome = await importFile(fixture(name));
  if (!outcome.ok) throw new Error(outcome.failure.message);
  return outcome.doc;
}

describe('text import', () => {
  it('decodes a GBK file with CRLF line ends and joins its hard-wrapped line', async () => {
    const doc = await load('gbk-report.txt');
    expect(doc).toMatchObject({ format: 'txt', encoding: 'gb18030', pageCount: null });
    expect(doc.warnings.join('')).toContain('GB18030');
    expect(doc.text).not.toContain('\r');
    expect(doc.paragraphs.map((p) => p.text)).toEqual([
      '区民政局关于养老服务体系建设工作进展情况的报告',
      '区政府办公室：',
      '根据《关于加快养老服务体系建设的实施意见》要求，现将我局工作进展情况报告如下：',
      '一、主要工作',
      '（一）推进公办养老机构改革。已完成3家公办养老机构委托运营，签订运营协议，明确服务标准和考核办法。',
      '（二）落实养老机构补助政策。按照星级评定结果发放补助资金共计126万元。',
      '二、下一步打算',
      '继续做好养老护理员培训工作，年底前完成培训200名。',
      '区民政局',
      '2021年10月15日',
    ]);
  });

  it('strips a UTF-8 BOM, keeps markdown marks and sets heading and bold hints', async () => {
    const doc = await load('bom-notice.md');
    expect(doc.encoding).toBe('utf-8');
    expect(doc.text.startsWith('# 关于开展')).toBe(true);
    const [title, addressee, section, first, second] = doc.paragraphs;
    expect(title).toMatchObject({ text: '# 关于开展2021年度政务服务“好差评”工作的通知', heading: true });
    expect(addressee.heading).toBeUndefined();
    expect(section).toMatchObject({ text: '## 一、工作目标', heading: true });
    expect(first).toMatchObject({ bold: true, text: '**1. 全面覆盖。**12月底前，全区各级政务服务大厅实现“一次一评”全覆盖。' });
    // The blank line in the middle of a sentence is a stray break, not a new paragraph.
    expect(second).toMatchObject({ bold: true, text: '**2. 及时整改。**差评整改率达到100%，整改结果及时反馈评价人。' });
    expect(doc.paragraphs.slice(5).map((p) => p.text)).toEqual(['区行政审批服务局', '2021年11月2日']);
  });

  it.each(['utf16le.txt', 'utf16be.txt'])('reads %s', async (name) => {
    const doc = await load(name);
    expect(doc.encoding).toBe(name.startsWith('utf16le') ? 'utf-16le' : 'utf-16be');
    expect(doc.paragraphs.map((p) => p.text)).toEqual(['区大数据中心工作进展', '截至10月底，已归集信用信息12万条。']);
  });

  it('repairs text copied out of a PDF, keeping the original in the document text', async () => {
    const doc = await load('pdf-copy.txt');
    expect(doc.paragraphs.map((p) => p.text)).toEqual([
      '关于推进政务服务“一网通办”工作情况的汇报',
      '区行政审批服务局',
      '按照区政府统一部署，我局于2021年9月28日召开专题会议，研究部署政务服务事项标准化工作，印发了工作方案。截至10月底，全区1200余项政务服务事项实现网上可办，网办率达到95%以上。',
      '下一步，我局将继续完善政务服务事项目录清单，推进综合窗口改革，提升线下“一窗受理”通办率。',
    ]);
    const body = doc.paragraphs[2];
    expect(doc.text.slice(body.start, body.end)).toContain('我局于 2021 年 9 月 28 日召开专题会议，研究部署\n政务服务');
    expect(doc.text).toContain('— 1 —');
  });

  it('refuses a file whose encoding it cannot read', async () => {
    const outcome = await importFile(fixture('big5.txt'));
    expect(outcome).toMatchObject({ ok: false, failure: { code: 'garbled-text', file: 'big5.txt' } });
    if (!outcome.ok) expect(outcome.failure.message).toMatch(/^无法导入「big5\.txt」：.*编码/);
  });
});

describe('textBlocks', () => {
  it('records line offsets and hints', () => {
    const text = '## 一、总体要求\n\n**1. 加强领导。**各部门要高度重视。\n| 序号 | 任务 |\n普通段落';
    const blocks = textBlocks(text);
    expect(blocks.map((b) => text.slice(b.start, b.end))).toEqual(['## 一、总体要求', '**1. 加强领导。**各部门要高度重视。', '| 序号 | 任务 |', '普通段落']);
    expect(blocks.map((b) => [Boolean(b.heading), Boolean(b.bold), Boolean(b.standalone)])).toEqual([
      [true, false, false],
      [false, true, false],
      [false, false, true],
      [false, false, false],
    ]);
  });

  it('treats tab-separated cells as a table row', () => {
    expect(textBlocks('1\t提升就业服务\t已完成')[0].standalone).toBe(true);
    expect(textBlocks('报送单位：区财政局\t报送日期：2021年10月15日')[0].standalone).toBeUndefined();
  });
});

describe('table rows in plain text', () => {
  it('keeps tab-separated rows apart, as " | " cells with empty cells kept', () => {
    const blocks = textBlocks('序号\t任务\t责任单位\t完成时限\n1\t推行告知承诺制\t县行政审批服务局\t\n2\t规范中介服务\t县发改局\t9月底前');
    expect(blocks.map((b) => [b.text, b.standalone])).toEqual([
      ['序号 | 任务 | 责任单位 | 完成时限', true],
      ['1 | 推行告知承诺制 | 县行政审批服务局 | ', true],
      ['2 | 规范中介服务 | 县发改局 | 9月底前', true],
    ]);
  });
  it('keeps pipe rows apart with or without outer bars, and leaves prose alone', () => {
    const blocks = textBlocks('1 | 推行告知承诺制 | 县行政审批服务局\n| 2 | 规范中介服务 | 县发改局 |\n本段提到A|B两种情况，但不是表格');
    expect(blocks.map((b) => b.standalone ?? false)).toEqual([true, true, false]);
  });
});
