// Web pages (.html, .htm) and web archives (.mht): real pages of www.gov.cn read as the same policy as their text
// keyed by hand; a page's surroundings (menus, scripts, link lists) left out; tables read as rows or as layout;
// the charsets pages come in; and what cannot be read said in a message naming the file.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { afterAll, describe, expect, it } from 'vitest';
import { extractPolicy } from '../../shared/extract/policy';
import type { PolicyExtract } from '../../shared/types';
import { repairParagraphs } from '../../shared/text/repair';
import { pageLines } from './html';
import { imported, refused } from './__fixtures__/imported';
import { textBlocks } from './text';

const web = join(__dirname, '__fixtures__', 'web');
const real = join(__dirname, '..', '..', 'shared', 'extract', '__fixtures__', 'real');
const scratch = mkdtempSync(join(tmpdir(), 'luoshi-html-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** What the office's ledger holds of a policy. */
const ledger = (e: PolicyExtract) => ({
  title: e.title,
  docNumber: e.docNumber,
  issuer: e.issuer,
  issuedOn: e.issuedOn,
  measures: e.measures.map((m) => ({ number: m.number, label: m.label, title: m.title, lead: m.lead, support: m.support, due: m.deadlines.map((d) => d.date) })),
});

const keyedText = (name: string) => extractPolicy({ paragraphs: repairParagraphs(textBlocks(readFileSync(join(real, `${name}.txt`), 'utf8'))) });

const PAGES = [
  ['national-bonded-zone-opinion', 21],
  ['national-waste-free-city-plan', 6],
  ['national-consumption-poverty-opinion', 17],
  ['national-innovation-reform-table', 17],
  ['national-new-media-opinion', 7],
  ['national-incentive-measures-notice', 30],
] as const;

describe('real pages of www.gov.cn', () => {
  it.each(PAGES)('%s reads as the text keyed by hand reads: the same ledger, header and measures', async (name, count) => {
    const doc = await imported(join(web, `${name}.html`));
    expect(doc.format).toBe('html');
    const page = extractPolicy({ paragraphs: doc.paragraphs });
    expect(page.measures).toHaveLength(count);
    expect(ledger(page)).toEqual(ledger(keyedText(name)));
  });

  it('the disclosure box comes out as rows of its fields, the layout tables around the text as paragraphs', async () => {
    const texts = (await imported(join(web, 'national-incentive-measures-notice.html'))).paragraphs.map((p) => p.text);
    expect(texts.slice(0, 4)).toEqual([
      '索引号： | 000014349/2018-00214 | 主题分类： | 综合政务\\政务督查',
      '发文机关： | 国务院办公厅 | 成文日期： | 2018年12月06日',
      '标 题： | 国务院办公厅关于对真抓实干成效明显地方进一步加大激励支持力度的通知',
      '发文字号： | 国办发〔2018〕117号 | 发布日期： | 2018年12月10日',
    ]);
    // A field left blank keeps its label, without the empty cells after it.
    expect(texts[4]).toBe('主题词：');
    expect(texts).toContain('各省、自治区、直辖市人民政府，国务院各部委、各直属机构：');
    expect(texts.some((t) => t.startsWith('一、对深化商事制度改革成效显著') && t.endsWith('（市场监管总局负责）'))).toBe(true);
  });

  it('a page saved by a word processor (the seed policy) gives the .docx’s ledger', async () => {
    const page = extractPolicy({ paragraphs: (await imported(join(web, 'policy-seed.htm'))).paragraphs });
    const docx = extractPolicy({ paragraphs: (await imported(join(__dirname, '..', '..', 'seeds', 'policy-seed.docx'))).paragraphs });
    expect(page.measures).toHaveLength(29);
    expect(ledger(page)).toEqual(ledger(docx));
  });
});

describe('what a page shows around its text', () => {
  it.each([
    ['a menu of links', '<ul><li><a href="/">首页</a></li><li><a href="/zw">政务公开</a></li></ul><p>正文第一段。</p>', ['正文第一段。']],
    ['a breadcrumb, mostly links', '<div>当前位置：<a href="/">首页</a> &gt; <a href="/zc">政策文件</a></div><p>正文。</p>', ['正文。']],
    ['a sentence citing a linked title keeps it', '<p>根据<a href="/x">《关于深化改革的意见》</a>，结合本区实际，制定本方案。</p>', ['根据《关于深化改革的意见》，结合本区实际，制定本方案。']],
    ['scripts, styles and form controls', '<script>var a = "不应出现";</script><style>p{}</style><select><option>请选择</option></select><p>留下的文字</p>', ['留下的文字']],
    // a line break of the source between Chinese shows as nothing; a space the author typed stays
    ['entities and spaces', '<p>&nbsp;&nbsp;一、&ldquo;放管服&rdquo;改革\n  继续推进。</p>', ['一、“放管服”改革继续推进。']],
    ['a typed space between two bodies', '<p>河南省教育厅 河南省财政厅\n关于报送数据的通知</p>', ['河南省教育厅 河南省财政厅关于报送数据的通知']],
    ['a line break beside Latin text', '<p>PDF\n格式</p>', ['PDF 格式']],
    ['line breaks', '<p>第一行<br>第二行<br/>第三行</p>', ['第一行', '第二行', '第三行']],
    ['unclosed paragraphs', '<p>甲段<p>乙段<div>丙段', ['甲段', '乙段', '丙段']],
  ])('%s', (_what, markup, expected) => {
    expect(pageLines(markup).lines.map((l) => l.text)).toEqual(expected);
  });

  it('a data table’s rows are rows; a table laying out paragraphs gives them one by one; nested tables work', () => {
    const markup =
      '<table><tr><td><p>标题段</p><p>正文段</p>' +
      '<table><tr><th>序号</th><th>任务</th><th>牵头单位</th></tr><tr><td>1</td><td>优化审批</td><td>区政务服务中心</td></tr></table>' +
      '</td></tr></table><table><tr><td>只有一格</td></tr></table>';
    const lines = pageLines(markup).lines;
    expect(lines.map((l) => l.text)).toEqual(['标题段', '正文段', '序号 | 任务 | 牵头单位', '1 | 优化审批 | 区政务服务中心', '只有一格']);
    expect(lines.map((l) => l.row)).toEqual([false, false, true, true, false]);
  });

  it('bold and headings are marked', () => {
    const lines = pageLines('<h1>关于印发某方案的通知</h1><p><strong>一、总体要求</strong></p><p><span style="font-weight: bold">二、</span>主要任务</p>').lines;
    expect(lines.map((l) => [l.text, l.bold, l.heading])).toEqual([
      ['关于印发某方案的通知', true, true],
      ['一、总体要求', true, false],
      ['二、主要任务', false, false],
    ]);
  });

  it('a page whose body lacks its title gets the title its head declares', async () => {
    const path = join(scratch, 'titled.html');
    writeFileSync(path, '<html><head><meta name="ArticleTitle" content="关于做好某项工作的通知"></head><body><p>各部门：</p><p>现将有关事项通知如下。</p></body></html>');
    expect((await imported(path)).paragraphs.map((p) => p.text)).toEqual(['关于做好某项工作的通知', '各部门：', '现将有关事项通知如下。']);
  });
});

describe('charsets and web archives', () => {
  const page = readFileSync(join(web, 'national-incentive-measures-notice.html'), 'utf8');
  const full = `<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>国务院办公厅</title></head><body>${page}</body></html>`;

  it('a page in GB2312, as many government sites serve them, reads the same as in UTF-8', async () => {
    const path = join(scratch, '激励措施.html');
    writeFileSync(path, iconv.encode(full, 'gb18030'));
    const doc = await imported(path);
    expect(doc.encoding).toBe('gb18030');
    expect(ledger(extractPolicy({ paragraphs: doc.paragraphs }))).toEqual(ledger(keyedText('national-incentive-measures-notice')));
  });

  it('a page declaring Big5 reads by its declaration', async () => {
    const path = join(scratch, 'big5.htm');
    const body = Array.from({ length: 40 }, (_, i) => `<p>${i + 1}、關於進一步優化營商環境的實施意見，由各部門按職責分工負責落實。</p>`).join('');
    writeFileSync(path, iconv.encode(`<html><head><meta charset="big5"></head><body>${body}</body></html>`, 'big5'));
    const doc = await imported(path);
    expect(doc.encoding).toBe('big5');
    expect(doc.paragraphs[0].text).toBe('1、關於進一步優化營商環境的實施意見，由各部門按職責分工負責落實。');
  });

  // A web archive as Internet Explorer and Word write one: the page quoted-printable in its declared charset, a
  // picture beside it; and the same with the page in base64.
  const archive = (body: string, encoding: 'quoted-printable' | 'base64', charset: string) =>
    [
      'From: <Saved by Windows Internet Explorer 11>',
      'Subject: =?gb2312?B?ufrO8dS6sOyhow==?=',
      'MIME-Version: 1.0',
      'Content-Type: multipart/related;',
      '\ttype="text/html";',
      '\tboundary="----=_NextPart_000_0000_01D4A1B2.C3D4E5F6"',
      '',
      'This is a multi-part message in MIME format.',
      '',
      '------=_NextPart_000_0000_01D4A1B2.C3D4E5F6',
      `Content-Type: text/html;\r\n\tcharset="${charset}"`,
      `Content-Transfer-Encoding: ${encoding}`,
      'Content-Location: http://www.gov.cn/zhengce/content/2018-12/10/content_5347465.htm',
      '',
      body,
      '',
      '------=_NextPart_000_0000_01D4A1B2.C3D4E5F6',
      'Content-Type: image/gif',
      'Content-Transfer-Encoding: base64',
      '',
      'R0lGODlhAQABAAAAACw=',
      '',
      '------=_NextPart_000_0000_01D4A1B2.C3D4E5F6--',
      '',
    ].join('\r\n');
  const quotedPrintable = (bytes: Buffer) => {
    let out = '';
    let line = '';
    for (const b of bytes) {
      const piece = b === 0x0a ? '\r\n' : b === 0x0d ? '' : b >= 33 && b <= 126 && b !== 61 ? String.fromCharCode(b) : `=${b.toString(16).toUpperCase().padStart(2, '0')}`;
      if (piece === '\r\n') {
        out += line + '\r\n';
        line = '';
        continue;
      }
      if (line.length + piece.length > 75) {
        out += line + '=\r\n';
        line = '';
      }
      line += piece;
    }
    return out + line;
  };

  it.each([
    ['quoted-printable, GB2312', 'quoted-printable', 'gb2312'],
    ['base64, UTF-8', 'base64', 'utf-8'],
  ] as const)('a web archive (%s) reads as its page', async (_what, encoding, charset) => {
    const bytes = iconv.encode(full, charset === 'gb2312' ? 'gb18030' : 'utf8');
    const body = encoding === 'base64' ? bytes.toString('base64').replace(/.{76}/g, '$&\r\n') : quotedPrintable(bytes);
    const path = join(scratch, `激励措施-${encoding}.mht`);
    writeFileSync(path, archive(body, encoding, charset));
    const doc = await imported(path);
    expect(doc.format).toBe('mht');
    expect(ledger(extractPolicy({ paragraphs: doc.paragraphs }))).toEqual(ledger(keyedText('national-incentive-measures-notice')));
  });

  it('what cannot be read is refused with a message naming the file', async () => {
    const noPage = join(scratch, '附件.mht');
    writeFileSync(noPage, 'MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary="b"\r\n\r\n--b\r\nContent-Type: image/png\r\n\r\nxx\r\n--b--\r\n');
    expect((await refused(noPage)).message).toBe('无法导入「附件.mht」：文件中没有找到网页内容，可能不是“单个文件网页”（.mht）或已损坏。请用浏览器或 Word 打开后另存为 .docx 或 .pdf。');

    const onlyScripts = join(scratch, '空白页.html');
    writeFileSync(onlyScripts, '<html><head><script>location.href="/";</script></head><body><a href="/">首页</a></body></html>');
    expect(await refused(onlyScripts)).toMatchObject({ code: 'no-text', message: '无法导入「空白页.html」：文件中没有可读取的文字。' });

    const garbled = join(scratch, '乱码.html');
    writeFileSync(garbled, Buffer.from(Array.from({ length: 4000 }, (_, i) => (i * 7919 + 13) % 256)));
    expect((await refused(garbled)).file).toBe('乱码.html');
  });

  it('deeply nested markup and a huge table do not take the reader down', async () => {
    const nested = join(scratch, 'nested.html');
    writeFileSync(nested, '<table><tr><td>'.repeat(20_000) + '<p>最里面的一段文字。</p>' + '</td></tr></table>'.repeat(20_000));
    expect((await imported(nested)).paragraphs.map((p) => p.text)).toEqual(['最里面的一段文字。']);
    const rows = join(scratch, 'rows.html');
    writeFileSync(rows, `<table>${Array.from({ length: 50_000 }, (_, i) => `<tr><td>${i + 1}</td><td>任务${i + 1}</td></tr>`).join('')}</table>`);
    expect((await imported(rows)).paragraphs).toHaveLength(50_000);
  });
});
