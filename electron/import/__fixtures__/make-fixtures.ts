// Remakes the importer test fixtures in this folder. Needs LibreOffice (soffice), qpdf and ImageMagick (convert).
//
//   npx tsx electron/import/__fixtures__/make-fixtures.ts
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { deflateSync } from 'node:zlib';
import { AlignmentType, Document, Footer, Header, Packer, PageNumber, Paragraph, TextRun } from 'docx';
import iconv from 'iconv-lite';
import JSZip from 'jszip';

const here = dirname(fileURLToPath(import.meta.url));
const work = mkdtempSync(join(tmpdir(), 'import-fixtures-'));
const out = (name: string) => join(here, name);

function soffice(args: string[]): void {
  // A private profile, so a LibreOffice already running elsewhere does not swallow the conversion.
  execFileSync('soffice', [`-env:UserInstallation=${pathToFileURL(join(work, 'profile')).href}`, '--headless', ...args], {
    stdio: 'ignore',
    timeout: 180_000,
  });
}

/** Writes PDF objects (numbered from 1, the first the catalog) with a correct cross-reference table. */
function assemblePdf(objects: Buffer[]): Buffer {
  const parts: Buffer[] = [Buffer.from('%PDF-1.4\n')];
  const offsets: number[] = [];
  let length = parts[0].length;
  objects.forEach((body, i) => {
    offsets.push(length);
    const chunk = Buffer.concat([Buffer.from(`${i + 1} 0 obj\n`), body, Buffer.from('\nendobj\n')]);
    parts.push(chunk);
    length += chunk.length;
  });
  const xref = [`xref\n0 ${objects.length + 1}\n`, '0000000000 65535 f \n', ...offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`)].join('');
  parts.push(Buffer.from(`${xref}trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${length}\n%%EOF\n`));
  return Buffer.concat(parts);
}

const stream = (dict: string, data: Buffer) =>
  Buffer.concat([Buffer.from(`<< ${dict} /Length ${data.length} >>\nstream\n`), data, Buffer.from('\nendstream')]);

/** A one-page PDF showing a grey-scale image and nothing else, as a scanner writes it. */
function imagePdf(gray: Buffer, width: number, height: number): Buffer {
  return assemblePdf([
    Buffer.from('<< /Type /Catalog /Pages 2 0 R >>'),
    Buffer.from('<< /Type /Pages /Kids [3 0 R] /Count 1 >>'),
    Buffer.from('<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /XObject << /Im1 4 0 R >> >> /Contents 5 0 R >>'),
    stream(`/Type /XObject /Subtype /Image /Width ${width} /Height ${height} /ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /FlateDecode`, deflateSync(gray)),
    stream('', Buffer.from(`q ${width} 0 0 ${height} 57 680 cm /Im1 Do Q`)),
  ]);
}

/**
 * Chinese set in a font the PDF does not embed (STSong-Light, UniGB-UCS2-H), as older office software writes it:
 * a reader needs the predefined character maps to get the text.
 */
function unembeddedCjkPdf(lines: string[]): Buffer {
  const ucs2 = (text: string) => [...text].map((ch) => ch.charCodeAt(0).toString(16).padStart(4, '0')).join('').toUpperCase();
  const ops = lines.map((line, i) => `${i === 0 ? '80 760 Td' : '0 -29 Td'} <${ucs2(line)}> Tj`).join('\n');
  return assemblePdf([
    Buffer.from('<< /Type /Catalog /Pages 2 0 R >>'),
    Buffer.from('<< /Type /Pages /Kids [3 0 R] /Count 1 >>'),
    Buffer.from('<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 6 0 R >>'),
    Buffer.from('<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /UniGB-UCS2-H /DescendantFonts [5 0 R] >>'),
    Buffer.from('<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light /CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 4 >> /FontDescriptor 7 0 R /DW 1000 >>'),
    stream('', Buffer.from(`BT /F1 16 Tf\n${ops}\nET`)),
    Buffer.from('<< /Type /FontDescriptor /FontName /STSong-Light /Flags 6 /FontBBox [-25 -254 1000 880] /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 880 /StemV 93 >>'),
  ]);
}

// ---------------------------------------------------------------- text files

const civilReport = [
  '区民政局关于养老服务体系建设工作进展情况的报告',
  '',
  '区政府办公室：',
  '　　根据《关于加快养老服务体系建设的实施意见》要求，现将我局工作进展情况报告如下：',
  '　　一、主要工作',
  '　　（一）推进公办养老机构改革。已完成3家公办养老机构委托运营，签订运营协议，',
  '明确服务标准和考核办法。',
  '　　（二）落实养老机构补助政策。按照星级评定结果发放补助资金共计126万元。',
  '　　二、下一步打算',
  '　　继续做好养老护理员培训工作，年底前完成培训200名。',
  '',
  '区民政局',
  '2021年10月15日',
  '',
].join('\r\n');
writeFileSync(out('gbk-report.txt'), iconv.encode(civilReport, 'gbk'));

const markdownNotice = [
  '# 关于开展2021年度政务服务“好差评”工作的通知',
  '',
  '各镇人民政府、街道办事处，区政府各部门：',
  '',
  '## 一、工作目标',
  '',
  '**1. 全面覆盖。**12月底前，全区各级政务服务大厅实现“一次一评”全覆盖。',
  '',
  '**2. 及时整改。**差评整改率达到100%，整改结果及时反馈',
  '',
  '评价人。',
  '',
  '区行政审批服务局',
  '',
  '2021年11月2日',
  '',
].join('\r\n');
writeFileSync(out('bom-notice.md'), Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(markdownNotice, 'utf8')]));

const shortNote = '区大数据中心工作进展\n截至10月底，已归集信用信息12万条。\n';
writeFileSync(out('utf16le.txt'), Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(shortNote, 'utf-16le')]));
writeFileSync(out('utf16be.txt'), Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode(shortNote, 'utf-16be')]));

// Text as it comes out of copying from a PDF viewer: hard-wrapped lines, page numbers, spaces around digits.
const pdfCopy = [
  '关于推进政务服务“一网通办”工作情况的汇报',
  '区行政审批服务局',
  '　　按照区政府统一部署，我局于 2021 年 9 月 28 日召开专题会议，研究部署',
  '政务服务事项标准化工作，印发了工作方案。截至 10 月底，全区 1200 余项政务',
  '服务事项实现网上可办，网办率达到 95%以上。',
  '— 1 —',
  '　　下一步，我局将继续完善政务服务事项目录清单，推进综合窗口改革，提升线下“一',
  '窗受理”通办率。',
  '— 2 —',
  '',
].join('\n');
writeFileSync(out('pdf-copy.txt'), pdfCopy);

// Traditional Chinese in Big5: no encoding this importer reads gives readable text from it.
writeFileSync(out('big5.txt'), iconv.encode('區人力資源和社會保障局關於就業創業工作落實情況的報告。今年以來，全區城鎮新增就業三千二百人，扶持創業四百五十人。', 'big5'));

// ---------------------------------------------------------------- Word, written by LibreOffice

const tableReport = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>报告</title></head><body>
<h1>区人力资源和社会保障局关于落实就业创业政策情况的报告</h1>
<p>区政府办公室：</p>
<p><b>一、提升就业服务。</b>11月底前已全面清理与已取消职业资格相关联的政策限制，规范人力资源招聘<br>行为。</p>
<p>二、各项任务落实情况见下表。</p>
<table border="1">
<tr><td>序号</td><td>任务</td><td>落实情况</td></tr>
<tr><td>1</td><td>提升就业服务</td><td>已完成清理，共清理文件3件。</td></tr>
<tr><td>2</td><td>提高职业技能</td><td><p>年内培训企业新型学徒1050名。</p><p>培训养老护理员210名。</p></td></tr>
</table>
<p>区人力资源和社会保障局</p>
<p>2021年10月20日</p>
</body></html>`;
const html = join(work, 'table-report.html');
writeFileSync(html, tableReport);
soffice(['--infilter=HTML (StarWriter)', '--convert-to', 'docx:MS Word 2007 XML', '--outdir', work, html]);
soffice(['--infilter=HTML (StarWriter)', '--convert-to', 'doc:MS Word 97', '--outdir', work, html]);
copyFileSync(join(work, 'table-report.docx'), out('libreoffice-table.docx'));
copyFileSync(join(work, 'table-report.doc'), out('libreoffice-table.doc'));

const docxBytes = readFileSync(out('libreoffice-table.docx'));
writeFileSync(out('truncated.docx'), docxBytes.subarray(0, Math.floor(docxBytes.length * 0.6)));
writeFileSync(out('not-a-zip.docx'), '这不是一个 Word 文件，只是改了扩展名的文本。\n');

const noBody = new JSZip();
noBody.file(
  '[Content_Types].xml',
  '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/></Types>',
);
noBody.file(
  '_rels/.rels',
  '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
);
noBody.file('docProps/app.xml', '<?xml version="1.0" encoding="UTF-8"?><Properties/>');
writeFileSync(out('no-body.docx'), await noBody.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));

// ---------------------------------------------------------------- PDF

// Three pages with a running header and a "第 N 页 共 M 页" footer; sentences run across the page breaks.
const sentences = [
  '今年以来，我局认真落实区委、区政府关于稳就业保就业的决策部署，',
  '把促进高校毕业生、退役军人、农民工等重点群体就业作为重中之重，',
  '全区城镇新增就业3260人，失业人员再就业1180人，就业困难人员实现就业426人，',
  '城镇登记失业率控制在3%以内，就业形势保持总体稳定。',
];
const body: Paragraph[] = [];
for (let i = 0; i < 16; i += 1) {
  const lead = `${i + 1}. 第${i + 1}项工作进展。`;
  // Paragraphs of different lengths, so that page breaks fall inside sentences.
  const text = lead + sentences.slice(0, 1 + (i % 4)).join('') + (i % 4 === 3 ? '' : '各项工作有序推进。');
  body.push(
    new Paragraph({
      indent: { firstLine: 640 },
      spacing: { line: 579, lineRule: 'exact' },
      children: [new TextRun({ text, font: { eastAsia: 'Noto Serif CJK SC', ascii: 'Liberation Serif', hAnsi: 'Liberation Serif', cs: 'Liberation Serif' }, size: 32 })],
    }),
  );
}
const headed = new Document({
  sections: [
    {
      headers: {
        default: new Header({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: '区人力资源和社会保障局工作简报', size: 21 })] })] }),
      },
      footers: {
        default: new Footer({
          children: [
            new Paragraph({
              alignment: AlignmentType.CENTER,
              children: [new TextRun({ children: ['第 ', PageNumber.CURRENT, ' 页 共 ', PageNumber.TOTAL_PAGES, ' 页'], size: 21 })],
            }),
          ],
        }),
      },
      children: [
        new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: '区人力资源和社会保障局2021年就业工作情况', size: 44 })] }),
        ...body,
      ],
    },
  ],
});
writeFileSync(join(work, 'running-header.docx'), await Packer.toBuffer(headed));
soffice(['--convert-to', 'pdf', '--outdir', work, join(work, 'running-header.docx')]);
copyFileSync(join(work, 'running-header.pdf'), out('running-header.pdf'));

// A one-page PDF, then encrypted two ways: with an open password, and with only an owner password.
const small = join(work, 'small.txt');
writeFileSync(small, '区财政局关于直达资金工作的报告\n截至9月底，全区共下达直达资金4.2亿元。\n');
soffice(['--infilter=Text (encoded):UTF8,LF,,,', '--convert-to', 'pdf', '--outdir', work, small]);
execFileSync('qpdf', ['--encrypt', 'kaiqi123', 'guanli456', '256', '--', join(work, 'small.pdf'), out('encrypted.pdf')]);
execFileSync('qpdf', ['--encrypt', '', 'guanli456', '256', '--print=none', '--', join(work, 'small.pdf'), out('owner-password.pdf')]);

// An image of text, saved as PDF: pages but no text layer.
const png = join(work, 'scan.png');
execFileSync('convert', [
  '-size', '480x120', 'xc:white', '-font', '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc', '-pointsize', '28',
  '-fill', 'black', '-annotate', '+20+70', '区应急管理局落实情况报告', png,
]);
const gray = execFileSync('convert', [png, '-depth', '8', 'gray:-'], { maxBuffer: 1 << 24 });
writeFileSync(out('image-only.pdf'), imagePdf(gray, 480, 120));
copyFileSync(png, out('picture.png'));
// A text page followed by a scanned one.
execFileSync('qpdf', ['--empty', '--pages', out('owner-password.pdf'), '--password=', out('image-only.pdf'), '--', out('text-then-scan.pdf')]);

writeFileSync(out('unembedded-font.pdf'), unembeddedCjkPdf(['区财政局关于直达资金工作的报告', '截至9月底，全区共下达直达资金4.2亿元。']));
writeFileSync(out('garbage.pdf'), Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.from(Array.from({ length: 2048 }, (_, i) => (i * 131 + 7) % 256))]));
writeFileSync(out('html-named.pdf'), '<html><body>下载失败，请稍后重试</body></html>\n');

// ---------------------------------------------------------------- other inputs

writeFileSync(out('empty.txt'), '');
// The first bytes of an old Excel workbook (an OLE container) are enough for an unsupported type.
writeFileSync(out('sheet.xls'), Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]));

rmSync(work, { recursive: true, force: true });
console.log('fixtures written to', here);
