import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DOMParser } from '@xmldom/xmldom';
import JSZip from 'jszip';
import { afterAll, describe, expect, it } from 'vitest';
import { importFile } from './index';
import { imported } from './__fixtures__/imported';
import { expandDeltas, textObjectRuns } from './ofd';

// Fixtures from scripts/make-ofd-fixtures.ts, written from the structure GB/T 33190 gives.
const fixtures = join(dirname(fileURLToPath(import.meta.url)), '__fixtures__');
const scratch = mkdtempSync(join(tmpdir(), 'luoshi-ofd-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const texts = async (path: string) => (await imported(path)).paragraphs.map((p) => p.text);

describe('OFD reads like the PDF of the same page', () => {
  it.each(['report-table', 'division-table'])('%s: the same paragraphs and table rows as the PDF', async (name) => {
    const ofd = await imported(join(fixtures, 'ofd', `${name}.ofd`));
    expect(ofd.format).toBe('ofd');
    expect(ofd.paragraphs.map((p) => p.text)).toEqual(await texts(join(fixtures, `${name}.pdf`)));
    expect(ofd.paragraphs.some((p) => p.text.startsWith('序号 | 任务 | '))).toBe(true);
  });
});

describe('an OFD laid out line by line', () => {
  it('keeps reading order, joins wrapped lines and the page break, drops page numbers and the seal, and rebuilds the table', async () => {
    const doc = await imported(join(fixtures, 'ofd', 'notice.ofd'));
    expect(doc.pageCount).toBe(2);
    expect(doc.paragraphs.map((p) => p.text)).toEqual([
      '江城区市场监督管理局文件',
      '区市场监督管理局关于优化营商环境重点任务落实情况的报告',
      '区政府办公室：',
      '根据《江城区2024年优化营商环境重点任务分工表》要求，我局对照任务清单逐项推进，全面推行企业开办“一窗通办”，现将有关落实情况报告如下。',
      '一、企业开办',
      '全区企业开办时间已压缩至0.5个工作日，实现营业执照、印章刻制、涉税事项、社保登记一次提交、一窗领取，今年以来新设立市场主体3267户，同比增长12.4%，企业开办全程网办率达到96%以上，群众满意度持续提升，相关经验被市级部门推广。',
      '二、重点任务完成情况',
      '序号 | 任务 | 落实情况',
      '1 | 优化企业开办服务 | 已推行“一窗通办”，开办时间0.5个工作日',
      '2 | 规范涉企收费 | 检查企业120家，清退违规收费8.6万元',
      '下一步，我局将持续深化商事制度改革，确保各项任务按期完成。',
      '江城区市场监督管理局',
      '2024年6月20日',
    ]);
    // the page-break paragraph starts on page 1
    expect(doc.paragraphs[5].page).toBe(1);
    expect(doc.paragraphs[6].page).toBe(2);
  });
});

describe('expandDeltas', () => {
  it.each([
    ['5.6 5.6 2.8', [5.6, 5.6, 2.8]],
    ['g 3 5.6', [5.6, 5.6, 5.6]],
    ['2.8 g 2 5.6 1', [2.8, 5.6, 5.6, 1]],
    ['', []],
    [null, []],
  ])('%j', (value, deltas) => expect(expandDeltas(value)).toEqual(deltas));

  it('negative: a malformed advance counts as zero, not NaN', () => {
    expect(expandDeltas('5.6 x')).toEqual([5.6, 0]);
  });
});

const element = (xml: string) =>
  new DOMParser().parseFromString(`<ofd:Layer xmlns:ofd="http://www.ofdspec.org/2016">${xml}</ofd:Layer>`, 'text/xml').documentElement.firstChild as Element;

describe('textObjectRuns', () => {
  const fonts = new Map([['2', { bold: true }]]);

  it('places a text code inside its boundary, baseline at Y, width from the advances', () => {
    const runs = textObjectRuns(element('<ofd:TextObject ID="1" Boundary="30 40 20 7" Font="2" Size="5"><ofd:TextCode X="1" Y="5" DeltaX="g 2 5">一二三</ofd:TextCode></ofd:TextObject>'), fonts);
    expect(runs).toEqual([{ str: '一二三', x: 31, y: 45, width: 15, size: 5, bold: true }]);
  });

  it('cuts a text code where an advance leaves a gap wider than a glyph and a half', () => {
    const runs = textObjectRuns(element('<ofd:TextObject ID="1" Boundary="0 0 100 7" Font="1" Size="4"><ofd:TextCode X="0" Y="4" DeltaX="4 30 4">序号任务</ofd:TextCode></ofd:TextObject>'), fonts);
    expect(runs.map((r) => [r.str, r.x])).toEqual([
      ['序号', 0],
      ['任务', 34],
    ]);
  });

  it.each([
    ['rotated text (a seal)', '<ofd:TextObject ID="1" Boundary="0 0 10 10" Size="4" CTM="0.866 0.5 -0.5 0.866 0 0"><ofd:TextCode X="0" Y="4">印章</ofd:TextCode></ofd:TextObject>'],
    ['no size', '<ofd:TextObject ID="1" Boundary="0 0 10 10"><ofd:TextCode X="0" Y="4">无字号</ofd:TextCode></ofd:TextObject>'],
    ['no boundary', '<ofd:TextObject ID="1" Size="4"><ofd:TextCode X="0" Y="4">无边界</ofd:TextCode></ofd:TextObject>'],
  ])('negative: %s gives no runs', (_, xml) => {
    expect(textObjectRuns(element(xml), fonts)).toEqual([]);
  });
});

async function ofdZip(files: Record<string, string | Buffer>): Promise<Buffer> {
  const zip = new JSZip();
  for (const [name, content] of Object.entries(files)) zip.file(name, content);
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

describe('bad OFD files are refused with the file named', () => {
  const ofdXml = '<ofd:OFD xmlns:ofd="http://www.ofdspec.org/2016"><ofd:DocBody><ofd:DocRoot>Doc_0/Document.xml</ofd:DocRoot></ofd:DocBody></ofd:OFD>';
  const documentXml =
    '<ofd:Document xmlns:ofd="http://www.ofdspec.org/2016"><ofd:CommonData><ofd:PageArea><ofd:PhysicalBox>0 0 210 297</ofd:PhysicalBox></ofd:PageArea></ofd:CommonData>' +
    '<ofd:Pages><ofd:Page ID="1" BaseLoc="Pages/Page_0/Content.xml"/></ofd:Pages></ofd:Document>';

  it.each([
    ['not-a-zip.ofd', async () => Buffer.from('<ofd:OFD/>'), 'corrupt-ofd'],
    ['no-root.ofd', () => ofdZip({ 'readme.txt': '无' }), 'corrupt-ofd'],
    ['broken-xml.ofd', () => ofdZip({ 'OFD.xml': '<ofd:OFD><ofd:DocBody>', 'Doc_0/Document.xml': documentXml }), 'corrupt-ofd'],
    [
      'image-only.ofd',
      () =>
        ofdZip({
          'OFD.xml': ofdXml,
          'Doc_0/Document.xml': documentXml,
          'Doc_0/Pages/Page_0/Content.xml':
            '<ofd:Page xmlns:ofd="http://www.ofdspec.org/2016"><ofd:Content><ofd:Layer ID="2"><ofd:ImageObject ID="3" Boundary="0 0 210 297" ResourceID="9"/></ofd:Layer></ofd:Content></ofd:Page>',
        }),
      'no-text',
    ],
    ['bomb.ofd', () => ofdZip({ 'OFD.xml': ofdXml, 'Doc_0/Document.xml': Buffer.alloc(201 * 1024 * 1024, 0x20) }), 'too-large'],
  ])('%s', async (name, make, code) => {
    const path = join(scratch, name);
    writeFileSync(path, await make());
    const outcome = await importFile(path);
    expect(outcome.ok ? null : outcome.failure).toMatchObject({ code, message: expect.stringContaining(`「${name}」`) });
  }, 30_000);
});
